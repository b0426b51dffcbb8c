package org.onewindow.messaging.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.messaging.boundary.DeadLetter;
import org.onewindow.messaging.boundary.DeadLetters;

import java.util.List;

@Path("/admin/dead-letters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "messaging administration", description = "Messages that failed every attempt (administrators)")
@SecurityRequirement(name = "staff")
public class DeadLettersResource {

    @Inject
    DeadLetters deadLetters;

    @GET
    @Operation(summary = "Messages parked on the dead-letter queues of routing, decisions and notifications")
    public List<DeadLetter> list() {
        return deadLetters.list();
    }

    @POST
    @Path("/{queue}/{messageId}/retry")
    @Operation(summary = "Send a parked message back to its queue (routing, decisions or notifications)")
    public DeadLetter retry(@PathParam("queue") String queue, @PathParam("messageId") String messageId) {
        return deadLetters.retry(queue, messageId);
    }
}
