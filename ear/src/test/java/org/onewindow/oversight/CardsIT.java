package org.onewindow.oversight;

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
import static org.onewindow.oversight.SupervisedCases.cards;
import static org.onewindow.oversight.SupervisedCases.count;
import static org.onewindow.oversight.SupervisedCases.scan;

/**
 * Yellow and red cards on the running server, its clock moved through December 2026 (no holidays, so working
 * days are plain to count): a stage gets exactly one yellow card as its deadline nears and one red card when it
 * is overdue, however often the scan runs; a suspended stage gets none while its clock is stopped; the people
 * responsible are told; the cards are closed, and kept, when the stage ends.
 */
class CardsIT {

    /** Monday 14 December 2026, 10:00 in Guangzhou. */
    private static final Instant MONDAY = Instant.parse("2026-12-14T02:00:00Z");
    private static final long DAY = 86_400;

    @AfterEach
    void backToTheRealTime() {
        Api.resetClock();
    }

    @Test
    void a_stage_gets_one_yellow_card_as_its_deadline_nears_and_one_red_card_when_it_is_overdue() {
        String item = SupervisedCases.item("IT-CARDS", 5, Map.of());
        Api.travelTo(MONDAY);
        String number = SupervisedCases.submit(item, "广州天河黄牌测试有限公司").getString("applicationNumber");
        String acceptedAt = SupervisedCases.accept(number);
        // 5 working days from Monday: due Monday 21 December; the stage's yellow day (80 % of 5 days, or 1 day before) is Friday 18th
        assertThat(Api.deadline(acceptedAt, 5)).isEqualTo("2026-12-21");

        Api.travelTo(MONDAY.plusSeconds(3 * DAY));
        scan();
        assertThat(count(cards(number), "STAGE_NEAR_DEADLINE")).isZero();
        assertThat(count(cards(number), "CASE_NEAR_DEADLINE")).as("the case's own warning, 2 working days before").isEqualTo(1);

        Api.travelTo(MONDAY.plusSeconds(4 * DAY));
        scan();
        scan();
        List<Map<String, Object>> friday = cards(number);
        assertThat(count(friday, "STAGE_NEAR_DEADLINE")).isEqualTo(1);
        assertThat(count(friday, "STAGE_OVERDUE")).isZero();
        Map<String, Object> yellow = friday.stream().filter(c -> "STAGE_NEAR_DEADLINE".equals(c.get("cause"))).findFirst().orElseThrow();
        assertThat(yellow).containsEntry("color", "YELLOW").containsEntry("status", "ACTIVE").containsEntry("department", "TH-SCJ")
                .containsEntry("dueDate", "2026-12-21").containsEntry("stage", "审核办结");

        // the deadline day itself is still in time; the day after it is overdue
        Api.travelTo(MONDAY.plusSeconds(7 * DAY));
        scan();
        assertThat(count(cards(number), "STAGE_OVERDUE")).isZero();
        Api.travelTo(MONDAY.plusSeconds(8 * DAY));
        scan();
        scan();
        List<Map<String, Object>> tuesday = cards(number);
        assertThat(count(tuesday, "STAGE_NEAR_DEADLINE")).isEqualTo(1);
        assertThat(count(tuesday, "STAGE_OVERDUE")).isEqualTo(1);
        assertThat(count(tuesday, "CASE_OVERDUE")).isEqualTo(1);

        // the clerk of the case, the section chief and the supervisor are told
        Tasks.await(() -> {
            List<Map<String, Object>> told = Api.as("wang.fang").get("/window/applications/{n}/notifications", number).then()
                    .statusCode(200).extract().jsonPath().getList("findAll { it.kind == 'CARD_RAISED' }");
            return told.stream().map(t -> t.get("recipient")).toList().containsAll(List.of("wang.fang", "zheng.hao", "sun.li"));
        });

        // the board counts the case's active cards under its department and item
        JsonPath board = Api.as("sun.li").get("/supervision/board").then().statusCode(200).extract().jsonPath();
        assertThat(board.getInt("byItem.find { it.code == '" + item + "' }.red")).isEqualTo(2);
        assertThat(board.getInt("byItem.find { it.code == '" + item + "' }.yellow")).isEqualTo(2);

        // decided late: the cards are closed and stay on record
        Tasks.decideAtWindow("wang.fang", number, true, "准予登记");
        List<Map<String, Object>> after = cards(number);
        assertThat(after).hasSize(4).allSatisfy(card -> assertThat(card).containsEntry("status", "CLOSED"));
        scan();
        assertThat(cards(number)).hasSize(4);
    }

    @Test
    void a_suspended_stage_gets_no_card_while_its_clock_is_stopped_and_its_deadline_moves() {
        Api.travelTo(MONDAY);
        String food = """
                {"itemCode":"SCJ-003",
                 "applicant":{"kind":"ENTERPRISE","identifier":"%s","name":"广州天河暂停监察餐饮有限公司","phone":"13912345678"},
                 "fields":{"companyName":"广州天河暂停监察餐饮有限公司","address":"广州市天河区体育西路1号"}}"""
                .formatted(Applications.creditCode());
        String number = Api.submit(food, Api.pdfs("APPLY", "LAYOUT", "SAFETY-RULES")).then().statusCode(201).extract()
                .path("applicationNumber");
        SupervisedCases.accept(number);
        // 受理审查 takes 3 of the 5 working days: due Thursday 17th, yellow from Wednesday 16th
        int task = Tasks.awaitAt("wu.jing", number, "受理审查");
        Tasks.act("wu.jing", task, "suspension", Map.of("kind", "INSPECTION", "plannedWorkingDays", 5, "reason", "现场核查经营场所"))
                .then().statusCode(200);

        // a week later: long past the old deadline, yet the clock has stood still
        Api.travelTo(MONDAY.plusSeconds(7 * DAY));
        scan();
        assertThat(cards(number)).isEmpty();

        JsonPath resumed = Tasks.act("wu.jing", task, "resumption", null).then().statusCode(200).extract().jsonPath();
        assertThat(resumed.getString("stageDeadline")).as("5 working days later").isEqualTo("2026-12-24");
        scan();
        assertThat(cards(number)).isEmpty();

        Api.travelTo(MONDAY.plusSeconds(9 * DAY));
        scan();
        List<Map<String, Object>> wednesday = cards(number);
        assertThat(count(wednesday, "STAGE_NEAR_DEADLINE")).isEqualTo(1);
        assertThat(count(wednesday, "STAGE_OVERDUE")).isZero();
        assertThat(wednesday.get(0)).containsEntry("dueDate", "2026-12-24").containsEntry("stage", "受理审查");

        // the stage moves on: its yellow card is closed, the next stage starts clean
        Tasks.approve("wu.jing", task, "材料齐全", true);
        assertThat(cards(number)).singleElement().satisfies(card -> assertThat(card).containsEntry("status", "CLOSED"));
    }

    @Test
    void a_card_rule_is_changed_by_an_administrator_only_checked_and_audited() {
        Api.json(Api.as("sun.li")).body(Map.of("enabled", true, "sharePercent", 70, "daysBefore", 1))
                .put("/supervision/card-rules/STAGE_NEAR_DEADLINE").then().statusCode(403);
        Api.json(Api.as("admin")).body(Map.of("enabled", true, "sharePercent", 120, "daysBefore", 1, "minLength", 3))
                .put("/supervision/card-rules/STAGE_NEAR_DEADLINE").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("sharePercent", "minLength"));
        Api.json(Api.in("en").auth().preemptive().basic("admin", Api.PASSWORD)).body(Map.of("enabled", true))
                .put("/supervision/card-rules/NO_SUCH_CAUSE").then().statusCode(400)
                .body("errors[0].message", equalTo("There is no rule called \"NO_SUCH_CAUSE\""));
        Api.json(Api.as("admin")).body(Map.of("enabled", true, "minLength", 8))
                .put("/supervision/card-rules/REFUSAL_WITHOUT_REASON").then().statusCode(200)
                .body("minLength", equalTo(8)).body("changedBy", equalTo("admin"));
        List<Map<String, Object>> rules = Api.as("sun.li").get("/supervision/card-rules").then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(rules).filteredOn(r -> "REFUSAL_WITHOUT_REASON".equals(r.get("cause"))).singleElement()
                .satisfies(r -> assertThat(r).containsEntry("minLength", 8));
        Api.json(Api.as("admin")).body(Map.of("enabled", true, "minLength", 6))
                .put("/supervision/card-rules/REFUSAL_WITHOUT_REASON").then().statusCode(200);
    }
}
