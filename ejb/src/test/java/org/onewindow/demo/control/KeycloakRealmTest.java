package org.onewindow.demo.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onewindow.organisation.StaffRole;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Keycloak realm of -Dsso=keycloak (src-config/keycloak/onewindow-realm.json) knows every demo account the
 * application loads, with the same name, e-mail address, department and roles, so signing in through Keycloak
 * finds the same member of staff (CurrentStaff looks them up by username) with the same rights.
 */
class KeycloakRealmTest {

    private static final Path REALM = Path.of("../src-config/keycloak/onewindow-realm.json");

    private static JsonObject realm;
    private static Map<String, JsonObject> users;

    @BeforeAll
    static void read() throws IOException {
        try (JsonReader reader = Json.createReader(Files.newBufferedReader(REALM, StandardCharsets.UTF_8))) {
            realm = reader.readObject();
        }
        users = realm.getJsonArray("users").getValuesAs(JsonObject.class).stream()
                .collect(Collectors.toMap(user -> user.getString("username"), user -> user));
    }

    @Test
    void everyDemoMemberOfStaffIsARealmUserWithTheSameNameDepartmentRolesAndPassword() {
        for (DemoStaff.Row row : DemoStaff.ROWS) {
            JsonObject user = users.get(row.username());
            assertThat(user).as(row.username()).isNotNull();
            if (row.roles().contains(StaffRole.INTEGRATOR)) {
                // an integrating system signs on with client credentials: the service account of its own client
                assertThat(user.getString("serviceAccountClientId")).isEqualTo(row.username());
                assertThat(strings(user.getJsonArray("realmRoles"))).containsExactly(StaffRole.INTEGRATOR.name());
                assertThat(strings(user.getJsonObject("attributes").getJsonArray("department"))).containsExactly(row.department());
                continue;
            }
            assertThat(user.getString("lastName") + user.getString("firstName")).as(row.username()).isEqualTo(row.fullName());
            assertThat(user.getString("email")).isEqualTo(row.username() + "@tianhe.example.gov.cn");
            assertThat(strings(user.getJsonObject("attributes").getJsonArray("department"))).containsExactly(row.department());
            assertThat(strings(user.getJsonArray("realmRoles")))
                    .containsExactlyInAnyOrderElementsOf(row.roles().stream().map(Enum::name).toList());
            assertThat(user.getJsonArray("credentials").getValuesAs(JsonObject.class))
                    .anySatisfy(c -> assertThat(c.getString("value", "")).isEqualTo(DemoData.PASSWORD))
                    .as("staff have the demo TOTP").anySatisfy(c -> assertThat(c.getString("type")).isEqualTo("otp"));
        }
    }

    @Test
    void everyRoleTheServerChecksIsARealmRole() {
        Set<String> realmRoles = realm.getJsonObject("roles").getJsonArray("realm").getValuesAs(JsonObject.class).stream()
                .map(role -> role.getString("name")).collect(Collectors.toSet());
        for (StaffRole role : StaffRole.values()) {
            assertThat(realmRoles).contains(role.name());
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
