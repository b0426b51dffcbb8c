package org.onewindow.supervision.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.supervision.FeeCharge;
import org.onewindow.supervision.boundary.FeeCollection;
import org.onewindow.supervision.boundary.FeePaymentView;

import java.util.List;

@Path("/fees")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "fees", description = "Fees collected at the lead window when the decision is handed out, checked against the item's fee schedule")
@SecurityRequirement(name = "staff")
public class FeesResource {

    @Inject
    FeeCollection fees;

    @POST
    @Path("/{number}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Collect the fees of an approved case (window clerk of the lead department): {\"fees\": [{\"code\", \"amount\"}]}; at most the schedule")
    public Response collect(@PathParam("number") String number, FeeRequest request) {
        return Response.status(Response.Status.CREATED).entity(fees.collect(number, request == null ? null : request.fees())).build();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "The case's receipt")
    public FeePaymentView receipt(@PathParam("number") String number) {
        return fees.receipt(number);
    }

    @POST
    @Path("/{number}/override")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a fee above the schedule (section chief or director of the lead department) with {\"reason\"}: a red card")
    public Response override(@PathParam("number") String number, FeeRequest request) {
        return Response.status(Response.Status.CREATED)
                .entity(fees.override(number, request == null ? null : request.fees(), request == null ? null : request.reason())).build();
    }

    public record FeeRequest(List<FeeCharge> fees, String reason) {
    }
}
