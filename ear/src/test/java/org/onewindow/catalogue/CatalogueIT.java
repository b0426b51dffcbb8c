package org.onewindow.catalogue;

import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

/** The public catalogue, the service guide, and the API's own description. */
class CatalogueIT {

    @Test
    void the_catalogue_lists_a_dozen_items_and_the_parallel_guide_names_its_departments_and_limits() {
        List<String> codes = Api.anonymous().get("/items").then().statusCode(200).extract().jsonPath().getList("code");
        assertThat(codes).hasSizeGreaterThanOrEqualTo(12).contains("SCJ-001", "BL-001", "BL-002");
        Api.anonymous().get("/items/BL-002").then().statusCode(200)
                .body("kind", equalTo("PARALLEL"))
                .body("leadDepartment.name", equalTo("天河区发展和改革局"))
                .body("cooperatingDepartments", hasSize(5))
                .body("cooperatingDepartments[0].timeLimit.amount", equalTo(20))
                .body("materials.find { it.code == 'CIVIL-DEFENCE' }.mandatory", equalTo(false));
        Api.anonymous().get("/items/NOPE").then().statusCode(404).body("message", equalTo("未找到事项编码 NOPE，请从事项目录中选择"));
    }

    @Test
    void the_server_serves_the_openapi_document_of_the_api() {
        String document = RestAssured.given().baseUri(Api.BASE.replace("/onewindow", "")).get("/openapi")
                .then().statusCode(200).extract().asString();
        assertThat(document).contains("/api/applications", "/api/window/applications/{number}/acceptance", "/api/calendar/deadline");
    }
}
