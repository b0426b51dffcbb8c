package org.onewindow.identity.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import java.util.logging.Logger;

/**
 * Keycloak's front-channel logout (OpenID Connect Front-Channel Logout 1.0): when a user logs out anywhere in
 * the realm, Keycloak's logout page loads this address in a hidden frame of the user's browser, with the
 * browser's cookies, and the OneWindow session of that browser ends. (The OIDC client of WildFly 39 has no
 * back-channel logout endpoint of its own; without this, a session would live on until its access token
 * needed refreshing.) Only a session that was opened through OIDC is ended; the request changes nothing else.
 */
@WebServlet("/logout/front-channel")
public class FrontChannelLogoutServlet extends HttpServlet {

    /** Where WildFly's OIDC client keeps the tokens of a logged-in browser session. */
    static final String OIDC_SESSION_ATTRIBUTE = "org.wildfly.security.http.oidc.OidcSecurityContext";

    private static final Logger LOG = Logger.getLogger(FrontChannelLogoutServlet.class.getName());

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(OIDC_SESSION_ATTRIBUTE) != null) {
            String user = request.getRemoteUser();
            session.invalidate();
            LOG.info(() -> "Single logout from Keycloak ended the session of " + user);
        }
        // the frame shows nothing; it must not be cached, or a second logout would not reach the server
        response.setHeader("Cache-Control", "no-store");
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}
