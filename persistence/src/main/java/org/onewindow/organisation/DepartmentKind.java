package org.onewindow.organisation;

/** Whether a department accepts and decides applications (lead) or decides sub-applications (cooperating). */
public enum DepartmentKind {
    LEAD,
    COOPERATING
}
