package org.onewindow.identity;

import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.Soap;
import org.onewindow.platform.Tasks;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The REST API (and SOAP) behind Keycloak (-Dsso=keycloak): bearer tokens from a direct grant (staff: password and TOTP)
 * and from client credentials (an integrator), the same permission checks as with the local realm, and 401
 * for every token that is not a valid one issued for OneWindow.
 */
class BearerTokenIT {

    @BeforeAll
    static void keycloakIsUp() throws InterruptedException {
        Keycloak.awaitRunning();
    }

    static RequestSpecification bearer(String token) {
        return Api.anonymous().auth().oauth2(token);
    }

    @Test
    void staffTokensReachTheirOwnWorkAndNothingElse() {
        String number = Api.submit(Applications.restaurant("广州天河令牌餐饮有限公司"), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                .then().statusCode(201).extract().path("applicationNumber");
        String windowClerk = Keycloak.staffToken("wang.fang");

        bearer(windowClerk).get("/window/applications").then().statusCode(200)
                .body("applicationNumber", hasItem(number));
        bearer(windowClerk).post("/window/applications/{n}/acceptance", number).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"));

        // a department clerk of the lead department is no window clerk
        bearer(Keycloak.staffToken("wu.jing")).get("/window/applications").then().statusCode(403);

        // the environment bureau's clerk gets its part; the fire brigade's clerk may not open it
        String environmentClerk = Keycloak.staffToken("zhang.wei");
        Tasks.await(() -> taskOf(environmentClerk, number) != null);
        Object environmentTask = taskOf(environmentClerk, number).get("id");
        bearer(environmentClerk).get("/department/sub-applications/{id}", environmentTask).then().statusCode(200)
                .body("task.applicationNumber", equalTo(number)).body("task.department", equalTo("TH-STJ"));
        bearer(Keycloak.staffToken("yang.fan")).get("/department/sub-applications/{id}", environmentTask).then().statusCode(403);
    }

    @Test
    void anIntegratorCallsWithClientCredentialsAsItsServiceAccount() {
        String token = Keycloak.clientCredentials(Keycloak.INTEGRATOR, Keycloak.INTEGRATOR_SECRET);

        bearer(token).get("/me").then().statusCode(200)
                .body("username", equalTo("integrator.demo")).body("roles", equalTo(List.of("INTEGRATOR")));
        bearer(token).get("/items").then().statusCode(200);
        bearer(token).get("/window/applications").then().statusCode(403);
        bearer(token).get("/admin/dead-letters").then().statusCode(403);
    }

    @Test
    void soapTakesTheSameTokens() {
        String listItems = Soap.envelope(Soap.CATALOGUE, "<o:ListItems/>");
        RequestSpecification soap = RestAssured.given().baseUri(Api.BASE).contentType("text/xml; charset=UTF-8")
                .header("Accept", "*/*").body(listItems).redirects().follow(false);

        assertThat(soap.post("/soap/catalogue").statusCode()).as("no token: 401, not the login page").isEqualTo(401);
        String integrator = Keycloak.clientCredentials(Keycloak.INTEGRATOR, Keycloak.INTEGRATOR_SECRET);
        RestAssured.given().baseUri(Api.BASE).contentType("text/xml; charset=UTF-8").auth().oauth2(integrator)
                .body(listItems).post("/soap/catalogue").then().statusCode(200).body(containsString("SCJ-001"));
        RestAssured.given().baseUri(Api.BASE).contentType("text/xml; charset=UTF-8").auth().oauth2(Keycloak.staffToken("he.xin"))
                .body(listItems).post("/soap/catalogue").then().statusCode(403);
    }

    @Test
    void anApiCallWithoutATokenGets401NotTheLoginPage() {
        Response response = RestAssured.given().baseUri(Api.BASE).header("Accept", "*/*").redirects().follow(false)
                .get("/api/window/applications");

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
        assertThat(response.header("Location")).isNull();
    }

    @Test
    void aTamperedTokenIsRefused() {
        String token = Keycloak.staffToken("liu.yang");
        bearer(token).get("/me").then().statusCode(200).body("username", equalTo("liu.yang"));

        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String promoted = claims.replace("\"preferred_username\":\"liu.yang\"", "\"preferred_username\":\"admin\"")
                .replace("\"SECTION_CHIEF\"", "\"ADMINISTRATOR\"");
        assertThat(promoted).isNotEqualTo(claims);
        String forged = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(promoted.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        bearer(forged).get("/me").then().statusCode(401);
        bearer(forged).get("/admin/dead-letters").then().statusCode(401);
        bearer(parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA").get("/me").then().statusCode(401);
    }

    @Test
    void aTokenIssuedForAnotherApplicationIsRefused() {
        // Keycloak's own command-line client of the realm issues tokens too, but not for OneWindow's audience
        String foreign = RestAssured.given().contentType("application/x-www-form-urlencoded")
                .formParam("grant_type", "password").formParam("client_id", "admin-cli")
                .formParam("username", "chen.xiaoming").formParam("password", Api.PASSWORD)
                .post(Keycloak.TOKEN_ENDPOINT).then().statusCode(200).extract().path("access_token");

        bearer(foreign).get("/me").then().statusCode(401);
    }

    @Test
    void anExpiredTokenIsRefused() throws InterruptedException {
        Map<String, Object> client = apiClient();
        @SuppressWarnings("unchecked")
        Map<String, Object> attributes = new HashMap<>((Map<String, Object>) client.get("attributes"));
        Object before = attributes.get("access.token.lifespan");
        try {
            attributes.put("access.token.lifespan", "2");
            updateApiClient(client, attributes);
            String shortLived = Keycloak.staffToken("gao.yan");
            Thread.sleep(4000);
            bearer(shortLived).get("/me").then().statusCode(401);
        } finally {
            // Keycloak keeps attributes an update leaves out; an empty one means the realm's lifespan again
            attributes.put("access.token.lifespan", before == null ? "" : before);
            updateApiClient(client, attributes);
        }
        Keycloak.passwordGrant("gao.yan", Api.PASSWORD, true).then().statusCode(200).body("expires_in", equalTo(300));
    }

    private static Map<String, Object> taskOf(String token, String number) {
        List<Map<String, Object>> tasks = bearer(token).get("/department/sub-applications").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return tasks.stream().filter(task -> number.equals(task.get("applicationNumber"))).findFirst().orElse(null);
    }

    private static Map<String, Object> apiClient() {
        List<Map<String, Object>> clients = Keycloak.admin().queryParam("clientId", Keycloak.API_CLIENT).get("/clients")
                .then().statusCode(200).extract().jsonPath().getList("$");
        return clients.get(0);
    }

    private static void updateApiClient(Map<String, Object> client, Map<String, Object> attributes) {
        Map<String, Object> changed = new HashMap<>(client);
        changed.put("attributes", attributes);
        Keycloak.admin().body(changed).put("/clients/{id}", client.get("id")).then().statusCode(204);
    }
}
