package org.onewindow.shared;

import jakarta.ejb.ApplicationException;
import jakarta.ejb.EJBException;

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

    /** The domain's refusal behind a failure, however the container wrapped it, or null when there is none. */
    public static DomainException causeOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DomainException domain) {
                return domain;
            }
            if (t instanceof EJBException ejb && ejb.getCausedByException() instanceof DomainException domain) {
                return domain;
            }
        }
        return null;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
