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
import org.onewindow.approval.boundary.DepartmentWork;
import org.onewindow.approval.boundary.SubApplicationView;
import org.onewindow.shared.InvalidInputException;

import java.util.List;

@Path("/department/sub-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "department", description = "A cooperating department's sub-applications (department staff)")
@SecurityRequirement(name = "staff")
public class DepartmentResource {

    @Inject
    DepartmentWork work;

    @GET
    @Operation(summary = "My department's sub-applications, nearest deadline first, with the working days left")
    public List<SubApplicationView> workList() {
        return work.workList();
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve or refuse a sub-application; the decision travels back to the lead department")
    public SubApplicationView decide(@PathParam("id") long id, DecisionRequest request) {
        if (request == null || request.approve() == null) {
            throw InvalidInputException.of("approve", "decision.approve-required");
        }
        return work.decide(id, request.approve(), request.opinion());
    }
}
