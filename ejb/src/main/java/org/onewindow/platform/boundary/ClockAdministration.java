package org.onewindow.platform.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.organisation.StaffRole;
import org.onewindow.platform.control.ServerClock;
import org.onewindow.shared.DomainException;

import java.time.Instant;

/** Reading the server's clock, and, on a test server only, moving it: every move is audited. */
@Stateless
@RolesAllowed(StaffRole.Names.ADMINISTRATOR)
public class ClockAdministration {

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext session;

    public ClockReading read() {
        ServerClock clock = ServerClock.instance();
        return new ClockReading(clock.instant(), clock.isAdjustable(), clock.offset().getSeconds());
    }

    public ClockReading travelTo(Instant target) {
        ServerClock clock = ServerClock.instance();
        if (!clock.isAdjustable()) {
            throw new DomainException("clock.not-adjustable");
        }
        Instant before = clock.instant();
        clock.travelTo(target);
        audit.record(session.getCallerPrincipal().getName(), "CLOCK_MOVED", "SERVER_CLOCK", "server", before, clock.instant(), null,
                "offset " + clock.offset());
        return read();
    }

    /** Back to the system's time. */
    public ClockReading reset() {
        ServerClock clock = ServerClock.instance();
        if (!clock.offset().isZero()) {
            Instant before = clock.instant();
            clock.reset();
            audit.record(session.getCallerPrincipal().getName(), "CLOCK_RESET", "SERVER_CLOCK", "server", before, clock.instant(),
                    null, null);
        }
        return read();
    }

    public record ClockReading(Instant now, boolean adjustable, long offsetSeconds) {
    }
}
