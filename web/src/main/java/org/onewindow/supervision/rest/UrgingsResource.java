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
import org.onewindow.shared.InvalidInputException;
import org.onewindow.supervision.boundary.UrgingView;
import org.onewindow.supervision.boundary.Urgings;

import java.util.List;

@Path("/urgings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "supervision", description = "Urging notices (催办通知书): issued by supervisors, acknowledged and answered by the department")
@SecurityRequirement(name = "staff")
public class UrgingsResource {

    @Inject
    Urgings urgings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Issue an urging notice (supervisor): {\"applicationNumber\", \"department\", \"reason\", \"answerBy\": \"2026-12-10\"}")
    public Response issue(UrgingRequest request) {
        if (request == null) {
            throw InvalidInputException.of("applicationNumber", "urging.application-required");
        }
        UrgingView issued = urgings.issue(request.applicationNumber(), request.department(), request.reason(),
                request.answerBy() == null ? null : Choices.date("answerBy", request.answerBy()));
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    @GET
    @Operation(summary = "Urgings to my department, unanswered first")
    public List<UrgingView> mine() {
        return urgings.toMyDepartment();
    }

    @GET
    @Path("/{id}/notice")
    @Produces("application/pdf")
    @Operation(summary = "The 催办通知书 as PDF (supervisors, leaders, the urged department)")
    public Response notice(@PathParam("id") long id) {
        return Response.ok(urgings.notice(id), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"urging-" + id + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/{id}/acknowledgement")
    @Operation(summary = "The urged department confirms it received the notice")
    public UrgingView acknowledge(@PathParam("id") long id) {
        return urgings.acknowledge(id);
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The urged department answers: {\"answer\": \"…\"}")
    public UrgingView answer(@PathParam("id") long id, AnswerRequest request) {
        return urgings.answer(id, request == null ? null : request.answer());
    }

    public record UrgingRequest(String applicationNumber, String department, String reason, String answerBy) {
    }

    public record AnswerRequest(String answer) {
    }
}
