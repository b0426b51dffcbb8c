package org.onewindow.approval.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.approval.boundary.Coordination;
import org.onewindow.approval.boundary.SubApplicationView;
import org.onewindow.shared.InvalidInputException;

@Path("/coordination/{number}/departments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "coordination", description = "Which departments work on a running parallel case (the lead department's window, administrators)")
@SecurityRequirement(name = "staff")
public class CoordinationResource {

    @Inject
    Coordination coordination;

    @POST
    @Operation(summary = "Add a department to a running parallel case, with its limit in working days when the item names none, and the reason")
    public SubApplicationView add(@PathParam("number") String number, DepartmentChangeRequest request) {
        DepartmentChangeRequest given = require(request);
        return coordination.addDepartment(number, given.department(), given.workingDays(), given.reason());
    }

    @POST
    @Path("/withdrawal")
    @Operation(summary = "Withdraw a department from a running parallel case, with the reason; the collection no longer waits for it")
    public SubApplicationView withdraw(@PathParam("number") String number, DepartmentChangeRequest request) {
        DepartmentChangeRequest given = require(request);
        if (given.workingDays() != null) {
            throw InvalidInputException.of("workingDays", "coordination.no-limit-on-withdrawal");
        }
        return coordination.withdrawDepartment(number, given.department(), given.reason());
    }

    private static DepartmentChangeRequest require(DepartmentChangeRequest request) {
        if (request == null || request.department() == null || request.department().isBlank()) {
            throw InvalidInputException.of("department", "coordination.department-required");
        }
        return request;
    }
}
