package org.onewindow.notification.control;

/**
 * A mail server or SMS gateway did not take a message. Usually passing (down, timeout, busy): the
 * queue tries again later. {@link #refused() Refused} when the address itself was rejected, which
 * another attempt would not change.
 */
public class DeliveryFailedException extends RuntimeException {

    private final boolean refused;

    private DeliveryFailedException(String message, Throwable cause, boolean refused) {
        super(message, cause);
        this.refused = refused;
    }

    public static DeliveryFailedException passing(String message, Throwable cause) {
        return new DeliveryFailedException(message, cause, false);
    }

    public static DeliveryFailedException refused(String message, Throwable cause) {
        return new DeliveryFailedException(message, cause, true);
    }

    public boolean refused() {
        return refused;
    }

    /** One line for the log and the delivery record: this message and its causes', without stack traces. */
    public String summary() {
        StringBuilder summary = new StringBuilder(getMessage());
        for (Throwable cause = getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !summary.toString().contains(cause.getMessage())) {
                summary.append(": ").append(cause.getMessage().strip());
            }
        }
        return summary.toString().replaceAll("\\s+", " ");
    }
}
