package org.onewindow.platform.rest;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/** The REST API for portals and integrators; its OpenAPI document is served by the server at /openapi. */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "OneWindow 一窗通办 API", version = "1",
        description = "Service guide, submission, acceptance, status and the working-day calendar. "
                + "Errors are JSON with a code, a message in the caller's language (Accept-Language: zh or en) and one entry per wrong field.",
        license = @License(name = "AGPL-3.0", url = "https://www.gnu.org/licenses/agpl-3.0.html")))
@SecurityScheme(securitySchemeName = "staff", type = SecuritySchemeType.HTTP, scheme = "basic",
        description = "Staff accounts of the local realm (the default sign-on)")
@SecurityScheme(securitySchemeName = "keycloak", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "With single sign-on (-Dsso=keycloak) instead of Basic, for every operation that needs a caller: an access "
                + "token of the onewindow realm issued for OneWindow (audience onewindow-intranet), see README, Single sign-on")
public class RestApplication extends Application {
}
