package org.onewindow.platform.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The server's "now": the system clock, shifted by an offset that only a server started with
 * {@code -Donewindow.clock.adjustable=true} lets an administrator set. The integration tests use it
 * to let working days pass (suspensions, deadlines, cards); production servers never set it.
 */
public final class ServerClock extends Clock {

    public static final String ADJUSTABLE_PROPERTY = "onewindow.clock.adjustable";

    private static final ServerClock UTC = new ServerClock(ZoneId.of("UTC"), new AtomicReference<>(Duration.ZERO),
            Boolean.getBoolean(ADJUSTABLE_PROPERTY));

    private final ZoneId zone;
    private final AtomicReference<Duration> offset;
    private final boolean adjustable;

    private ServerClock(ZoneId zone, AtomicReference<Duration> offset, boolean adjustable) {
        this.zone = zone;
        this.offset = offset;
        this.adjustable = adjustable;
    }

    public static ServerClock instance() {
        return UTC;
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    /** Moves "now" to the given instant from here on; refused unless the server was started adjustable. */
    public void travelTo(Instant target) {
        if (!adjustable) {
            throw new IllegalStateException("The server clock is not adjustable");
        }
        offset.set(Duration.between(Instant.now(), Objects.requireNonNull(target, "target")));
    }

    public void reset() {
        offset.set(Duration.ZERO);
    }

    public Duration offset() {
        return offset.get();
    }

    @Override
    public Instant instant() {
        Duration shift = offset.get();
        return shift.isZero() ? Instant.now() : Instant.now().plus(shift);
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new ServerClock(newZone, offset, adjustable);
    }
}
