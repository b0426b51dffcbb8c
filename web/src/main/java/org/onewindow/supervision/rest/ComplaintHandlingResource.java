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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.supervision.ComplaintStatus;
import org.onewindow.supervision.boundary.ComplaintView;
import org.onewindow.supervision.boundary.Complaints;
import org.onewindow.supervision.rest.ComplaintsResource.ComplaintRequest;
import org.onewindow.supervision.rest.ComplaintsResource.DecisionRequest;
import org.onewindow.supervision.rest.ComplaintsResource.ReplyRequest;

import java.util.List;

@Path("/complaint-handling")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "complaints", description = "Complaint handling by supervisors; complaints made in person written down at the hall")
@SecurityRequirement(name = "staff")
public class ComplaintHandlingResource {

    @Inject
    Complaints complaints;

    @POST
    @Path("/hall")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Write down a complaint made in person at the hall (window clerk, supervisor)")
    public Response fileAtHall(ComplaintRequest request) {
        ComplaintRequest given = request == null ? ComplaintRequest.EMPTY : request;
        return Response.status(Response.Status.CREATED).entity(complaints.fileAtHall(given.name(), given.phone(), given.applicationNumber(),
                given.department(), given.subject(), given.description())).build();
    }

    @GET
    @Operation(summary = "Complaints, open first, nearest step deadline first; ?status= (supervisor)")
    public List<ComplaintView> all(@QueryParam("status") String status) {
        return complaints.all(Choices.of(ComplaintStatus.class, "status", status));
    }

    @POST
    @Path("/{id}/acceptance")
    @Operation(summary = "Accept for investigation (supervisor); the decision is due in 10 working days")
    public ComplaintView accept(@PathParam("id") long id) {
        return complaints.accept(id);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Decide (supervisor): {\"findings\", \"upheld\": true|false, \"decision\"}; the reply is due in 3 working days")
    public ComplaintView decide(@PathParam("id") long id, DecisionRequest request) {
        DecisionRequest given = request == null ? new DecisionRequest(null, null, null) : request;
        return complaints.decide(id, given.findings(), given.upheld(), given.decision());
    }

    @POST
    @Path("/{id}/reply")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reply to the complainant (supervisor): {\"reply\"}")
    public ComplaintView reply(@PathParam("id") long id, ReplyRequest request) {
        return complaints.reply(id, request == null ? null : request.reply());
    }

}
