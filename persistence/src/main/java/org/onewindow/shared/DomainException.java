package org.onewindow.shared;

import jakarta.ejb.ApplicationException;

import java.util.Arrays;

/**
 * A rule of the office refused what was asked. Carries a message key and arguments, never a
 * translated text: each boundary (REST, SOAP, screens) translates it into the caller's language
 * with {@link Messages}.
 * Rolls the transaction back and reaches the caller as it is, not wrapped by the EJB container.
 */
@ApplicationException(rollback = true, inherited = true)
public class DomainException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public DomainException(String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
