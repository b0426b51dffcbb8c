package org.onewindow.oversight;

import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.Tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The leaders' statistics and the department scores of a small data set made in September and October 2026 (past
 * months nobody else uses; no holidays from 12 to 23 October), checked against figures worked out by hand below;
 * then the same months closed into summary rows give the same figures.
 */
class StatisticsIT {

    private static final long DAY = 86_400;
    /** Amounts and rates as the server wrote them (30.00, 0.6667), not as floats. */
    private static final JsonPathConfig DECIMALS = new JsonPathConfig(JsonPathConfig.NumberReturnType.BIG_DECIMAL);
    /** Monday 12 October 2026, 10:00 in Guangzhou. */
    private static final Instant OCTOBER_12 = Instant.parse("2026-10-12T02:00:00Z");

    @AfterEach
    void backToTheRealTime() {
        Api.resetClock();
    }

    @Test
    void the_figures_and_scores_of_a_known_month_match_those_counted_by_hand() {
        String item = SupervisedCases.item("IT-STATS", 3, Map.of("CERT", "20.00"));

        // September: F, accepted Monday 14th and approved Wednesday 16th (in time)
        Api.travelTo(Instant.parse("2026-09-14T02:00:00Z"));
        String f = SupervisedCases.submit(item, "广州天河九月统计有限公司").getString("applicationNumber");
        SupervisedCases.accept(f);
        Api.travelTo(Instant.parse("2026-09-16T02:00:00Z"));
        Tasks.decideAtWindow("wang.fang", f, true, "准予许可");

        // October 12th: A and B accepted (promised Thursday 15th); D rejected; E sent back for corrections; a parallel case P accepted
        Api.travelTo(OCTOBER_12);
        JsonPath a = SupervisedCases.submit(item, "广州天河十月甲有限公司");
        JsonPath b = SupervisedCases.submit(item, "广州天河十月乙有限公司");
        String d = SupervisedCases.submit(item, "广州天河十月丁有限公司").getString("applicationNumber");
        String e = SupervisedCases.submit(item, "广州天河十月戊有限公司").getString("applicationNumber");
        assertThat(Api.deadline(SupervisedCases.accept(a.getString("applicationNumber")), 3)).isEqualTo("2026-10-15");
        SupervisedCases.accept(b.getString("applicationNumber"));
        Api.json(Api.as("wang.fang")).body(Map.of("reason", "申请人不具备法定申请资格，不予受理")).post("/window/applications/{n}/rejection", d)
                .then().statusCode(200);
        Api.json(Api.as("wang.fang")).body(Map.of("missing", List.of("公司章程缺少全体股东签字"))).post("/window/applications/{n}/correction-request", e)
                .then().statusCode(200);
        String p = Api.submit(Applications.restaurant("广州天河十月联办餐饮有限公司"), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                .then().statusCode(201).extract().path("applicationNumber");
        SupervisedCases.accept(p);
        Tasks.awaitAt("zhang.wei", p, "受理审查");

        // Wednesday 14th: A approved in 2 working days, its fee of 20 yuan collected, rated very satisfied
        Api.travelTo(OCTOBER_12.plusSeconds(2 * DAY));
        Tasks.decideAtWindow("wang.fang", a.getString("applicationNumber"), true, "准予许可");
        Api.json(Api.as("wang.fang")).body(Map.of("fees", List.of(Map.of("code", "CERT", "amount", 20.00))))
                .post("/fees/{n}", a.getString("applicationNumber")).then().statusCode(201);
        rate(a, "VERY_SATISFIED", "办事很快");

        // Friday 16th: B is overdue (its stage and the case: two red cards)
        Api.travelTo(OCTOBER_12.plusSeconds(4 * DAY));
        SupervisedCases.scan();
        // Monday 19th: P's four departments are past their first stage (a red card each); B refused after 5 working days;
        // C accepted; C urged; a complaint about the bureau filed and accepted
        Api.travelTo(OCTOBER_12.plusSeconds(7 * DAY));
        SupervisedCases.scan();
        Tasks.decideAtWindow("wang.fang", b.getString("applicationNumber"), false, "经审查，申请材料与实际情况不符，不予许可");
        String c = SupervisedCases.submit(item, "广州天河十月丙有限公司").getString("applicationNumber");
        SupervisedCases.accept(c);
        Api.json(Api.as("sun.li")).body(Map.of("applicationNumber", c, "department", "TH-SCJ", "reason", "请加快办理", "answerBy", "2026-10-22"))
                .post("/urgings").then().statusCode(201);
        Api.json(Api.anonymous()).body(Map.of("complainant", Map.of("name", "李先生", "phone", "13812345678"),
                        "applicationNumber", b.getString("applicationNumber"), "subject", "办理超期", "description", "承诺三个工作日办结，实际拖了一周多才答复。"))
                .post("/complaints").then().statusCode(201);
        long complaintId = ((Number) Api.as("sun.li").get("/complaint-handling").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.applicationNumber == '" + b.getString("applicationNumber") + "' }.id").get(0)).longValue();
        Api.as("sun.li").post("/complaint-handling/{id}/acceptance", complaintId).then().statusCode(200);

        // Tuesday 20th: B rated dissatisfied; the complaint upheld
        Api.travelTo(OCTOBER_12.plusSeconds(8 * DAY));
        rate(b, "DISSATISFIED", "办理时间太长");
        Api.json(Api.as("sun.li")).body(Map.of("findings", "经核查，该件超出承诺时限两个工作日", "upheld", true, "decision", "责令改正并通报"))
                .post("/complaint-handling/{id}/decision", complaintId).then().statusCode(200);
        Api.resetClock();

        // By hand, October, the item: accepted A, B, C = 3; completed A, B = 2, one in time; working days 2 + 5 = 7, on average 3.50;
        // nothing carried in from September (F finished there); C still in progress; completion 2 / (0 + 3); fees 20.00
        JsonPath october = Api.as("zhao.min").queryParam("from", "2026-10-01").queryParam("to", "2026-11-01").queryParam("item", item)
                .get("/statistics").then().statusCode(200).extract().jsonPath().using(DECIMALS);
        assertFigures(october, "figures", 3, 2, 1, 0, 1, 7, "0.6667", "0.5000", "3.50", "20.00");
        // month on month: September had F only; year on year: nothing
        assertFigures(october, "previousPeriod", 1, 1, 1, 0, 0, 2, "1.0000", "1.0000", "2.00", "0.00");
        assertFigures(october, "sameLastYear", 0, 0, 0, 0, 0, 0, "0.0000", "0.0000", "0.00", "0.00");

        // A parallel case counts once in the total, under its lead department, and as a part under each cooperating department
        JsonPath parallel = Api.as("zhao.min").queryParam("month", "2026-10").queryParam("item", "BL-001").get("/statistics/month")
                .then().statusCode(200).extract().jsonPath();
        assertThat(parallel.getLong("figures.accepted")).isEqualTo(1);
        assertThat(parallel.getList("byDepartment.code")).containsExactlyInAnyOrder("TH-SCJ", "TH-STJ", "TH-XFJ", "TH-CGJ", "TH-WJJ");
        assertThat(parallel.getList("byDepartment.figures.accepted", Integer.class)).containsOnly(1);
        assertThat(Api.as("zhao.min").queryParam("month", "2026-10").queryParam("item", "BL-001").queryParam("department", "TH-STJ")
                .get("/statistics/month").then().statusCode(200).extract().jsonPath().getLong("figures.accepted")).isEqualTo(1);

        // The bureau's October score, by hand with the standard weights: on time 1 of 2 → 60 × 0.5 = 30; good ratings 1 of 2 → 40 × 0.5 = 20;
        // 2 overdue red cards × 2 = −4; 1 urging × 1 = −1; 1 upheld complaint × 5 = −5; 1 correction asked for × 0.5 = −0.5: 39.50
        List<Map<String, Object>> ranking = Api.as("zhao.min").queryParam("month", "2026-10").get("/performance/ranking").then()
                .statusCode(200).extract().jsonPath().using(DECIMALS).getList("$");
        Map<String, Object> bureau = ranking.stream().filter(r -> "TH-SCJ".equals(r.get("department"))).findFirst().orElseThrow();
        assertThat(bureau).containsEntry("finished", 2).containsEntry("onTime", 1).containsEntry("overdue", 2).containsEntry("urgings", 1)
                .containsEntry("ratings", 2).containsEntry("goodRatings", 1).containsEntry("complaintsUpheld", 1).containsEntry("corrections", 1);
        assertThat(bureau.get("score").toString()).isEqualTo("39.50");
        assertThat(bureau.get("onTimePoints").toString()).isEqualTo("30.00");
        assertThat(bureau.get("complaintPoints").toString()).isEqualTo("-5.00");
        // P's departments lost 2 points each for their overdue first stage; a department with nothing against it scores 100
        Map<String, Object> environment = ranking.stream().filter(r -> "TH-STJ".equals(r.get("department"))).findFirst().orElseThrow();
        assertThat(environment.get("score").toString()).isEqualTo("98.00");
        assertThat(ranking.get(0).get("score").toString()).isEqualTo("100.00");
        assertThat(bureau.get("rank")).isEqualTo(ranking.size());

        // Closing the finished months into summary rows changes no figure
        Api.as("admin").post("/admin/statistics/months").then().statusCode(200);
        JsonPath summarised = Api.as("zhao.min").queryParam("from", "2026-10-01").queryParam("to", "2026-11-01").queryParam("item", item)
                .get("/statistics").then().statusCode(200).extract().jsonPath().using(DECIMALS);
        assertThat(summarised.getMap("figures")).isEqualTo(october.getMap("figures"));
        assertThat(summarised.getMap("previousPeriod")).isEqualTo(october.getMap("previousPeriod"));
        JsonPath november = Api.as("zhao.min").queryParam("month", "2026-11").queryParam("item", item).get("/statistics/month")
                .then().statusCode(200).extract().jsonPath();
        assertThat(november.getLong("figures.carriedIn")).as("C carried into November").isEqualTo(1);
        assertThat(november.getLong("figures.inProgress")).isEqualTo(1);

        // Leaders only; a wrong period is refused with its field
        Api.as("wang.fang").queryParam("month", "2026-10").get("/statistics/month").then().statusCode(403);
        Api.as("zhao.min").queryParam("from", "2026-11-01").queryParam("to", "2026-10-01").get("/statistics").then().statusCode(400);
    }

    private static void rate(JsonPath receipt, String grade, String comment) {
        Api.json(Api.anonymous()).body(Map.of("applicationNumber", receipt.getString("applicationNumber"),
                "queryCode", receipt.getString("queryCode"), "grade", grade, "comment", comment)).post("/ratings").then().statusCode(201);
    }

    private static void assertFigures(JsonPath view, String which, long accepted, long completed, long onTime, long carriedIn,
                                      long inProgress, long workingDays, String completionRate, String onTimeRate, String average,
                                      String fees) {
        assertThat(view.getLong(which + ".accepted")).as(which + " accepted").isEqualTo(accepted);
        assertThat(view.getLong(which + ".completed")).as(which + " completed").isEqualTo(completed);
        assertThat(view.getLong(which + ".onTime")).as(which + " on time").isEqualTo(onTime);
        assertThat(view.getLong(which + ".carriedIn")).as(which + " carried in").isEqualTo(carriedIn);
        assertThat(view.getLong(which + ".inProgress")).as(which + " in progress").isEqualTo(inProgress);
        assertThat(view.getLong(which + ".workingDays")).as(which + " working days").isEqualTo(workingDays);
        assertThat(view.getString(which + ".completionRate")).as(which + " completion rate").isEqualTo(completionRate);
        assertThat(view.getString(which + ".onTimeRate")).as(which + " on-time rate").isEqualTo(onTimeRate);
        assertThat(view.getString(which + ".averageWorkingDays")).as(which + " average").isEqualTo(average);
        assertThat(view.getString(which + ".fees")).as(which + " fees").isEqualTo(fees);
    }
}
