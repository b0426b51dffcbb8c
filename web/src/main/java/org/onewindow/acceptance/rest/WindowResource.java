package org.onewindow.acceptance.rest;

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
import org.onewindow.acceptance.boundary.AcceptanceService;
import org.onewindow.acceptance.boundary.ApplicationView;
import org.onewindow.acceptance.boundary.HistoryEntry;
import org.onewindow.approval.boundary.SubApplicationView;
import org.onewindow.approval.rest.DecisionRequest;
import org.onewindow.shared.InvalidInputException;

import java.util.List;

@Path("/window/applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "window", description = "The lead department's window: accept, reject, request correction (window clerks)")
@SecurityRequirement(name = "staff")
public class WindowResource {

    @Inject
    AcceptanceService acceptance;

    @GET
    @Operation(summary = "The window's queue: submitted applications of my department, oldest first")
    public List<ApplicationView> queue() {
        return acceptance.queue();
    }

    @GET
    @Path("/{number}")
    @Operation(summary = "One application of my department")
    public ApplicationView view(@PathParam("number") String number) {
        return acceptance.view(number);
    }

    @GET
    @Path("/{number}/history")
    @Operation(summary = "The case's audit trail: who did what, when, from which state to which, and why")
    public List<HistoryEntry> history(@PathParam("number") String number) {
        return acceptance.history(number);
    }

    @POST
    @Path("/{number}/acceptance")
    @Operation(summary = "Accept: the clock starts and the promised date is fixed (an instant item is decided at once)")
    public ApplicationView accept(@PathParam("number") String number) {
        return acceptance.accept(number);
    }

    @POST
    @Path("/{number}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject (不予受理) with a reason")
    public ApplicationView reject(@PathParam("number") String number, RejectionRequest request) {
        if (request == null) {
            throw InvalidInputException.of("reason", "application.reason.required");
        }
        return acceptance.reject(number, request.reason());
    }

    @POST
    @Path("/{number}/correction-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask for corrections (补正) with the list of what is missing; the clock does not start")
    public ApplicationView requestCorrection(@PathParam("number") String number, CorrectionRequest request) {
        if (request == null) {
            throw InvalidInputException.of("missing", "application.correction.items-required");
        }
        return acceptance.requestCorrection(number, request.missing(), request.note());
    }

    @GET
    @Path("/{number}/departments")
    @Operation(summary = "Every cooperating department's part of a parallel case, with decisions and opinions")
    public List<SubApplicationView> departments(@PathParam("number") String number) {
        return acceptance.departments(number);
    }

    @POST
    @Path("/{number}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The lead department's final decision; a parallel case waits for every department's answer")
    public ApplicationView decide(@PathParam("number") String number, DecisionRequest request) {
        if (request == null || request.approve() == null) {
            throw InvalidInputException.of("approve", "decision.approve-required");
        }
        return acceptance.decide(number, request.approve(), request.opinion());
    }

    @GET
    @Path("/{number}/notices/{kind}")
    @Produces("application/pdf")
    @Operation(summary = "Print a notice: acceptance, rejection or correction")
    public Response notice(@PathParam("number") String number, @PathParam("kind") String kind) {
        return Pdfs.attachment(acceptance.notice(number, ApplicationsResource.kindOf(kind)), number + "-" + kind + ".pdf");
    }
}
