package org.onewindow.oversight;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Tasks;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.onewindow.oversight.SupervisedCases.cards;
import static org.onewindow.oversight.SupervisedCases.count;

/**
 * What supervision sees of the window and of the public: fees checked against the schedule (a red card for one above
 * it on a chief's override), a refusal without a real reason and a late acceptance as red cards, ratings with a
 * follow-up that must be answered, and complaints through their small workflow, followed with a number and code.
 */
class PublicSupervisionIT {

    /** Monday 14 December 2026, 10:00 in Guangzhou. */
    private static final Instant MONDAY = Instant.parse("2026-12-14T02:00:00Z");
    private static final long DAY = 86_400;

    @AfterEach
    void backToTheRealTime() {
        Api.resetClock();
    }

    @Test
    void fees_are_checked_against_the_schedule_and_one_above_it_needs_a_chiefs_reason_and_is_a_red_card() {
        String item = SupervisedCases.item("IT-FEES", 5, Map.of("PERMIT", "50.00", "COPY", "10.00"));
        String number = approvedCase(item, "广州天河收费测试有限公司").getString("applicationNumber");

        Api.json(Api.as("wang.fang")).body(Map.of("fees", List.of(Map.of("code", "PERMIT", "amount", 60), Map.of("code", "PARKING", "amount", 5))))
                .post("/fees/{n}", number).then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("fees[0].amount", "fees[1].code"))
                .body("errors[0].message", containsString("50.00"));
        Api.json(Api.as("li.na")).body(Map.of("fees", List.of(Map.of("code", "PERMIT", "amount", 50)))).post("/fees/{n}", number)
                .then().statusCode(403);
        JsonPath receipt = Api.json(Api.as("wang.fang")).body(Map.of("fees", List.of(Map.of("code", "PERMIT", "amount", 50),
                        Map.of("code", "COPY", "amount", 10)))).post("/fees/{n}", number).then().statusCode(201)
                .body("receiptNumber", startsWith("SF")).body("aboveSchedule", equalTo(false)).extract().jsonPath();
        assertThat(receipt.getDouble("total")).isEqualTo(60.0);
        Api.json(Api.as("wang.fang")).body(Map.of("fees", List.of(Map.of("code", "PERMIT", "amount", 50)))).post("/fees/{n}", number)
                .then().statusCode(409);
        assertThat(count(cards(number), "FEE_ABOVE_SCHEDULE")).isZero();

        // a chief of the lead department may record more, with a reason: on record as a red card
        String other = approvedCase(item, "广州天河超标收费测试有限公司").getString("applicationNumber");
        Api.json(Api.as("zheng.hao")).body(Map.of("fees", List.of(Map.of("code", "PERMIT", "amount", 80)))).post("/fees/{n}/override", other)
                .then().statusCode(400).body("errors[0].field", equalTo("overrideReason"));
        Api.json(Api.as("zheng.hao")).body(Map.of("fees", List.of(Map.of("code", "PERMIT", "amount", 80)), "reason", "含加急制证费用，经局长批准"))
                .post("/fees/{n}/override", other).then().statusCode(201).body("aboveSchedule", equalTo(true)).body("path", equalTo("OVERRIDE"));
        Tasks.await(() -> count(cards(other), "FEE_ABOVE_SCHEDULE") == 1);
        assertThat(cards(other)).filteredOn(c -> "FEE_ABOVE_SCHEDULE".equals(c.get("cause"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("color", "RED").containsEntry("responsible", "zheng.hao"));
    }

    @Test
    void a_refusal_without_a_real_reason_and_an_acceptance_after_five_working_days_are_red_cards() {
        String item = SupervisedCases.item("IT-BREACH", 5, Map.of());
        Api.travelTo(MONDAY);
        String rejected = SupervisedCases.submit(item, "广州天河理由测试有限公司").getString("applicationNumber");
        Api.json(Api.as("wang.fang")).body(Map.of("reason", "不符合")).post("/window/applications/{n}/rejection", rejected).then().statusCode(200);
        Tasks.await(() -> count(cards(rejected), "REFUSAL_WITHOUT_REASON") == 1);

        String late = SupervisedCases.submit(item, "广州天河超期受理测试有限公司").getString("applicationNumber");
        String inTime = SupervisedCases.submit(item, "广州天河按时受理测试有限公司").getString("applicationNumber");
        Api.travelTo(MONDAY.plusSeconds(7 * DAY));
        SupervisedCases.accept(inTime);
        Api.travelTo(MONDAY.plusSeconds(8 * DAY));
        SupervisedCases.accept(late);
        Tasks.await(() -> count(cards(late), "LATE_ACCEPTANCE") == 1);
        assertThat(count(cards(inTime), "LATE_ACCEPTANCE")).as("5 working days is still in time").isZero();
    }

    @Test
    void an_applicant_rates_once_a_bad_rating_opens_a_follow_up_and_one_left_unanswered_is_a_red_card() {
        String item = SupervisedCases.item("IT-RATING", 5, Map.of());
        JsonPath receipt = approvedCase(item, "广州天河评价测试有限公司");
        String number = receipt.getString("applicationNumber");

        Api.json(Api.anonymous()).body(Map.of("applicationNumber", number, "queryCode", "WRONG123", "grade", "SATISFIED"))
                .post("/ratings").then().statusCode(404);
        Api.json(Api.anonymous()).body(Map.of("applicationNumber", number, "queryCode", receipt.getString("queryCode"), "grade", "SO_SO"))
                .post("/ratings").then().statusCode(400).body("errors[0].field", equalTo("grade"));
        Api.json(Api.in("en")).body(Map.of("applicationNumber", number, "queryCode", receipt.getString("queryCode"), "grade", "VERY_DISSATISFIED"))
                .post("/ratings").then().statusCode(400).body("errors[0].field", equalTo("comment"))
                .body("errors[0].message", equalTo("Please say why you are dissatisfied"));
        JsonPath rating = Api.json(Api.anonymous()).body(Map.of("applicationNumber", number, "queryCode", receipt.getString("queryCode"),
                        "grade", "VERY_DISSATISFIED", "comment", "窗口人员态度冷淡，多次往返"))
                .post("/ratings").then().statusCode(201).body("followUp", equalTo("OPEN")).extract().jsonPath();
        // 5 working days from Monday 14th
        assertThat(rating.getString("followUpDue")).isEqualTo("2026-12-21");
        Api.json(Api.anonymous()).body(Map.of("applicationNumber", number, "queryCode", receipt.getString("queryCode"), "grade", "SATISFIED"))
                .post("/ratings").then().statusCode(409);

        assertThat(Api.as("zheng.hao").get("/follow-ups").then().statusCode(200).extract().jsonPath().getList("applicationNumber"))
                .contains(number);
        Api.travelTo(MONDAY.plusSeconds(8 * DAY));
        SupervisedCases.scan();
        SupervisedCases.scan();
        assertThat(count(cards(number), "FOLLOW_UP_OVERDUE")).isEqualTo(1);
        Api.json(Api.as("liu.yang")).body(Map.of("answer", "已回访")).post("/follow-ups/{id}/answer", rating.getLong("id")).then().statusCode(403);
        Api.json(Api.as("zheng.hao")).body(Map.of("answer", "已约谈窗口人员并电话回访申请人，申请人表示认可"))
                .post("/follow-ups/{id}/answer", rating.getLong("id")).then().statusCode(200).body("followUp", equalTo("ANSWERED"));
        assertThat(cards(number)).filteredOn(c -> "FOLLOW_UP_OVERDUE".equals(c.get("cause"))).singleElement()
                .satisfies(c -> assertThat(c).containsEntry("status", "CLOSED"));
    }

    @Test
    void a_complaint_goes_from_filing_to_reply_within_its_working_days_and_is_followed_with_its_number_and_code() {
        Api.travelTo(MONDAY);
        Api.json(Api.anonymous()).body(Map.of("complainant", Map.of("name", "", "phone", "123"), "department", "TH-NOPE", "subject", "",
                        "description", "短")).post("/complaints").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItems("complainant.phone", "department", "complainant.name", "subject", "description"));
        JsonPath receipt = Api.json(Api.anonymous()).body(Map.of("complainant", Map.of("name", "张女士", "phone", "13712345678"),
                        "department", "TH-WJJ", "subject", "现场核查人员迟到", "description", "约定上午九点现场核查，工作人员十一点才到，影响营业。"))
                .post("/complaints").then().statusCode(201).body("acceptBy", equalTo("2026-12-16")).extract().jsonPath();
        String number = receipt.getString("complaintNumber");
        Api.anonymous().queryParam("queryCode", "WRONG").get("/complaints/{n}", number).then().statusCode(404);
        Api.anonymous().queryParam("queryCode", receipt.getString("queryCode")).get("/complaints/{n}", number).then().statusCode(200)
                .body("status", equalTo("FILED"));

        long id = ((Number) Api.as("sun.li").get("/complaint-handling").then().statusCode(200).extract().jsonPath()
                .getList("findAll { it.complaintNumber == '" + number + "' }.id").get(0)).longValue();
        Api.as("wang.fang").get("/complaint-handling").then().statusCode(403);
        Api.json(Api.as("sun.li")).body(Map.of("reply", "已处理")).post("/complaint-handling/{id}/reply", id).then().statusCode(409);

        // not accepted by Wednesday 16th: near its deadline on the 15th (yellow), overdue on the 17th (red)
        Api.travelTo(MONDAY.plusSeconds(DAY));
        SupervisedCases.scan();
        Api.travelTo(MONDAY.plusSeconds(3 * DAY));
        SupervisedCases.scan();
        List<Map<String, Object>> open = Api.as("sun.li").queryParam("department", "TH-DBK").queryParam("status", "ACTIVE")
                .get("/supervision/cards").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(open).filteredOn(c -> ("complaint " + number + " at step FILED, due 2026-12-16").equals(c.get("detail")))
                .extracting(c -> c.get("cause")).containsExactlyInAnyOrder("COMPLAINT_NEAR_DEADLINE", "COMPLAINT_OVERDUE");

        Api.as("sun.li").post("/complaint-handling/{id}/acceptance", id).then().statusCode(200).body("status", equalTo("INVESTIGATING"))
                .body("stepDue", equalTo("2026-12-31"));
        Api.json(Api.as("sun.li")).body(Map.of("findings", "经核查属实", "decision", "对相关人员批评教育")).post("/complaint-handling/{id}/decision", id)
                .then().statusCode(400).body("errors[0].field", equalTo("upheld"));
        Api.json(Api.as("sun.li")).body(Map.of("findings", "经核查属实", "upheld", true, "decision", "对相关人员批评教育"))
                .post("/complaint-handling/{id}/decision", id).then().statusCode(200).body("status", equalTo("DECIDED"));
        Api.json(Api.as("sun.li")).body(Map.of("reply", "您反映的情况属实，已对相关人员批评教育，感谢监督。"))
                .post("/complaint-handling/{id}/reply", id).then().statusCode(200).body("status", equalTo("REPLIED"));
        Api.anonymous().queryParam("queryCode", receipt.getString("queryCode")).get("/complaints/{n}", number).then().statusCode(200)
                .body("status", equalTo("REPLIED")).body("upheld", equalTo(true)).body("reply", startsWith("您反映的情况属实"));

        // filed in person at the hall
        Api.json(Api.as("wang.fang")).body(Map.of("complainant", Map.of("name", "王先生", "phone", "020-38880000"), "department", "TH-SCJ",
                "subject", "排队时间过长", "description", "上午在市场监管窗口排队超过一个半小时。")).post("/complaint-handling/hall").then().statusCode(201);
    }

    /** A case of the item accepted and approved at the window on Monday 14 December. */
    private static JsonPath approvedCase(String item, String company) {
        Api.travelTo(MONDAY);
        JsonPath receipt = SupervisedCases.submit(item, company);
        SupervisedCases.accept(receipt.getString("applicationNumber"));
        Tasks.decideAtWindow("wang.fang", receipt.getString("applicationNumber"), true, "准予许可");
        return receipt;
    }
}
