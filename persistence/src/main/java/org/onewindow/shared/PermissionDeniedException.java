package org.onewindow.shared;

/** The caller may not do this to this object: another department's work, another role's stage. Answered with 403. */
public class PermissionDeniedException extends DomainException {

    public PermissionDeniedException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
