package org.onewindow.statistics.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.statistics.boundary.Statistics;

import java.util.List;

@Path("/admin/statistics/months")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "Closing finished months into summary rows (administrators; otherwise nightly)")
@SecurityRequirement(name = "staff")
public class StatisticsAdminResource {

    @Inject
    Statistics statistics;

    @POST
    @Operation(summary = "Close every finished month not closed yet; answers the months closed")
    public List<String> close() {
        return statistics.closeFinishedMonths();
    }
}
