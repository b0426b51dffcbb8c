package org.onewindow.acceptance.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.onewindow.application.Application;
import org.onewindow.application.ApplicationNumber;
import org.onewindow.shared.ConcurrentChangeException;
import org.onewindow.shared.NotFoundException;

import java.time.LocalDate;
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
