package org.onewindow.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.platform.boundary.ClockAdministration;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;

@Path("/admin/clock")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "server clock", description = "The server's time; adjustable only on a test server (administrators)")
@SecurityRequirement(name = "staff")
public class ClockResource {

    @Inject
    ClockAdministration clock;

    @GET
    @Operation(summary = "The server's now, and whether it can be moved")
    public ClockAdministration.ClockReading read() {
        return clock.read();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Move the server's now (only when started with -Donewindow.clock.adjustable=true)")
    public ClockAdministration.ClockReading travel(ClockTarget target) {
        if (target == null || target.now() == null) {
            throw InvalidInputException.of("now", "clock.target-required");
        }
        return clock.travelTo(target.now());
    }

    @DELETE
    @Operation(summary = "Back to the system's time")
    public ClockAdministration.ClockReading reset() {
        return clock.reset();
    }

    public record ClockTarget(Instant now) {
    }
}
