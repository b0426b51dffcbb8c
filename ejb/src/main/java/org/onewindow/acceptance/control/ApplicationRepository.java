package org.onewindow.acceptance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.onewindow.application.Application;
import org.onewindow.application.ApplicationNumber;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.application.QueryCode;
import org.onewindow.shared.ConcurrentChangeException;
import org.onewindow.shared.NotFoundException;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Finds applications by number and writes their changes, turning a lost race into a clear conflict. */
@Dependent
public class ApplicationRepository {

    @PersistenceContext
    EntityManager em;

    public Optional<Application> find(String number) {
        if (!ApplicationNumber.looksValid(number)) {
            return Optional.empty();
        }
        return em.createQuery("SELECT a FROM Application a WHERE a.applicationNumber = :number", Application.class)
                .setParameter("number", number).getResultStream().findFirst();
    }

    public Application get(String number) {
        return find(number).orElseThrow(() -> new NotFoundException("application.not-found", number));
    }

    /** The applicant's own case, or "not found" alike for a wrong number and a wrong code: nothing to guess from. */
    public Application getForApplicant(String number, String queryCode) {
        return find(number).filter(a -> a.answersTo(queryCode))
                .orElseThrow(() -> new NotFoundException("application.not-found-or-code", number));
    }

    /**
     * The public status of a case, for the applicant holding its query code: one read-only statement
     * (and a second one only while corrections are requested). The most frequent request of the portal.
     */
    public Optional<StatusView> statusForApplicant(String number, String queryCode) {
        if (!ApplicationNumber.looksValid(number) || queryCode == null) {
            return Optional.empty();
        }
        Optional<StatusRow> row = em.createQuery("""
                        SELECT new org.onewindow.acceptance.control.StatusRow(a.applicationNumber, a.queryCode, i.code, i.name, i.kind,
                               d.name, a.status, a.submittedAt, a.acceptedAt, a.promisedDate, a.decidedAt, a.refusalReason,
                               a.correctionNote)
                        FROM Application a JOIN a.item i JOIN i.leadDepartment d
                        WHERE a.applicationNumber = :number""", StatusRow.class)
                .setParameter("number", number).getResultStream().findFirst()
                .filter(r -> QueryCode.matches(r.queryCode(), queryCode));
        return row.map(r -> new StatusView(r, r.status() == ApplicationStatus.CORRECTION_REQUESTED
                || r.status() == ApplicationStatus.SUPPLEMENT_REQUESTED
                ? em.createQuery("SELECT c FROM Application a JOIN a.corrections c WHERE a.applicationNumber = :number", String.class)
                .setParameter("number", number).getResultList()
                : List.of()));
    }

    /** A status row and, while corrections are requested, what to correct. */
    public record StatusView(StatusRow row, List<String> corrections) {
    }

    /** Writes now, inside the method, so a concurrent change is reported as such instead of failing the commit. */
    public void flush(Application application) {
        try {
            em.flush();
        } catch (OptimisticLockException lostRace) {
            throw new ConcurrentChangeException(application.applicationNumber());
        }
    }

    /** The next application number of the day's series; one database sequence, so never given twice, even across servers. */
    public String nextNumber(LocalDate today) {
        Dialect dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        String select = dialect.getSequenceSupport().getSequenceNextValString("application_number_seq");
        long next = ((Number) em.createNativeQuery(select).getSingleResult()).longValue();
        return ApplicationNumber.of(today, next);
    }

    public void persist(Application application) {
        em.persist(application);
    }
}
