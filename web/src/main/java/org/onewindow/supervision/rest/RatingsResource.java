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
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.supervision.RatingGrade;
import org.onewindow.supervision.boundary.RatingView;
import org.onewindow.supervision.boundary.Ratings;

import java.util.List;

@Path("/ratings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "ratings", description = "好差评: the applicant rates a finished case; a bad rating's follow-up is answered by the department")
public class RatingsResource {

    @Inject
    Ratings ratings;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Rate a finished case once (the applicant): {\"applicationNumber\", \"queryCode\", \"grade\": \"VERY_SATISFIED…VERY_DISSATISFIED\", \"comment\"}")
    public Response rate(RatingRequest request) {
        RatingRequest given = request == null ? new RatingRequest(null, null, null, null) : request;
        RatingView rated = ratings.rate(given.applicationNumber(), given.queryCode(), Choices.of(RatingGrade.class, "grade", given.grade()), given.comment());
        return Response.status(Response.Status.CREATED).entity(rated).build();
    }

    public record RatingRequest(String applicationNumber, String queryCode, String grade, String comment) {
    }
}
