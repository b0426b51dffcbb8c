package org.onewindow.shared;

/** Someone else changed the same case a moment earlier; nothing of this attempt was kept. */
public class ConcurrentChangeException extends DomainException {

    public ConcurrentChangeException(String subject) {
        super("error.concurrent-change", subject);
    }
}
