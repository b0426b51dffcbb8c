package org.onewindow.supervision.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.supervision.boundary.RatingView;
import org.onewindow.supervision.boundary.Ratings;

import java.util.List;

@Path("/follow-ups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ratings", description = "Follow-ups (整改/回访) of bad ratings, answered by the rated department")
@SecurityRequirement(name = "staff")
public class FollowUpsResource {

    @Inject
    Ratings ratings;

    @GET
        @Operation(summary = "Bad ratings' follow-ups of my department (every department for supervisors), open first")
    public List<RatingView> followUps() {
        return ratings.followUps();
    }

    @POST
    @Path("/{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Answer a follow-up (the rated department): {\"answer\": \"…\"}")
    public RatingView answer(@PathParam("id") long id, UrgingsResource.AnswerRequest request) {
        return ratings.answerFollowUp(id, request == null ? null : request.answer());
    }

}
