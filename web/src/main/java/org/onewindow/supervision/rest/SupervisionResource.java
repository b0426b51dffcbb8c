package org.onewindow.supervision.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
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
import org.onewindow.supervision.CardColor;
import org.onewindow.supervision.CardStatus;
import org.onewindow.supervision.boundary.BoardView;
import org.onewindow.supervision.boundary.CardView;
import org.onewindow.supervision.boundary.CaseSupervisionView;
import org.onewindow.supervision.boundary.SupervisionBoard;
import org.onewindow.supervision.boundary.UrgingCount;
import org.onewindow.supervision.boundary.Urgings;
import org.onewindow.supervision.control.SupervisionScan;

import java.util.List;

@Path("/supervision")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "supervision", description = "Electronic supervision: the board of yellow and red cards, a case seen whole, scans (supervisors, leaders)")
@SecurityRequirement(name = "staff")
public class SupervisionResource {

    @Inject
    SupervisionBoard board;

    @Inject
    Urgings urgings;

    @GET
    @Path("/board")
    @Operation(summary = "Live counts: active cards by colour, department and item; raised today; open urgings, follow-ups, complaints")
    public BoardView board() {
        return board.board();
    }

    @GET
    @Path("/cards")
    @Operation(summary = "Cards, newest first, filtered by colour, status, department, item or case")
    public List<CardView> cards(@QueryParam("color") String color, @QueryParam("status") String status,
                                @QueryParam("department") String department, @QueryParam("item") String item,
                                @QueryParam("application") String application, @QueryParam("offset") @DefaultValue("0") int offset,
                                @QueryParam("limit") @DefaultValue("100") int limit) {
        return board.cards(Choices.of(CardColor.class, "color", color), Choices.of(CardStatus.class, "status", status), department, item,
                application, offset, limit);
    }

    @GET
    @Path("/applications/{number}")
    @Operation(summary = "One case as supervision sees it: deadline, parts and stages, cards, urgings")
    public CaseSupervisionView application(@PathParam("number") String number) {
        return board.caseView(number);
    }

    @GET
    @Path("/applications/{number}/urgings")
    @Operation(summary = "How often the case was urged, per department")
    public List<UrgingCount> urgingsOf(@PathParam("number") String number) {
        return urgings.perDepartmentOf(number);
    }

    @GET
    @Path("/urgings")
    @Operation(summary = "How often each department was urged in a period ?from=2026-12-01&to=2027-01-01 (to excluded)")
    public List<UrgingCount> urgingsPerDepartment(@QueryParam("from") String from, @QueryParam("to") String to) {
        return urgings.perDepartment(Choices.date("from", from), Choices.date("to", to));
    }

    @POST
    @Path("/scan")
    @Operation(summary = "Run the supervision scan now instead of at the next minute")
    public SupervisionScan.ScanReport scan() {
        return board.scanNow();
    }
}
