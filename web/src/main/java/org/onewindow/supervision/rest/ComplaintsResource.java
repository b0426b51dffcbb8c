package org.onewindow.supervision.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.supervision.ComplaintStatus;
import org.onewindow.supervision.boundary.ComplaintReceipt;
import org.onewindow.supervision.boundary.ComplaintStatusView;
import org.onewindow.supervision.boundary.ComplaintView;
import org.onewindow.supervision.boundary.Complaints;

import java.util.List;

@Path("/complaints")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints", description = "投诉: filed online or at the hall, handled by supervisors (accept → investigate and decide → reply)")
public class ComplaintsResource {

    @Inject
    Complaints complaints;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "File a complaint online (anyone): {\"complainant\": {\"name\", \"phone\"}, \"applicationNumber\" or \"department\", \"subject\", \"description\"}")
    public Response fileOnline(ComplaintRequest request) {
        ComplaintRequest given = request == null ? ComplaintRequest.EMPTY : request;
        ComplaintReceipt receipt = complaints.fileOnline(given.name(), given.phone(), given.applicationNumber(), given.department(),
                given.subject(), given.description());
        return Response.status(Response.Status.CREATED).entity(receipt).build();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "Follow a complaint with its number and ?queryCode=")
    public ComplaintStatusView status(@PathParam("number") String number, @QueryParam("queryCode") String queryCode) {
        return complaints.status(number, queryCode);
    }

    public record Complainant(String name, String phone) {
    }

    public record ComplaintRequest(Complainant complainant, String applicationNumber, String department, String subject, String description) {
        static final ComplaintRequest EMPTY = new ComplaintRequest(null, null, null, null, null);

        String name() {
            return complainant == null ? null : complainant.name();
        }

        String phone() {
            return complainant == null ? null : complainant.phone();
        }
    }

    public record DecisionRequest(String findings, Boolean upheld, String decision) {
    }

    public record ReplyRequest(String reply) {
    }
}
