package org.onewindow.identity;

import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.onewindow.platform.Api;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The Keycloak the build started for these tests (port 18080, the realm of src-config/keycloak imported into
 * memory): its token endpoint as the realm's clients use it, and its admin API as the bootstrap administrator.
 */
final class Keycloak {

    static final String URL = System.getProperty("onewindow.keycloak-url", "http://localhost:18080");
    static final String REALM = URL + "/realms/onewindow";
    static final String TOKEN_ENDPOINT = REALM + "/protocol/openid-connect/token";
    /** Where a browser reaches the application: the host name the realm's redirect addresses name. */
    static final String APP = System.getProperty("onewindow.browser-url", "http://localhost:8580/onewindow");

    /** Keycloak's login form (username and password) and its TOTP form, as {@link Browser.Page#hasForm} finds them. */
    static final String LOGIN_FORM = "id=\"kc-form-login\"";
    static final String OTP_FORM = "id=\"kc-otp-login-form\"";

    static final String API_CLIENT = "onewindow-api";
    static final String API_SECRET = "onewindow-api-demo-secret";
    static final String INTEGRATOR = "integrator.demo";
    static final String INTEGRATOR_SECRET = Api.PASSWORD;

    private Keycloak() {
    }

    /** Keycloak builds itself on its first start (about a minute), while the test server boots. */
    static void awaitRunning() throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofMinutes(5));
        while (true) {
            try {
                if (RestAssured.get(REALM + "/.well-known/openid-configuration").statusCode() == 200) {
                    return;
                }
            } catch (Exception notYet) {
                // connection refused while it starts (RestAssured throws the checked ConnectException unchecked)
            }
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Keycloak did not answer at " + REALM + " within 5 minutes; see ear/target/keycloak-it.log");
            }
            Thread.sleep(1000);
        }
    }

    /** Direct grant through the API client: password, plus a fresh TOTP code for staff. */
    static Response passwordGrant(String username, String password, boolean withTotp) {
        RequestSpecification request = RestAssured.given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", API_CLIENT).formParam("client_secret", API_SECRET)
                .formParam("username", username).formParam("password", password);
        if (withTotp) {
            request = request.formParam("totp", Totp.freshCode(username));
        }
        return request.post(TOKEN_ENDPOINT);
    }

    /** A member of staff's access token (password and TOTP). */
    static String staffToken(String username) {
        return passwordGrant(username, Api.PASSWORD, true).then().statusCode(200).extract().path("access_token");
    }

    /** An integrator's token: client credentials, no user at all. */
    static String clientCredentials(String clientId, String secret) {
        return RestAssured.given().auth().preemptive().basic(clientId, secret).contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials").post(TOKEN_ENDPOINT)
                .then().statusCode(200).extract().path("access_token");
    }

    /** A request to the admin API of the onewindow realm, as the master realm's bootstrap administrator. */
    static RequestSpecification admin() {
        String token = RestAssured.given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "kcadmin").formParam("password", Api.PASSWORD)
                .post(URL + "/realms/master/protocol/openid-connect/token")
                .then().statusCode(200).extract().path("access_token");
        return RestAssured.given().baseUri(URL + "/admin/realms/onewindow").auth().oauth2(token).contentType(ContentType.JSON);
    }

    /**
     * An admin API token of a user of the onewindow realm itself (the realm's admin-cli client, password and TOTP):
     * what the realm lets its security or audit administrator do in Keycloak, with {@link #adminApi(String)}.
     */
    static String adminToken(String username) {
        return RestAssured.given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", username).formParam("password", Api.PASSWORD).formParam("totp", Totp.freshCode(username))
                .post(TOKEN_ENDPOINT).then().statusCode(200).extract().path("access_token");
    }

    static RequestSpecification adminApi(String token) {
        return RestAssured.given().baseUri(URL + "/admin/realms/onewindow").auth().oauth2(token).contentType(ContentType.JSON);
    }

    static String userId(String username) {
        List<String> ids = admin().queryParam("username", username).queryParam("exact", true).get("/users")
                .then().statusCode(200).extract().path("id");
        return ids.get(0);
    }

    /** The brute-force detector's view of a user: numFailures, disabled, lastFailure. */
    static Map<String, Object> lockout(String username) {
        return admin().get("/attack-detection/brute-force/users/{id}", userId(username)).then().statusCode(200)
                .extract().jsonPath().getMap("$");
    }

    /** The realm's recorded login events of a user, newest first. */
    static List<Map<String, Object>> loginEvents(String username) {
        return admin().queryParam("user", userId(username)).queryParam("max", 50).get("/events")
                .then().statusCode(200).extract().jsonPath().getList("$");
    }
}
