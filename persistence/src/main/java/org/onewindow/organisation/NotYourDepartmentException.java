package org.onewindow.organisation;

import org.onewindow.shared.PermissionDeniedException;

/** A member of staff tried to act on work that belongs to another department. */
public class NotYourDepartmentException extends PermissionDeniedException {

    public NotYourDepartmentException(String yourDepartment, String ownerDepartment) {
        super("organisation.not-your-department", yourDepartment, ownerDepartment);
    }
}
