package org.onewindow.approval;

import jakarta.persistence.Embeddable;

import java.time.Instant;
import java.util.Objects;

/** One invited handler of a countersigned stage (会签), and their agreement once given. */
@Embeddable
public class Countersignature {

    private String handler;
    private Instant signedAt;

    protected Countersignature() {
        // for JPA
    }

    Countersignature(String handler) {
        this.handler = Objects.requireNonNull(handler, "handler");
    }

    Countersignature signed(Instant at) {
        Countersignature signed = new Countersignature(handler);
        signed.signedAt = at;
        return signed;
    }

    public String handler() {
        return handler;
    }

    public boolean hasSigned() {
        return signedAt != null;
    }
}
