package org.onewindow.shared;

/** The thing asked for does not exist, or the caller may not know that it exists. */
public class NotFoundException extends DomainException {

    public NotFoundException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
