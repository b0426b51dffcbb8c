package org.onewindow.supervision.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.hibernate.dialect.Dialect;
import org.hibernate.engine.spi.SessionFactoryImplementor;

import java.time.LocalDate;

/**
 * Numbers of supervision's documents from database sequences, never given twice even across servers:
 * 催办 CB, 投诉 TS, receipts (收据) SF, each with the date and a serial: CB20261207000012.
 */
@Dependent
public class Numbers {

    @PersistenceContext
    EntityManager em;

    public String urging(LocalDate today) {
        return "CB" + serial(today, "urging_number_seq");
    }

    public String complaint(LocalDate today) {
        return "TS" + serial(today, "complaint_number_seq");
    }

    public String receipt(LocalDate today) {
        return "SF" + serial(today, "receipt_number_seq");
    }

    private String serial(LocalDate today, String sequence) {
        Dialect dialect = em.getEntityManagerFactory().unwrap(SessionFactoryImplementor.class).getJdbcServices().getDialect();
        long next = ((Number) em.createNativeQuery(dialect.getSequenceSupport().getSequenceNextValString(sequence)).getSingleResult())
                .longValue();
        return String.format("%04d%02d%02d%06d", today.getYear(), today.getMonthValue(), today.getDayOfMonth(), next % 1_000_000);
    }
}
