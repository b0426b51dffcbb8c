package org.onewindow.statistics.control;

import org.onewindow.application.ApplicationStatus;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** One case of an export: a projection, never the aggregate. */
public record CaseRow(String number, String itemCode, String itemName, String department, String applicant, ApplicationStatus status,
                      Instant acceptedAt, LocalDate promisedDate, Instant decidedAt, Integer workingDaysUsed, Boolean onTime,
                      BigDecimal fees) {
}
