package org.onewindow.identity.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.onewindow.organisation.StaffRole;

import java.util.List;
import java.util.stream.Stream;

/**
 * Who the server takes the caller for: the username and the roles it checks. Lets an integrator see what
 * its token is worth, and a screen greet its user, in either sign-on mode.
 */
@Path("/me")
@SecurityRequirement(name = "staff")
@SecurityRequirement(name = "keycloak")
@Produces(MediaType.APPLICATION_JSON)
public class CallerResource {

    /** Roles beside the staff roles: the security issue's administrators and applicants. */
    static final List<String> OTHER_ROLES = List.of("SECURITY_ADMINISTRATOR", "AUDIT_ADMINISTRATOR", "APPLICANT");

    @Context
    SecurityContext security;

    @GET
    @Operation(summary = "The authenticated caller: username and roles")
    public Caller get() {
        List<String> roles = Stream.concat(Stream.of(StaffRole.values()).map(Enum::name), OTHER_ROLES.stream())
                .distinct().filter(security::isUserInRole).toList();
        return new Caller(security.getUserPrincipal().getName(), roles);
    }

    public record Caller(String username, List<String> roles) {
    }
}
