package org.onewindow.statistics.rest;

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
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.statistics.boundary.ExportProgress;
import org.onewindow.statistics.boundary.Statistics;
import org.onewindow.statistics.boundary.StatisticsExports;
import org.onewindow.statistics.boundary.StatisticsView;
import org.onewindow.supervision.rest.Choices;

import java.nio.file.Files;

@Path("/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "Leaders' statistics for any period, department and item; Excel and PDF exports (leaders, supervisors)")
@SecurityRequirement(name = "staff")
public class StatisticsResource {

    @Inject
    Statistics statistics;

    @Inject
    StatisticsExports exports;

    @GET
    @Operation(summary = "Figures of [from, to) (dates, to excluded) for the centre, ?department= and/or ?item=, with the period before and a year before, by department and item")
    public StatisticsView period(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("department") String department,
                                 @QueryParam("item") String item) {
        return statistics.period(Choices.date("from", from), Choices.date("to", to), department, item);
    }

    @GET
    @Path("/month")
    @Operation(summary = "A month's view (?month=2026-12): the month, month-on-month, year-on-year, by department and item")
    public StatisticsView month(@QueryParam("month") String month, @QueryParam("department") String department,
                                @QueryParam("item") String item) {
        return statistics.month(Choices.month("month", month), department, item);
    }

    @GET
    @Path("/report")
    @Produces("application/pdf")
    @Operation(summary = "The same figures as a PDF report")
    public Response report(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("department") String department,
                           @QueryParam("item") String item) {
        return Response.ok(exports.pdf(Choices.date("from", from), Choices.date("to", to), department, item), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"statistics-" + from + "-" + to + ".pdf\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    @POST
    @Path("/exports")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start an Excel export of [from, to): the figures and every case accepted in it; answers 202 with the progress to poll")
    public Response export(ExportRequest request) {
        ExportRequest given = request == null ? new ExportRequest(null, null, null, null) : request;
        ExportProgress started = exports.start(Choices.date("from", given.from()), Choices.date("to", given.to()), given.department(), given.item());
        return Response.accepted(started).build();
    }

    @GET
    @Path("/exports/{id}")
    @Operation(summary = "An export's progress: rows written of the total, percent, state; the file's size and the heap's peak once done")
    public ExportProgress progress(@PathParam("id") String id) {
        return exports.progress(id);
    }

    @GET
    @Path("/exports/{id}/file")
    @Produces("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    @Operation(summary = "The finished workbook, streamed")
    public Response file(@PathParam("id") String id) {
        java.nio.file.Path file = exports.file(id);
        StreamingOutput body = out -> Files.copy(file, out);
        return Response.ok(body, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .header("Content-Disposition", "attachment; filename=\"statistics-" + id + ".xlsx\"")
                .header("X-Content-Type-Options", "nosniff").header("Cache-Control", "no-store").build();
    }

    public record ExportRequest(String from, String to, String department, String item) {
    }
}
