package org.onewindow.supervision.boundary;

import java.time.LocalDate;

/** What the complainant keeps: the number and query code to follow the complaint, and when it will be taken up. */
public record ComplaintReceipt(String complaintNumber, String queryCode, LocalDate acceptBy) {
}
