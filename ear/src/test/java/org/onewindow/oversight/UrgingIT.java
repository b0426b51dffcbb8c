package org.onewindow.oversight;

import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.oversight.SupervisedCases.cards;
import static org.onewindow.oversight.SupervisedCases.count;

/**
 * A supervisor urges a department about a case (催办通知书, a PDF in Chinese); the department acknowledges and answers;
 * urgings are counted per case and per department; one left unanswered past its day raises a red card.
 */
class UrgingIT {

    /** Monday 14 December 2026, 10:00 in Guangzhou. */
    private static final Instant MONDAY = Instant.parse("2026-12-14T02:00:00Z");

    @AfterEach
    void backToTheRealTime() {
        Api.resetClock();
    }

    @Test
    void an_urging_is_issued_printed_counted_acknowledged_and_answered_and_one_left_unanswered_is_a_red_card() throws IOException {
        String item = SupervisedCases.item("IT-URGING", 5, Map.of());
        Api.travelTo(MONDAY);
        String number = SupervisedCases.submit(item, "广州天河催办测试有限公司").getString("applicationNumber");
        SupervisedCases.accept(number);

        Api.json(Api.as("sun.li")).body(Map.of("applicationNumber", number, "department", "TH-SCJ", "reason", " ", "answerBy", "2026-12-14"))
                .post("/urgings").then().statusCode(400).body("errors.field", org.hamcrest.Matchers.containsInAnyOrder("reason", "answerBy"));
        Api.json(Api.as("sun.li")).body(Map.of("applicationNumber", number, "department", "TH-STJ", "reason", "请加快办理", "answerBy", "2026-12-16"))
                .post("/urgings").then().statusCode(400).body("errors[0].field", equalTo("department"));
        Api.json(Api.as("wang.fang")).body(Map.of("applicationNumber", number, "department", "TH-SCJ", "reason", "请加快办理", "answerBy", "2026-12-16"))
                .post("/urgings").then().statusCode(403);

        JsonPath first = Api.json(Api.as("sun.li")).body(Map.of("applicationNumber", number, "department", "TH-SCJ",
                        "reason", "该件已临近承诺期限，请加快办理", "answerBy", "2026-12-16"))
                .post("/urgings").then().statusCode(201).body("status", equalTo("ISSUED")).extract().jsonPath();
        Api.json(Api.as("sun.li")).body(Map.of("applicationNumber", number, "department", "TH-SCJ", "reason", "再次催办，请于期限内答复",
                "answerBy", "2026-12-17")).post("/urgings").then().statusCode(201);
        assertThat(first.getString("urgingNumber")).startsWith("CB20261214");

        byte[] pdf = Api.as("sun.li").get("/urgings/{id}/notice", first.getLong("id")).then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        String text = textOf(pdf);
        assertThat(text).contains("催办通知书", "天河区市场监督管理局", number, "该件已临近承诺期限，请加快办理", "2026年12月16日", "第1次");
        Api.as("zhang.wei").get("/urgings/{id}/notice", first.getLong("id")).then().statusCode(403);

        // counted per case and per department
        List<Map<String, Object>> perCase = Api.as("zhao.min").get("/supervision/applications/{n}/urgings", number).then().statusCode(200)
                .extract().jsonPath().getList("$");
        assertThat(perCase).singleElement().satisfies(c -> assertThat(c).containsEntry("key", "TH-SCJ").containsEntry("urgings", 2)
                .containsEntry("unanswered", 2));
        List<Map<String, Object>> perDepartment = Api.as("sun.li").queryParam("from", "2026-12-14").queryParam("to", "2026-12-15")
                .get("/supervision/urgings").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(perDepartment).filteredOn(c -> "TH-SCJ".equals(c.get("key"))).singleElement()
                .satisfies(c -> assertThat(((Number) c.get("urgings")).intValue()).isGreaterThanOrEqualTo(2));

        // the department sees it, acknowledges and answers; another department cannot
        assertThat(Api.as("zheng.hao").get("/urgings").then().statusCode(200).extract().jsonPath().getList("urgingNumber"))
                .contains(first.getString("urgingNumber"));
        Api.as("zhang.wei").post("/urgings/{id}/acknowledgement", first.getLong("id")).then().statusCode(403);
        Api.as("zheng.hao").post("/urgings/{id}/acknowledgement", first.getLong("id")).then().statusCode(200)
                .body("status", equalTo("ACKNOWLEDGED")).body("acknowledgedBy", equalTo("zheng.hao"));
        Api.json(Api.as("zheng.hao")).body(Map.of("answer", "已安排专人办理，12月16日前办结")).post("/urgings/{id}/answer", first.getLong("id"))
                .then().statusCode(200).body("status", equalTo("ANSWERED"));
        Api.json(Api.as("zheng.hao")).body(Map.of("answer", "重复答复")).post("/urgings/{id}/answer", first.getLong("id")).then().statusCode(409);

        // the second is left unanswered past its day (Thursday 17th): a red card on the bureau, once
        Api.travelTo(MONDAY.plusSeconds(4 * 86_400));
        SupervisedCases.scan();
        SupervisedCases.scan();
        assertThat(count(cards(number), "URGING_UNANSWERED")).isEqualTo(1);
        assertThat(Api.as("sun.li").get("/supervision/applications/{n}", number).then().statusCode(200).extract().jsonPath()
                .getList("urgings.status")).containsExactly("ANSWERED", "ISSUED");
    }

    private static String textOf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
