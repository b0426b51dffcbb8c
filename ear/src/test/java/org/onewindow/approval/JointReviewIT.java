package org.onewindow.approval;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.platform.Tasks.awaitAt;

/**
 * 联审制: the lead department convenes a joint review of a construction project, the invited
 * departments record their opinions in it, the minutes are kept, and the recorded opinions are those
 * departments' answers; a department that gave none goes on with its own stages.
 */
class JointReviewIT {

    @Test
    void the_opinions_recorded_in_a_concluded_joint_review_are_the_departments_answers() {
        String number = StageActionsIT.acceptedProject("广州天河联审会议建设有限公司");
        for (String clerk : List.of("guo.ping", "zhang.wei", "tang.lei", "yang.fan", "xie.na")) {
            awaitAt(clerk, number, "受理审查");
        }

        Api.json(Api.as("li.na")).body(Map.of("applicationNumber", number, "scheduledAt", Instant.now().toString(), "place", "三楼联审室"))
                .post("/joint-reviews").then().statusCode(400).body("errors[0].field", equalTo("scheduledAt"));
        Api.json(Api.as("wang.fang")).body(meeting(number)).post("/joint-reviews").then().statusCode(403);
        JsonPath convened = Api.json(Api.as("li.na")).body(meeting(number)).post("/joint-reviews").then().statusCode(200)
                .body("status", equalTo("SCHEDULED")).extract().jsonPath();
        int meeting = convened.getInt("id");
        assertThat(convened.getList("departments.department", String.class))
                .containsExactlyInAnyOrder("TH-GHZ", "TH-STJ", "TH-ZJJ", "TH-XFJ", "TH-RFB");

        // The invited departments see the invitation; others neither see it nor speak in it.
        assertThat(Api.as("yang.fan").get("/joint-reviews").then().statusCode(200).extract().jsonPath().getList("id", Integer.class))
                .contains(meeting);
        assertThat(Api.as("lin.tao").get("/joint-reviews").then().statusCode(200).extract().jsonPath().getList("id", Integer.class))
                .doesNotContain(meeting);
        opinion("lin.tao", meeting, true, "同意").then().statusCode(403);
        opinion("guo.ping", meeting, true, "").then().statusCode(400).body("errors[0].field", equalTo("opinion"));

        opinion("guo.ping", meeting, true, "总平面图符合控制性详细规划，同意").then().statusCode(200);
        opinion("zhang.wei", meeting, true, "环评报告表结论可信，同意").then().statusCode(200);
        opinion("tang.lei", meeting, true, "施工图审查合格，同意").then().statusCode(200);
        opinion("yang.fan", meeting, true, "消防设计符合规范，同意").then().statusCode(200);
        // the civil defence office sends nobody: it answers later through its own stages

        Api.json(Api.as("li.na")).body(Map.of("minutes", " ")).post("/joint-reviews/{id}/conclusion", meeting)
                .then().statusCode(400).body("errors[0].field", equalTo("minutes"));
        Api.json(Api.as("li.na")).body(Map.of("minutes", "2026年联审会议纪要：规划、环保、住建、消防四部门同意，人防办未到会，另行审批。"))
                .post("/joint-reviews/{id}/conclusion", meeting).then().statusCode(200).body("status", equalTo("CONCLUDED"));
        opinion("xie.na", meeting, true, "迟到的意见").then().statusCode(409);

        assertThat(departmentsApproved(number)).isEqualTo(4);
        assertThat(Tasks.inList("guo.ping", number)).as("answered in the meeting").isNull();
        assertThat(Tasks.history("li.na", number)).doesNotContain("ALL_DEPARTMENTS_ANSWERED")
                .contains("JOINT_REVIEW_SCHEDULED", "JOINT_REVIEW_OPINION", "JOINT_REVIEW_CONCLUDED");

        Tasks.throughThreeStages(number, "xie.na", "deng.chao", "peng.wei", "人防工程设计符合要求，同意");
        Tasks.await(() -> Tasks.history("li.na", number).contains("ALL_DEPARTMENTS_ANSWERED"));
        Tasks.decideAtWindow("li.na", number, true, "联审通过，准予许可");

        JsonPath kept = Api.as("li.na").queryParam("application", number).get("/joint-reviews").then().statusCode(200)
                .extract().jsonPath();
        assertThat(kept.getString("[0].minutes")).startsWith("2026年联审会议纪要");
        assertThat(kept.getList("[0].departments.opinion", String.class)).contains("消防设计符合规范，同意");
    }

    private static Map<String, Object> meeting(String number) {
        return Map.of("applicationNumber", number, "scheduledAt", Instant.now().plus(Duration.ofDays(2)).toString(),
                "place", "天河区政务服务中心三楼联审室");
    }

    private static io.restassured.response.Response opinion(String user, int meeting, boolean agree, String text) {
        return Api.json(Api.as(user)).body(Map.of("agree", agree, "opinion", text)).post("/joint-reviews/{id}/opinion", meeting);
    }

    private static long departmentsApproved(String number) {
        List<Map<String, Object>> parts = Api.as("li.na").get("/window/applications/{n}/departments", number).then()
                .extract().jsonPath().getList("$");
        return parts.stream().filter(p -> "APPROVED".equals(p.get("status")) && p.get("decidedAt") != null).count();
    }
}
