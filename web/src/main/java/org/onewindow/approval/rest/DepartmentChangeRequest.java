package org.onewindow.approval.rest;

/** A department to add to (or withdraw from) a running parallel case, its limit when the item names none, and why. */
public record DepartmentChangeRequest(String department, Integer workingDays, String reason) {
}
