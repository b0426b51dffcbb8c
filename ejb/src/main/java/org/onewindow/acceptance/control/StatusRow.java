package org.onewindow.acceptance.control;

import org.onewindow.application.ApplicationStatus;

import java.time.Instant;
import java.time.LocalDate;

/** The columns the public status query needs, read in one statement without loading the aggregate. */
public record StatusRow(String applicationNumber, String queryCode, String itemCode, String itemName, org.onewindow.catalogue.ItemKind kind,
                        String leadDepartment,
                        ApplicationStatus status, Instant submittedAt, Instant acceptedAt, LocalDate promisedDate,
                        Instant decidedAt, String refusalReason, String correctionNote) {
}
