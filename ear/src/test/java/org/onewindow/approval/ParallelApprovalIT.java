package org.onewindow.approval;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * 一门受理、抄告相关、同步审批、限时办结、集中回复: a parallel case with four cooperating departments,
 * routed over the real broker, decided by each department, collected and decided by the lead department.
 */
class ParallelApprovalIT {

    /** BL-001: lead TH-SCJ; cooperating TH-STJ (10 days), TH-XFJ (10), TH-CGJ (7), TH-WJJ (10). */
    private static final Map<String, String> CLERK_OF = Map.of("TH-STJ", "zhang.wei", "TH-XFJ", "yang.fan",
            "TH-CGJ", "he.xin", "TH-WJJ", "lin.tao");

    @Test
    void four_departments_decide_in_parallel_and_the_lead_department_decides_last() throws Exception {
        JsonPath receipt = Api.submit(restaurant("广州天河粤味餐饮管理有限公司"),
                Api.pdfs("APPLY", "LAYOUT", "EIA-FORM", "FIRE-SELF-CHECK", "HEALTH-CERT")).then().statusCode(201).extract().jsonPath();
        String number = receipt.getString("applicationNumber");
        JsonPath accepted = Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200)
                .extract().jsonPath();
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");

        List<Map<String, Object>> parts = Api.as("wang.fang").get("/window/applications/{n}/departments", number)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(parts).extracting(p -> p.get("department")).containsExactlyInAnyOrder("TH-STJ", "TH-XFJ", "TH-CGJ", "TH-WJJ");
        String cityManagementDeadline = Api.deadline(accepted.getString("acceptedAt"), 7);
        assertThat(parts).filteredOn(p -> "TH-CGJ".equals(p.get("department")))
                .extracting(p -> p.get("deadline")).containsExactly(cityManagementDeadline);

        // Each department's work list receives its sub-application through the routing queue.
        Map<String, Integer> subIds = new java.util.HashMap<>();
        for (Map.Entry<String, String> department : CLERK_OF.entrySet()) {
            await(() -> workItem(department.getValue(), number) != null);
            Map<String, Object> item = workItem(department.getValue(), number);
            assertThat(item.get("status")).isEqualTo("RECEIVED");
            assertThat(item.get("workingDaysLeft")).isNotNull();
            subIds.put(department.getKey(), (Integer) item.get("id"));
        }

        // The lead department cannot decide before every department answered.
        Api.json(Api.as("wang.fang")).body("{\"approve\":true}").post("/window/applications/{n}/decision", number)
                .then().statusCode(409).body("code", equalTo("application.waiting-for-departments"));
        // Nobody decides for another department, and a refusal needs a reason.
        Api.json(Api.as("yang.fan")).body("{\"approve\":true}")
                .post("/department/sub-applications/{id}/decision", subIds.get("TH-STJ")).then().statusCode(403);
        Api.json(Api.as("zhang.wei")).body("{\"approve\":false}")
                .post("/department/sub-applications/{id}/decision", subIds.get("TH-STJ")).then().statusCode(400)
                .body("errors[0].field", equalTo("opinion"));

        // Two departments decide at the same instant, the other two one after the other.
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> environment = pool.submit(() -> decideWhen(start, "zhang.wei", subIds.get("TH-STJ"), "环评登记表已备案，同意"));
            Future<Response> fire = pool.submit(() -> decideWhen(start, "yang.fan", subIds.get("TH-XFJ"), "消防安全承诺材料齐全，同意"));
            start.countDown();
            assertThat(environment.get().statusCode()).isEqualTo(200);
            assertThat(fire.get().statusCode()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        decide("he.xin", subIds.get("TH-CGJ"), "招牌设置符合规范，同意");
        decide("lin.tao", subIds.get("TH-WJJ"), "从业人员健康证明齐全，同意");

        await(() -> history(number).contains("ALL_DEPARTMENTS_ANSWERED"));
        assertThat(history(number)).filteredOn("ALL_DEPARTMENTS_ANSWERED"::equals).hasSize(1);

        Api.json(Api.as("wang.fang")).body("{\"approve\":true,\"opinion\":\"各部门均同意，准予许可\"}")
                .post("/window/applications/{n}/decision", number).then().statusCode(200).body("status", equalTo("APPROVED"));

        // The applicant sees every department's progress, never their internal opinions.
        JsonPath status = Api.anonymous().queryParam("queryCode", receipt.getString("queryCode"))
                .get("/applications/{n}/status", number).then().statusCode(200).extract().jsonPath();
        assertThat(status.getString("status")).isEqualTo("APPROVED");
        assertThat(status.getList("departments.status", String.class)).containsOnly("APPROVED").hasSize(4);
        assertThat(status.prettify()).doesNotContain("同意，").doesNotContain("opinion");
        assertThat(history(number)).hasSizeLessThanOrEqualTo(30)
                .contains("SUBMIT", "ACCEPT", "FAN_OUT", "SUB_APPLICATION_RECEIVED", "SUB_APPLICATION_APPROVED", "APPROVE");
    }

    @Test
    void a_refusal_by_one_department_is_on_record_when_the_lead_department_refuses() throws Exception {
        String number = Api.submit(restaurant("广州天河不合规餐饮有限公司"),
                Api.pdfs("APPLY", "LAYOUT", "EIA-FORM", "FIRE-SELF-CHECK", "HEALTH-CERT")).then().statusCode(201)
                .extract().path("applicationNumber");
        Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200);
        for (Map.Entry<String, String> department : CLERK_OF.entrySet()) {
            await(() -> workItem(department.getValue(), number) != null);
            int id = (Integer) workItem(department.getValue(), number).get("id");
            if (department.getKey().equals("TH-XFJ")) {
                Api.json(Api.as(department.getValue())).body("{\"approve\":false,\"opinion\":\"疏散通道宽度不足1.4米\"}")
                        .post("/department/sub-applications/{id}/decision", id).then().statusCode(200).body("status", equalTo("REFUSED"));
            } else {
                decide(department.getValue(), id, "同意");
            }
        }
        await(() -> history(number).contains("ALL_DEPARTMENTS_ANSWERED"));
        List<Map<String, Object>> parts = Api.as("wang.fang").get("/window/applications/{n}/departments", number)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(parts).filteredOn(p -> "TH-XFJ".equals(p.get("department")))
                .extracting(p -> p.get("opinion")).containsExactly("疏散通道宽度不足1.4米");
        Api.json(Api.as("wang.fang")).body("{\"approve\":false}").post("/window/applications/{n}/decision", number)
                .then().statusCode(400);
        Api.json(Api.as("wang.fang")).body("{\"approve\":false,\"opinion\":\"消防部门不予同意：疏散通道宽度不足\"}")
                .post("/window/applications/{n}/decision", number).then().statusCode(200).body("status", equalTo("REFUSED"))
                .body("refusalReason", equalTo("消防部门不予同意：疏散通道宽度不足"));
    }

    static String restaurant(String company) {
        return """
                {"itemCode":"BL-001",
                 "applicant":{"kind":"ENTERPRISE","identifier":"%s","name":"%s","phone":"13912345678"},
                 "fields":{"companyName":"%s","address":"广州市天河区珠江新城华夏路10号","floorArea":"320","seats":"120"}}"""
                .formatted(Applications.creditCode(), company, company);
    }

    private static Map<String, Object> workItem(String clerk, String number) {
        List<Map<String, Object>> list = Api.as(clerk).get("/department/sub-applications").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return list.stream().filter(i -> number.equals(i.get("applicationNumber"))).findFirst().orElse(null);
    }

    private static Response decideWhen(CountDownLatch start, String clerk, int id, String opinion) throws InterruptedException {
        start.await();
        return Api.json(Api.as(clerk)).body(Map.of("approve", true, "opinion", opinion))
                .post("/department/sub-applications/{id}/decision", id);
    }

    private static void decide(String clerk, int id, String opinion) {
        Api.json(Api.as(clerk)).body(Map.of("approve", true, "opinion", opinion))
                .post("/department/sub-applications/{id}/decision", id).then().statusCode(200).body("status", equalTo("APPROVED"));
    }

    private static List<String> history(String number) {
        return Api.as("wang.fang").get("/window/applications/{n}/history", number).then().statusCode(200)
                .extract().jsonPath().getList("action", String.class);
    }

    /** Messages take a moment: wait up to 30 s for what the broker will bring. */
    private static void await(BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not reached within 30 s");
            }
            Thread.sleep(100);
        }
    }
}
