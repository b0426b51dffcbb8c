package org.onewindow.supervision.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.supervision.boundary.PerformanceScores;
import org.onewindow.supervision.boundary.ScoreRow;
import org.onewindow.supervision.boundary.WeightView;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

@Path("/performance")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "Department performance scores per month and their weights")
@SecurityRequirement(name = "staff")
public class PerformanceResource {

    @Inject
    PerformanceScores scores;

    @GET
    @Path("/ranking")
    @Operation(summary = "The month's ranking (?month=2026-12), best first, with every figure behind each score (leaders, supervisors)")
    public List<ScoreRow> ranking(@QueryParam("month") String month) {
        return scores.ranking(Choices.month("month", month));
    }

    @GET
    @Path("/weights")
    @Operation(summary = "The weights in force")
    public List<WeightView> weights() {
        return scores.weights();
    }

    @PUT
    @Path("/weights")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change weights (administrators): {\"ON_TIME_RATE\": 60, \"OVERDUE\": 2, …}, others unchanged")
    public List<WeightView> change(Map<String, BigDecimal> weights) {
        return scores.changeWeights(weights);
    }
}
