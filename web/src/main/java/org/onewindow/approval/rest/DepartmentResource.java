package org.onewindow.approval.rest;

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
import org.onewindow.acceptance.rest.CorrectionRequest;
import org.onewindow.approval.SuspensionKind;
import org.onewindow.approval.boundary.DepartmentWork;
import org.onewindow.approval.boundary.SubApplicationView;
import org.onewindow.approval.boundary.TaskDetail;
import org.onewindow.shared.InvalidInputException;

import java.util.List;

@Path("/department/sub-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "department", description = "Stage tasks of a department's parts of cases (department staff; the lead department's window for its own final stages)")
@SecurityRequirement(name = "staff")
public class DepartmentResource {

    @Inject
    DepartmentWork work;

    @GET
    @Operation(summary = "My work: my department's tasks at stages of my roles, nearest stage deadline first, with working days left")
    public List<SubApplicationView> workList() {
        return work.workList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A task: the case, its unified form and materials, the stage plan with planned deadlines, the history")
    public TaskDetail task(@PathParam("id") long id) {
        return work.task(id);
    }

    @POST
    @Path("/{id}/claim")
    @Operation(summary = "Take the task; colleagues no longer see it")
    public SubApplicationView claim(@PathParam("id") long id) {
        return work.claim(id);
    }

    @POST
    @Path("/{id}/approval")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve the current stage: on to the next stage, or at the last one the department's answer is yes")
    public SubApplicationView approve(@PathParam("id") long id, OpinionRequest request) {
        OpinionRequest given = request == null ? new OpinionRequest(null, null) : request;
        return work.approve(id, given.opinion(), given.isInternal());
    }

    @POST
    @Path("/{id}/refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Refuse, with the reason, at a stage that permits it")
    public SubApplicationView refuse(@PathParam("id") long id, OpinionRequest request) {
        OpinionRequest given = request == null ? new OpinionRequest(null, null) : request;
        return work.refuse(id, given.opinion(), given.isInternal());
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "The department's final answer at its last stage: approve, or refuse with the reason")
    public SubApplicationView decide(@PathParam("id") long id, DecisionRequest request) {
        if (request == null || request.approve() == null) {
            throw InvalidInputException.of("approve", "decision.approve-required");
        }
        return work.decide(id, request.approve(), request.opinion());
    }

    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Send the task back to an earlier stage, with the reason")
    public SubApplicationView returnTo(@PathParam("id") long id, ReturnRequest request) {
        if (request == null || request.stage() == null) {
            throw InvalidInputException.of("stage", "task.stage-required");
        }
        return work.returnTo(id, request.stage(), request.reason());
    }

    @POST
    @Path("/{id}/hand-over")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Give the task to a colleague of the same department and stage role")
    public SubApplicationView handOver(@PathParam("id") long id, HandOverRequest request) {
        if (request == null || request.colleague() == null || request.colleague().isBlank()) {
            throw InvalidInputException.of("colleague", "task.colleague-required");
        }
        return work.handOver(id, request.colleague().strip(), request.reason());
    }

    @POST
    @Path("/{id}/supplement-request")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Ask the applicant, through the lead window, for supplementary materials; the clock stops until they arrive")
    public SubApplicationView requestSupplement(@PathParam("id") long id, CorrectionRequest request) {
        if (request == null) {
            throw InvalidInputException.of("missing", "application.correction.items-required");
        }
        return work.requestSupplement(id, request.missing(), request.note());
    }

    @POST
    @Path("/{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Stop the clock for a special procedure (HEARING, INSPECTION, TESTING, EXPERT_REVIEW) planned to take some working days")
    public SubApplicationView suspend(@PathParam("id") long id, SuspensionRequest request) {
        if (request == null || request.plannedWorkingDays() == null) {
            throw InvalidInputException.of("plannedWorkingDays", "task.suspension-days", 60);
        }
        return work.suspend(id, kind(request.kind()), request.plannedWorkingDays(), request.reason());
    }

    @POST
    @Path("/{id}/resumption")
    @Operation(summary = "The special procedure is over: the clock runs again and the deadlines move by the working days it took")
    public SubApplicationView resume(@PathParam("id") long id) {
        return work.resume(id);
    }

    private static SuspensionKind kind(String given) {
        try {
            return SuspensionKind.valueOf(String.valueOf(given).strip());
        } catch (IllegalArgumentException unknown) {
            throw InvalidInputException.of("kind", "task.suspension-kind-required");
        }
    }
}
