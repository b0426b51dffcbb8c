package org.onewindow.notification.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.notification.boundary.DeliveryView;
import org.onewindow.notification.boundary.NotificationRecords;

import java.util.List;

@Path("/window/applications/{number}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "window", description = "The lead department's window: accept, reject, request correction (window clerks)")
@SecurityRequirement(name = "staff")
public class CaseNotificationsResource {

    @Inject
    NotificationRecords records;

    @GET
    @Operation(summary = "Who was told what about the case, by e-mail and SMS, and whether it reached them")
    public List<DeliveryView> list(@PathParam("number") String number) {
        return records.ofCase(number);
    }
}
