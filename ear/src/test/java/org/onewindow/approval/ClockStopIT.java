package org.onewindow.approval;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.Tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.platform.Tasks.awaitAt;

/**
 * The clock stops for special procedures and for supplements a department asks for through the lead
 * window, and every deadline moves by exactly the working days it stood still. The test server's clock
 * is moved to December 2026, a month without holidays, so "N working days later" is plain to check.
 */
class ClockStopIT {

    /** Monday 7 December 2026, 10:00 in Guangzhou. */
    private static final Instant MONDAY = Instant.parse("2026-12-07T02:00:00Z");
    /** Thursday of the same week, 10:00: three working days later. */
    private static final Instant THURSDAY = Instant.parse("2026-12-10T02:00:00Z");

    @AfterEach
    void backToTheRealTime() {
        Api.resetClock();
    }

    @Test
    void a_suspension_stops_the_clock_and_moves_every_deadline_by_exactly_its_working_days() {
        Api.travelTo(MONDAY);
        JsonPath receipt = Api.submit(Applications.restaurant("广州天河暂停计时餐饮有限公司"), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                .then().statusCode(201).extract().jsonPath();
        String number = receipt.getString("applicationNumber");
        String acceptedAt = Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200)
                .extract().path("acceptedAt");
        assertThat(Api.as("wang.fang").get("/window/applications/{n}", number).then().extract().<String>path("promisedDate"))
                .isEqualTo(Api.deadline(acceptedAt, 15));

        int health = awaitAt("lin.tao", number, "受理审查");
        Tasks.act("lin.tao", health, "suspension", Map.of("kind", "INSPECTION", "plannedWorkingDays", 0, "reason", "现场核查"))
                .then().statusCode(400).body("errors[0].field", equalTo("plannedWorkingDays"));
        Tasks.act("lin.tao", health, "suspension", Map.of("kind", "PICNIC", "plannedWorkingDays", 3, "reason", "现场核查"))
                .then().statusCode(400).body("errors[0].field", equalTo("kind"));
        Tasks.act("lin.tao", health, "suspension", Map.of("kind", "INSPECTION", "plannedWorkingDays", 3, "reason", "现场核查后厨卫生布局"))
                .then().statusCode(200).body("status", equalTo("SUSPENDED")).body("plannedResumption", equalTo("2026-12-10"));

        // While suspended nothing moves on; only the stage's own role may resume.
        Tasks.act("lin.tao", health, "approval", null).then().statusCode(409);
        Tasks.act("gao.yan", health, "resumption", null).then().statusCode(403);
        Map<String, Object> progress = department(receipt, "天河区卫生健康局");
        assertThat(progress).containsEntry("status", "SUSPENDED").containsEntry("remark", "现场核查后厨卫生布局")
                .containsEntry("plannedResumption", "2026-12-10");

        Api.travelTo(THURSDAY);
        JsonPath resumed = Tasks.act("lin.tao", health, "resumption", null).then().statusCode(200).extract().jsonPath();
        assertThat(resumed.getString("status")).isEqualTo("RECEIVED");
        assertThat(resumed.getInt("stoppedWorkingDays")).isEqualTo(3);
        // December has no holidays: three working days later than before, for the part, its stage and the case
        assertThat(resumed.getString("deadline")).isEqualTo(Api.deadline(acceptedAt, 10 + 3));
        assertThat(resumed.getString("stageDeadline")).isEqualTo(Api.deadline(acceptedAt, 4 + 3));
        assertThat(Api.as("wang.fang").get("/window/applications/{n}", number).then().extract().<String>path("promisedDate"))
                .isEqualTo(Api.deadline(acceptedAt, 15 + 3));
        List<Map<String, Object>> plan = Tasks.detail("lin.tao", health).getList("plan");
        assertThat(plan).extracting(p -> p.get("plannedDeadline"))
                .containsExactly(Api.deadline(acceptedAt, 7), Api.deadline(acceptedAt, 10), Api.deadline(acceptedAt, 13));

        // The other departments' clocks never stopped.
        List<Map<String, Object>> parts = Api.as("wang.fang").get("/window/applications/{n}/departments", number).then()
                .extract().jsonPath().getList("$");
        assertThat(parts).filteredOn(p -> "TH-XFJ".equals(p.get("department"))).extracting(p -> p.get("deadline"))
                .containsExactly(Api.deadline(acceptedAt, 10));
        assertThat(Tasks.history("wang.fang", number)).contains("SUSPENDED", "RESUMED");
    }

    @Test
    void a_supplement_asked_for_by_a_department_stops_the_case_until_the_applicant_hands_it_in() {
        Api.travelTo(MONDAY.plusSeconds(7 * 86_400));
        String company = "广州天河补正计时餐饮有限公司";
        JsonPath receipt = Api.submit(Applications.restaurant(company), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                .then().statusCode(201).extract().jsonPath();
        String number = receipt.getString("applicationNumber");
        String acceptedAt = Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200)
                .extract().path("acceptedAt");

        int environment = awaitAt("zhang.wei", number, "受理审查");
        Tasks.act("zhang.wei", environment, "supplement-request", Map.of("missing", List.of())).then().statusCode(400);
        Tasks.act("zhang.wei", environment, "supplement-request",
                        Map.of("missing", List.of("建设项目环境影响登记表缺少建设单位盖章"), "note", "请到窗口或网上补交盖章页"))
                .then().statusCode(200).body("status", equalTo("AWAITING_SUPPLEMENT"));
        Tasks.act("zhang.wei", environment, "approval", null).then().statusCode(409);

        JsonPath status = Api.anonymous().queryParam("queryCode", receipt.getString("queryCode"))
                .get("/applications/{n}/status", number).then().statusCode(200).extract().jsonPath();
        assertThat(status.getString("status")).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(status.getList("corrections", String.class)).containsExactly("建设项目环境影响登记表缺少建设单位盖章");
        assertThat(status.getString("reason")).isEqualTo("请到窗口或网上补交盖章页");
        // Other departments go on working meanwhile.
        Tasks.approve("yang.fan", awaitAt("yang.fan", number, "受理审查"), null, true);

        // Two working days later (Wednesday) the applicant hands in the stamped form.
        Api.travelTo(MONDAY.plusSeconds(9 * 86_400));
        String form = """
                {"queryCode":"%s","fields":{"companyName":"%s","address":"广州市天河区珠江新城华夏路10号","floorArea":"320","seats":"120"}}"""
                .formatted(receipt.getString("queryCode"), company);
        Api.anonymous().multiPart(new MultiPartSpecBuilder(form).controlName("application").mimeType("application/json").charset("UTF-8").build())
                .multiPart(new MultiPartSpecBuilder(Api.pdf("stamped")).controlName("material:EIA-FORM").fileName("eia-stamped.pdf")
                        .mimeType("application/pdf").build())
                .contentType("multipart/form-data").post("/applications/{n}/resubmission", number)
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));

        assertThat(Api.as("wang.fang").get("/window/applications/{n}", number).then().extract().<String>path("promisedDate"))
                .isEqualTo(Api.deadline(acceptedAt, 15 + 2));
        Map<String, Object> task = Tasks.inList("zhang.wei", number);
        assertThat(task).containsEntry("status", "RECEIVED").containsEntry("stageName", "受理审查")
                .containsEntry("deadline", Api.deadline(acceptedAt, 10 + 2));
        assertThat(Tasks.history("wang.fang", number)).contains("SUPPLEMENT_REQUESTED", "SUPPLY", "SUPPLEMENT_RECEIVED");
    }

    private static Map<String, Object> department(JsonPath receipt, String name) {
        List<Map<String, Object>> departments = Api.anonymous().queryParam("queryCode", receipt.getString("queryCode"))
                .get("/applications/{n}/status", receipt.getString("applicationNumber")).then().statusCode(200)
                .extract().jsonPath().getList("departments");
        return departments.stream().filter(d -> name.equals(d.get("department"))).findFirst().orElseThrow();
    }
}
