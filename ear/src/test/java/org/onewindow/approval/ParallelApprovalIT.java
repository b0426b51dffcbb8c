package org.onewindow.approval;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.Tasks;

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

/**
 * 一门受理、抄告相关、同步审批、限时办结、集中回复: a parallel case with four cooperating departments, each
 * working three stages (受理审查 → 审核 → 审定, the environment bureau's review countersigned by both its
 * section chiefs), routed over the real broker, collected, and decided last by the lead department.
 */
class ParallelApprovalIT {

    @Test
    void four_departments_work_their_three_stages_in_parallel_and_the_lead_department_decides_last() throws Exception {
        JsonPath receipt = Api.submit(Applications.restaurant("广州天河粤味餐饮管理有限公司"), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                .then().statusCode(201).extract().jsonPath();
        String number = receipt.getString("applicationNumber");
        JsonPath accepted = Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200)
                .extract().jsonPath();

        List<Map<String, Object>> parts = Api.as("wang.fang").get("/window/applications/{n}/departments", number)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(parts).extracting(p -> p.get("department")).containsExactlyInAnyOrder("TH-STJ", "TH-XFJ", "TH-CGJ", "TH-WJJ");
        assertThat(parts).filteredOn(p -> "TH-CGJ".equals(p.get("department")))
                .extracting(p -> p.get("deadline")).containsExactly(Api.deadline(accepted.getString("acceptedAt"), 7));

        // Each department's clerk receives the first stage through the routing queue, with its own deadline.
        int environment = awaitAt("zhang.wei", number, "受理审查");
        Map<String, Object> task = Tasks.inList("zhang.wei", number);
        assertThat(task.get("stageDeadline")).isEqualTo(Api.deadline(accepted.getString("acceptedAt"), 4));
        assertThat(task.get("stageWorkingDaysLeft")).isNotNull();
        assertThat(task.get("actions")).asList().contains("CLAIM", "APPROVE", "SUSPEND", "REQUEST_SUPPLEMENT").doesNotContain("REFUSE", "RETURN");

        // Nobody acts for another department or another role, nor before every answer is in.
        Tasks.act("yang.fan", environment, "approval", null).then().statusCode(403);
        Tasks.act("liu.yang", environment, "approval", null).then().statusCode(403);
        Tasks.act("chen.jie", environment, "refusal", Map.of("opinion", "不同意")).then().statusCode(403);
        Api.json(Api.as("wang.fang")).body("{\"approve\":true}").post("/window/applications/{n}/decision", number)
                .then().statusCode(409).body("code", equalTo("application.waiting-for-departments"));

        // The environment bureau: clerk, then both section chiefs countersign, then the director.
        approve("zhang.wei", environment, "内部意见：登记表与平面图一致", true);
        awaitAt("liu.yang", number, "审核");
        awaitAt("lv.ting", number, "审核");
        assertThat(approve("liu.yang", environment, "同意", true).getString("stageName")).isEqualTo("审核");
        assertThat(Tasks.inList("liu.yang", number)).as("signed: off my list").isNull();
        List<Map<String, Object>> countersigners = Tasks.detail("lv.ting", environment).getList("countersigners");
        assertThat(countersigners).extracting(c -> c.get("handler") + ":" + c.get("signed"))
                .containsExactlyInAnyOrder("liu.yang:true", "lv.ting:false");
        assertThat(approve("lv.ting", environment, "同意", true).getString("stageName")).isEqualTo("审定");

        Tasks.throughThreeStagesExceptLast(number, "yang.fan", "xu.ming");
        Tasks.throughThreeStages(number, "he.xin", "zhu.hong", "hu.bin", "招牌设置符合规范，同意");
        Tasks.throughThreeStages(number, "lin.tao", "gao.yan", "luo.jian", "从业人员健康证明齐全，同意");

        // The environment and fire directors give their answers at the same instant: both are collected, exactly once.
        int fire = awaitAt("ma.lin", number, "审定");
        awaitAt("chen.jie", number, "审定");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Response> first = pool.submit(() -> approveWhen(start, "chen.jie", environment, "环评登记表已备案，同意"));
            Future<Response> second = pool.submit(() -> approveWhen(start, "ma.lin", fire, "消防安全承诺材料齐全，同意"));
            start.countDown();
            assertThat(first.get().statusCode()).isEqualTo(200);
            assertThat(second.get().statusCode()).isEqualTo(200);
        } finally {
            pool.shutdownNow();
        }
        Tasks.await(() -> Tasks.history("wang.fang", number).contains("ALL_DEPARTMENTS_ANSWERED"));
        assertThat(Tasks.history("wang.fang", number)).filteredOn("ALL_DEPARTMENTS_ANSWERED"::equals).hasSize(1);

        // The lead department's own final stage is now on its window's list; the window decides.
        assertThat(awaitAt("wang.fang", number, "审核办结")).isPositive();
        Tasks.decideAtWindow("wang.fang", number, true, "各部门均同意，准予许可");

        // The applicant sees every department's progress and the remarks meant for them, never internal opinions.
        JsonPath status = Api.anonymous().queryParam("queryCode", receipt.getString("queryCode"))
                .get("/applications/{n}/status", number).then().statusCode(200).extract().jsonPath();
        assertThat(status.getString("status")).isEqualTo("APPROVED");
        assertThat(status.getList("departments.status", String.class)).containsOnly("APPROVED").hasSize(5);
        assertThat(status.getList("departments.remark", String.class)).contains("环评登记表已备案，同意", "从业人员健康证明齐全，同意");
        assertThat(status.prettify()).doesNotContain("内部意见").doesNotContain("经审核符合要求").doesNotContain("opinion");

        // Every action is in the audit trail, which stays short.
        List<String> history = Tasks.history("wang.fang", number);
        assertThat(history).hasSizeLessThanOrEqualTo(30)
                .contains("SUBMIT", "ACCEPT", "FAN_OUT", "SUB_APPLICATION_RECEIVED", "STAGE_APPROVED", "COUNTERSIGNED",
                        "SUB_APPLICATION_APPROVED", "ALL_DEPARTMENTS_ANSWERED", "APPROVE");
        assertThat(history).filteredOn("SUB_APPLICATION_APPROVED"::equals).hasSize(4);
    }

    @Test
    void a_refusal_by_one_department_is_on_record_when_the_lead_department_refuses() {
        String number = Api.submit(Applications.restaurant("广州天河不合规餐饮有限公司"), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                .then().statusCode(201).extract().path("applicationNumber");
        Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200);

        int environment = awaitAt("zhang.wei", number, "受理审查");
        approve("zhang.wei", environment, null, true);
        approve("liu.yang", awaitAt("liu.yang", number, "审核"), null, true);
        approve("lv.ting", environment, null, true);
        approve("chen.jie", awaitAt("chen.jie", number, "审定"), "同意", false);
        Tasks.throughThreeStages(number, "he.xin", "zhu.hong", "hu.bin", "同意");
        Tasks.throughThreeStages(number, "lin.tao", "gao.yan", "luo.jian", "同意");
        Tasks.throughThreeStagesExceptLast(number, "yang.fan", "xu.ming");
        int fire = awaitAt("ma.lin", number, "审定");
        Tasks.act("ma.lin", fire, "refusal", Map.of("opinion", "")).then().statusCode(400).body("errors[0].field", equalTo("opinion"));
        Tasks.act("ma.lin", fire, "refusal", Map.of("opinion", "疏散通道宽度不足1.4米")).then().statusCode(200)
                .body("status", equalTo("REFUSED"));

        Tasks.await(() -> Tasks.history("wang.fang", number).contains("ALL_DEPARTMENTS_ANSWERED"));
        List<Map<String, Object>> parts = Api.as("wang.fang").get("/window/applications/{n}/departments", number)
                .then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(parts).filteredOn(p -> "TH-XFJ".equals(p.get("department")))
                .extracting(p -> p.get("opinion")).containsExactly("疏散通道宽度不足1.4米");
        Api.json(Api.as("wang.fang")).body("{\"approve\":false}").post("/window/applications/{n}/decision", number)
                .then().statusCode(400);
        assertThat(Tasks.decideAtWindow("wang.fang", number, false, "消防部门不予同意：疏散通道宽度不足").getString("refusalReason"))
                .isEqualTo("消防部门不予同意：疏散通道宽度不足");
        Api.as("wang.fang").get("/window/applications/{n}", number).then().statusCode(200)
                .body("refusalReason", equalTo("消防部门不予同意：疏散通道宽度不足"));
    }

    private static Response approveWhen(CountDownLatch start, String director, int id, String opinion) throws InterruptedException {
        start.await();
        return Tasks.act(director, id, "approval", Map.of("opinion", opinion, "internal", false));
    }
}
