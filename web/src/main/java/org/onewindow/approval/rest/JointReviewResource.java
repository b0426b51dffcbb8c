package org.onewindow.approval.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.approval.boundary.JointReviewView;
import org.onewindow.approval.boundary.JointReviews;
import org.onewindow.shared.InvalidInputException;

import java.util.List;

@Path("/joint-reviews")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "joint review", description = "联审制: joint review meetings of a parallel case (the lead department's window convenes and concludes, invited departments record opinions)")
@SecurityRequirement(name = "staff")
public class JointReviewResource {

    @Inject
    JointReviews reviews;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Convene a joint review meeting, at least a day ahead, for the departments still working on the case")
    public JointReviewView convene(JointReviewRequest request) {
        if (request == null || request.applicationNumber() == null) {
            throw InvalidInputException.of("applicationNumber", "joint-review.application-required");
        }
        return reviews.convene(request.applicationNumber(), request.scheduledAt(), request.place(), request.departments());
    }

    @GET
    @Operation(summary = "With ?application=: the meetings of a case (its lead department); without: the meetings my department is invited to")
    public List<JointReviewView> list(@QueryParam("application") String applicationNumber) {
        return applicationNumber == null ? reviews.invitations() : reviews.ofCase(applicationNumber);
    }

    @POST
    @Path("/{id}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record my department's opinion in the meeting")
    public JointReviewView record(@PathParam("id") long id, JointReviewOpinionRequest request) {
        if (request == null || request.agree() == null) {
            throw InvalidInputException.of("agree", "decision.approve-required");
        }
        return reviews.record(id, request.agree(), request.opinion());
    }

    @POST
    @Path("/{id}/conclusion")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Conclude the meeting with its minutes; the opinions recorded become the departments' answers")
    public JointReviewView conclude(@PathParam("id") long id, MinutesRequest request) {
        return reviews.conclude(id, request == null ? null : request.minutes());
    }
}
