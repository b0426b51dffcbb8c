package org.onewindow.identity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.identity.Keycloak.LOGIN_FORM;
import static org.onewindow.identity.Keycloak.OTP_FORM;

/**
 * Logging in to OneWindow through Keycloak the way a browser does (-Dsso=keycloak): the authorization-code
 * redirects, Keycloak's login form, its TOTP form for staff, the session the screens then work with, and
 * single logout in both directions.
 */
class SingleSignOnIT {


    @BeforeAll
    static void keycloakIsUp() throws InterruptedException {
        Keycloak.awaitRunning();
    }

    @Test
    void aWindowClerkLogsInWithPasswordAndTotpAndTheSessionServesTheWindowsCalls() {
        Browser browser = new Browser();

        Browser.Page login = browser.open(Keycloak.APP + "/sign-in");
        assertThat(login.uri().toString()).startsWith(Keycloak.REALM + "/protocol/openid-connect/auth");
        assertThat(login.hasForm(LOGIN_FORM)).isTrue();

        Browser.Page secondFactor = browser.submit(login, LOGIN_FORM, Map.of("username", "wang.fang", "password", Api.PASSWORD));
        assertThat(secondFactor.hasForm(OTP_FORM)).as("staff are asked for their TOTP code").isTrue();

        Browser.Page wrongCode = browser.submit(secondFactor, OTP_FORM, Map.of("otp", Totp.code(1)));
        assertThat(wrongCode.hasForm(OTP_FORM)).as("a wrong code is refused, the form comes again").isTrue();

        Browser.Page landed = browser.submit(wrongCode, OTP_FORM, Map.of("otp", Totp.freshCode("wang.fang")));
        assertThat(landed.uri()).isEqualTo(URI.create(Keycloak.APP + "/"));
        assertThat(landed.status()).isEqualTo(200);
        assertThat(browser.fetchJson(Keycloak.APP + "/api/me").body()).contains("\"username\":\"wang.fang\"").contains("\"WINDOW_CLERK\"");

        // the screens' own calls ride on the session: the window's queue, as the market regulation bureau's clerk
        assertThat(browser.fetchJson(Keycloak.APP + "/api/window/applications").statusCode()).isEqualTo(200);
        assertThat(browser.fetchJson(Keycloak.APP + "/api/admin/dead-letters").statusCode()).isEqualTo(403);
    }

    @Test
    void anApplicantLogsInWithThePasswordAloneAndIsNoClerk() {
        Browser browser = new Browser();
        Browser.Page login = browser.open(Keycloak.APP + "/sign-in");

        Browser.Page landed = browser.submit(login, LOGIN_FORM, Map.of("username", "chen.xiaoming", "password", Api.PASSWORD));

        assertThat(landed.uri()).as("no second factor for applicants").isEqualTo(URI.create(Keycloak.APP + "/"));
        assertThat(browser.fetchJson(Keycloak.APP + "/api/me").body())
                .contains("\"username\":\"chen.xiaoming\"").contains("\"APPLICANT\"").doesNotContain("CLERK");
        assertThat(browser.fetchJson(Keycloak.APP + "/api/window/applications").statusCode()).isEqualTo(403);
    }

    @Test
    void anApplicantRegistersOnTheLoginPageUnderThePasswordPolicyAndIsAnApplicant() {
        Browser browser = new Browser();
        Browser.Page login = browser.open(Keycloak.APP + "/sign-in");
        Browser.Page form = browser.open(login.link("/login-actions/registration").toString());
        String username = "applicant" + System.nanoTime() % 1_000_000;
        Map<String, String> fields = new HashMap<>(Map.of("username", username, "email", username + "@example.com",
                "firstName", "晓红", "lastName", "李", "password", "onlylower", "password-confirm", "onlylower"));

        Browser.Page refused = browser.submit(form, "id=\"kc-register-form\"", fields);
        assertThat(refused.hasForm("id=\"kc-register-form\"")).as("a weak password is refused").isTrue();

        fields.put("password", "Xiaohong#2026");
        fields.put("password-confirm", "Xiaohong#2026");
        Browser.Page landed = browser.submit(refused, "id=\"kc-register-form\"", fields);

        assertThat(landed.uri()).as("registered and logged in, no second factor").isEqualTo(URI.create(Keycloak.APP + "/"));
        assertThat(browser.fetchJson(Keycloak.APP + "/api/me").body())
                .contains("\"username\":\"" + username + "\"").contains("\"roles\":[\"APPLICANT\"]");
    }

    @Test
    void loggingOutOfOneWindowEndsTheKeycloakSessionToo() {
        Browser browser = loggedIn("zhou.qiang");
        assertThat(browser.fetchJson(Keycloak.APP + "/api/window/applications").statusCode()).isEqualTo(200);

        Browser.Page home = browser.open(Keycloak.APP + "/logout");

        assertThat(home.uri()).isEqualTo(URI.create(Keycloak.APP + "/"));
        assertThat(browser.fetchJson(Keycloak.APP + "/api/window/applications").statusCode()).isEqualTo(401);
        // no silent login on the next visit: Keycloak's session is gone as well, it asks for the password again
        assertThat(browser.open(Keycloak.APP + "/sign-in").hasForm(LOGIN_FORM)).isTrue();
    }

    @Test
    void loggingOutAtKeycloakEndsTheOneWindowSession() {
        Browser browser = loggedIn("li.na");
        assertThat(browser.fetchJson(Keycloak.APP + "/api/window/applications").statusCode()).isEqualTo(200);

        Browser.Page confirm = browser.open(Keycloak.REALM + "/protocol/openid-connect/logout?client_id=onewindow-intranet");
        Browser.Page loggedOut = browser.submit(confirm, "class=\"form-actions\"",
                Map.of("session_code", confirm.hidden("session_code"), "confirmLogout", "logout"));

        // Keycloak's page loads each application's front-channel logout address in a hidden frame
        assertThat(loggedOut.frames()).hasSize(1);
        URI frame = loggedOut.frames().get(0);
        assertThat(frame.toString()).startsWith(Keycloak.APP + "/logout/front-channel");
        assertThat(browser.open(frame.toString()).status()).isEqualTo(204);

        assertThat(browser.fetchJson(Keycloak.APP + "/api/window/applications").statusCode()).isEqualTo(401);
    }

    /** A browser that has logged in as this member of staff (password, then TOTP). */
    static Browser loggedIn(String username) {
        Browser browser = new Browser();
        Browser.Page login = browser.open(Keycloak.APP + "/sign-in");
        Browser.Page secondFactor = browser.submit(login, LOGIN_FORM, Map.of("username", username, "password", Api.PASSWORD));
        Browser.Page home = browser.submit(secondFactor, OTP_FORM, Map.of("otp", Totp.freshCode(username)));
        assertThat(home.uri()).isEqualTo(URI.create(Keycloak.APP + "/"));
        return browser;
    }
}
