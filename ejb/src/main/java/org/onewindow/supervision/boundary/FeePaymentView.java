package org.onewindow.supervision.boundary;

import org.onewindow.supervision.FeePath;
import org.onewindow.supervision.FeePayment;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A receipt: what was charged for each fee of the schedule, the total, by whom, how. */
public record FeePaymentView(String receiptNumber, String applicationNumber, String department, String item, BigDecimal total,
                             List<Line> lines, FeePath path, String overrideReason, String collectedBy, Instant collectedAt,
                             boolean aboveSchedule) {

    public record Line(String code, String name, BigDecimal amount, BigDecimal scheduled) {
    }

    static FeePaymentView of(FeePayment payment) {
        return new FeePaymentView(payment.receiptNumber(), payment.applicationNumber(), payment.departmentCode(), payment.itemCode(),
                payment.total(), payment.lines().stream().map(l -> new Line(l.code(), l.name(), l.amount(), l.scheduled())).toList(),
                payment.path(), payment.overrideReason().orElse(null), payment.collectedBy(), payment.collectedAt(),
                payment.isAboveSchedule());
    }
}
