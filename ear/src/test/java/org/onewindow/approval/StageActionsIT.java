package org.onewindow.approval;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.Tasks;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.platform.Tasks.approve;
import static org.onewindow.platform.Tasks.awaitAt;

/** The actions on a stage task beside approving it: claim, return, hand over, and a refusal that refuses the whole case. */
class StageActionsIT {

    @Test
    void a_task_returned_to_an_earlier_stage_waits_there_for_that_stages_role_with_the_reason_on_record() {
        String number = acceptedRestaurant("广州天河退回重审餐饮有限公司");
        int signs = awaitAt("he.xin", number, "受理审查");
        approve("he.xin", signs, "招牌效果图已提交", true);
        awaitAt("zhu.hong", number, "审核");

        Tasks.act("zhu.hong", signs, "return", Map.of("stage", 0, "reason", "")).then().statusCode(400)
                .body("errors[0].field", equalTo("reason"));
        Tasks.act("zhu.hong", signs, "return", Map.of("stage", 1, "reason", "重审")).then().statusCode(400)
                .body("errors[0].field", equalTo("stage"));
        assertThat(Tasks.inList("zhu.hong", number)).containsEntry("stageName", "审核");

        Tasks.act("zhu.hong", signs, "return", Map.of("stage", 0, "reason", "招牌尺寸未标注，请核实后重新审查")).then().statusCode(200)
                .body("stageName", equalTo("受理审查")).body("stageRole", equalTo("DEPARTMENT_CLERK"));
        assertThat(Tasks.inList("zhu.hong", number)).isNull();
        assertThat(awaitAt("he.xin", number, "受理审查")).isEqualTo(signs);
        List<Map<String, Object>> history = Tasks.detail("he.xin", signs).getList("history");
        assertThat(history).anySatisfy(h -> assertThat(h).containsEntry("action", "STAGE_RETURNED").containsEntry("fromState", "审核")
                .containsEntry("toState", "受理审查").containsEntry("reason", "招牌尺寸未标注，请核实后重新审查").containsEntry("actor", "zhu.hong"));
        // Another department's staff see neither the task nor this department's opinions.
        Api.as("lin.tao").get("/department/sub-applications/{id}", signs).then().statusCode(403);
        int health = awaitAt("lin.tao", number, "受理审查");
        assertThat(Tasks.detail("lin.tao", health).getList("history.action", String.class)).doesNotContain("STAGE_RETURNED");
    }

    @Test
    void two_clerks_taking_one_task_at_once_get_one_claim_and_one_clear_refusal_and_a_hand_over_passes_it_on() throws Exception {
        String number = acceptedProject("广州天河签收并发建设有限公司");
        int environment = awaitAt("zhang.wei", number, "受理审查");
        approve("zhang.wei", environment, null, true);
        awaitAt("liu.yang", number, "审核");
        awaitAt("lv.ting", number, "审核");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Integer> outcomes = new ArrayList<>();
        try {
            Future<Response> first = pool.submit(() -> claimWhen(start, "liu.yang", environment));
            Future<Response> second = pool.submit(() -> claimWhen(start, "lv.ting", environment));
            start.countDown();
            outcomes.add(first.get().statusCode());
            outcomes.add(second.get().statusCode());
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).containsExactlyInAnyOrder(200, 409);
        String holder = (String) Tasks.detail("liu.yang", environment).getMap("task").get("assignee");
        String other = holder.equals("liu.yang") ? "lv.ting" : "liu.yang";
        assertThat(Tasks.inList(other, number)).as("claimed: off the colleague's list").isNull();
        Tasks.act(other, environment, "approval", null).then().statusCode(409).body("code", equalTo("task.claimed-by-other"));

        Tasks.act(holder, environment, "hand-over", Map.of("colleague", "chen.jie", "reason", "出差")).then().statusCode(400)
                .body("errors[0].field", equalTo("colleague"));
        Tasks.act(holder, environment, "hand-over", Map.of("colleague", other, "reason", "本人出差，请代为审核")).then().statusCode(200)
                .body("assignee", equalTo(other));
        assertThat(Tasks.inList(holder, number)).isNull();
        approve(other, environment, "经审核符合要求", true);
        assertThat(awaitAt("chen.jie", number, "审定")).isEqualTo(environment);
        assertThat(Tasks.history("li.na", number)).contains("TASK_CLAIMED", "TASK_HANDED_OVER");
    }

    @Test
    void where_the_item_says_so_one_departments_refusal_refuses_the_case_and_stops_the_others() {
        String number = acceptedProject("广州天河人防不符建设有限公司");
        int civilDefence = awaitAt("xie.na", number, "受理审查");
        approve("xie.na", civilDefence, null, true);
        approve("deng.chao", awaitAt("deng.chao", number, "审核"), null, true);
        int planning = awaitAt("guo.ping", number, "受理审查");
        Tasks.act("peng.wei", awaitAt("peng.wei", number, "审定"), "refusal",
                Map.of("opinion", "未按规定修建防空地下室，且未缴纳易地建设费", "internal", false)).then().statusCode(200);

        Tasks.await(() -> "REFUSED".equals(Api.as("li.na").get("/window/applications/{n}", number).then().extract().path("status")));
        JsonPath refused = Api.as("li.na").get("/window/applications/{n}", number).then().extract().jsonPath();
        assertThat(refused.getString("refusalReason")).contains("人民防空办公室", "未按规定修建防空地下室");
        List<Map<String, Object>> parts = Api.as("li.na").get("/window/applications/{n}/departments", number).then()
                .extract().jsonPath().getList("$");
        assertThat(parts).extracting(p -> p.get("status")).containsOnly("REFUSED", "CANCELLED")
                .filteredOn("CANCELLED"::equals).hasSize(4);
        assertThat(Tasks.inList("guo.ping", number)).isNull();
        Tasks.act("guo.ping", planning, "approval", null).then().statusCode(409);
    }

    private static Response claimWhen(CountDownLatch start, String chief, int id) throws InterruptedException {
        start.await();
        return Tasks.act(chief, id, "claim", null);
    }

    static String acceptedRestaurant(String company) {
        String number = Api.submit(Applications.restaurant(company), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                .then().statusCode(201).extract().path("applicationNumber");
        Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200);
        return number;
    }

    static String acceptedProject(String company) {
        String number = Api.submit(Applications.constructionProject(company), Api.pdfs(Applications.PROJECT_MATERIALS))
                .then().statusCode(201).extract().path("applicationNumber");
        Api.as("li.na").post("/window/applications/{n}/acceptance", number).then().statusCode(200);
        return number;
    }
}
