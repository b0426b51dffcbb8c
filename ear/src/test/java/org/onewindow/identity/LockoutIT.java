package org.onewindow.identity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.identity.Keycloak.LOGIN_FORM;
import static org.onewindow.identity.Keycloak.OTP_FORM;

/**
 * Keycloak's brute-force detection as the realm file sets it: five wrong passwords in a row lock an account for
 * 15 minutes, during which even the right password fails, and every attempt is in the realm's event record; the
 * security administrator (not the audit administrator) unlocks it; weak and reused passwords are refused.
 */
class LockoutIT {

    private static final String USER = "xie.na";

    @BeforeAll
    static void keycloakIsUp() throws InterruptedException {
        Keycloak.awaitRunning();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountAndTheRightOneNoLongerGetsIn() throws InterruptedException {
        Browser browser = new Browser();
        Browser.Page page = browser.open(Keycloak.APP + "/sign-in");
        for (int attempt = 1; attempt <= 5; attempt++) {
            // more than a second apart: quicker failures trip the realm's separate one-minute quick-login lock
            Thread.sleep(1200);
            page = browser.submit(page, LOGIN_FORM, Map.of("username", USER, "password", "Wrong#Password" + attempt));
            assertThat(page.hasForm(LOGIN_FORM)).as("attempt %d is refused", attempt).isTrue();
            if (attempt == 4) {
                assertThat(Keycloak.lockout(USER)).containsEntry("numFailures", 4).containsEntry("disabled", false);
            }
        }
        assertThat(Keycloak.lockout(USER)).containsEntry("numFailures", 5).containsEntry("disabled", true);

        Thread.sleep(1200);
        Browser.Page sixth = browser.submit(page, LOGIN_FORM, Map.of("username", USER, "password", Api.PASSWORD));

        assertThat(sixth.hasForm(LOGIN_FORM)).as("the right password does not get past the login form").isTrue();
        assertThat(sixth.hasForm(OTP_FORM)).isFalse();
        List<Map<String, Object>> events = Keycloak.loginEvents(USER);
        assertThat(events).filteredOn(event -> "LOGIN_ERROR".equals(event.get("type")))
                .extracting(event -> event.get("error"))
                .containsSequence("user_temporarily_disabled", "invalid_user_credentials", "invalid_user_credentials",
                        "invalid_user_credentials", "invalid_user_credentials", "invalid_user_credentials");
        assertThat(events.get(0)).containsEntry("clientId", "onewindow-intranet").containsKey("ipAddress");

        String user = Keycloak.userId(USER);
        Keycloak.adminApi(Keycloak.adminToken("audit.admin")).delete("/attack-detection/brute-force/users/{id}", user).then().statusCode(403);
        Keycloak.adminApi(Keycloak.adminToken("sec.admin")).delete("/attack-detection/brute-force/users/{id}", user).then().statusCode(204);
        Browser again = new Browser();
        Browser.Page unlocked = again.open(Keycloak.APP + "/sign-in");
        assertThat(again.submit(unlocked, LOGIN_FORM, Map.of("username", USER, "password", Api.PASSWORD))
                .hasForm(OTP_FORM)).as("after the unlock the password is accepted again").isTrue();
    }

    @Test
    void thePasswordPolicyRefusesWeakAndRecentPasswords() {
        String user = Keycloak.userId("luo.jian");
        String securityAdministrator = Keycloak.adminToken("sec.admin");
        for (String weak : new String[]{"Short#1a", "nouppercase#2026", "NOLOWERCASE#2026", "NoDigits#Here", "NoSpecial2026x", "luo.jian"}) {
            Keycloak.adminApi(securityAdministrator).body(Map.of("type", "password", "value", weak, "temporary", false))
                    .put("/users/{id}/reset-password", user).then().statusCode(400);
        }
        Keycloak.adminApi(securityAdministrator).body(Map.of("type", "password", "value", "LuoJian#2027!", "temporary", false))
                .put("/users/{id}/reset-password", user).then().statusCode(204);
        // the demo password was one of the last three: not again
        Keycloak.adminApi(securityAdministrator).body(Map.of("type", "password", "value", Api.PASSWORD, "temporary", false))
                .put("/users/{id}/reset-password", user).then().statusCode(400);
        Keycloak.passwordGrant("luo.jian", "LuoJian#2027!", true).then().statusCode(200);
    }
}
