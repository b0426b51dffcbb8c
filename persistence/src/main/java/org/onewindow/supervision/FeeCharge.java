package org.onewindow.supervision;

import java.math.BigDecimal;

/** What someone asks to charge for one fee of the schedule. */
public record FeeCharge(String code, BigDecimal amount) {
}
