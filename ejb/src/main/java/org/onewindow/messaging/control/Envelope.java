package org.onewindow.messaging.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;

/**
 * The one message shape between departments: a type, a contract version, an idempotency key, and
 * just enough to find the sub-application. Small JSON text, never a serialized entity.
 */
public record Envelope(String type, int version, String idempotencyKey, long subApplicationId, String applicationNumber,
                       String department) {

    public static final String ROUTED = "sub-application.routed";
    public static final String DECIDED = "sub-application.decided";
    public static final int VERSION = 1;

    private static final Jsonb JSON = JsonbBuilder.create();

    public static Envelope routed(long subApplicationId, String applicationNumber, String department) {
        return routed(subApplicationId, applicationNumber, department, 0);
    }

    /** A part sent again after it was withdrawn is a new delivery, so its key names the round. */
    public static Envelope routed(long subApplicationId, String applicationNumber, String department, int round) {
        String key = ROUTED + ":" + subApplicationId + (round == 0 ? "" : ":" + round);
        return new Envelope(ROUTED, VERSION, key, subApplicationId, applicationNumber, department);
    }

    public static Envelope decided(long subApplicationId, String applicationNumber, String department) {
        return new Envelope(DECIDED, VERSION, DECIDED + ":" + subApplicationId, subApplicationId, applicationNumber, department);
    }

    public String toJson() {
        return JSON.toJson(this);
    }

    /** Refuses what it does not understand, so a foreign message ends on the dead-letter queue, not in the data. */
    public static Envelope fromJson(String text) {
        Envelope envelope = JSON.fromJson(text, Envelope.class);
        if (envelope == null || envelope.type() == null || envelope.idempotencyKey() == null || envelope.version() != VERSION) {
            throw new IllegalArgumentException("Not a OneWindow message of version " + VERSION + ": " + text);
        }
        return envelope;
    }
}
