package org.onewindow.approval;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Tasks;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.platform.Tasks.approve;
import static org.onewindow.platform.Tasks.awaitAt;

/** The lead department changes which departments work on a running parallel case; the collection waits for exactly those. */
class CoordinationIT {

    @Test
    void a_department_added_is_awaited_and_a_department_withdrawn_is_not() {
        String number = StageActionsIT.acceptedRestaurant("广州天河增减部门餐饮有限公司");
        awaitAt("he.xin", number, "受理审查");

        // Only the lead department's window (or an administrator) changes the departments, always with a reason.
        Api.json(Api.as("li.na")).body(Map.of("department", "TH-CGJ", "reason", "不涉及户外招牌"))
                .post("/coordination/{n}/departments/withdrawal", number).then().statusCode(403);
        Api.json(Api.as("zhang.wei")).body(Map.of("department", "TH-CGJ", "reason", "不涉及户外招牌"))
                .post("/coordination/{n}/departments/withdrawal", number).then().statusCode(403);
        Api.json(Api.as("wang.fang")).body(Map.of("department", "TH-CGJ"))
                .post("/coordination/{n}/departments/withdrawal", number).then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Api.json(Api.as("wang.fang")).body(Map.of("department", "TH-CGJ", "reason", "申请人确认不设置户外招牌"))
                .post("/coordination/{n}/departments/withdrawal", number).then().statusCode(200).body("status", equalTo("WITHDRAWN"));
        assertThat(Tasks.inList("he.xin", number)).isNull();

        // Planning is not named by the item: its limit must be given.
        Api.json(Api.as("admin")).body(Map.of("department", "TH-GHZ", "reason", "涉及临街立面改造"))
                .post("/coordination/{n}/departments", number).then().statusCode(400).body("errors[0].field", equalTo("workingDays"));
        Api.json(Api.as("admin")).body(Map.of("department", "TH-GHZ", "workingDays", 5, "reason", "涉及临街立面改造"))
                .post("/coordination/{n}/departments", number).then().statusCode(200).body("status", equalTo("ROUTED"));
        Api.json(Api.as("wang.fang")).body(Map.of("department", "TH-GHZ", "workingDays", 5, "reason", "重复"))
                .post("/coordination/{n}/departments", number).then().statusCode(409);
        // a department without stages of its own on this item decides in one stage, within its limit
        int planning = awaitAt("guo.ping", number, "审批");

        Tasks.throughThreeStages(number, "lin.tao", "gao.yan", "luo.jian", "同意");
        Tasks.throughThreeStages(number, "yang.fan", "xu.ming", "ma.lin", "同意");
        int environment = awaitAt("zhang.wei", number, "受理审查");
        approve("zhang.wei", environment, null, true);
        approve("liu.yang", awaitAt("liu.yang", number, "审核"), null, true);
        approve("lv.ting", environment, null, true);
        approve("chen.jie", awaitAt("chen.jie", number, "审定"), "同意", false);

        // Everyone named by the item has answered except the withdrawn one; the added one is still awaited.
        Tasks.await(() -> Tasks.history("wang.fang", number).stream().filter("SUB_APPLICATION_APPROVED"::equals).count() == 3);
        assertThat(Tasks.history("wang.fang", number)).doesNotContain("ALL_DEPARTMENTS_ANSWERED");
        approve("guo.ping", planning, "立面改造方案符合规划要求", false);
        Tasks.await(() -> Tasks.history("wang.fang", number).contains("ALL_DEPARTMENTS_ANSWERED"));

        List<Map<String, Object>> parts = Api.as("wang.fang").get("/window/applications/{n}/departments", number).then()
                .extract().jsonPath().getList("$");
        assertThat(parts).extracting(p -> p.get("department") + ":" + p.get("status")).containsExactlyInAnyOrder(
                "TH-STJ:APPROVED", "TH-XFJ:APPROVED", "TH-CGJ:WITHDRAWN", "TH-WJJ:APPROVED", "TH-GHZ:APPROVED", "TH-SCJ:RECEIVED");
        Api.json(Api.as("wang.fang")).body(Map.of("department", "TH-CGJ", "reason", "又需要了"))
                .post("/coordination/{n}/departments", number).then().statusCode(409)
                .body("code", equalTo("coordination.collection-complete"));
        Tasks.decideAtWindow("wang.fang", number, true, "准予许可");
        assertThat(Tasks.history("wang.fang", number)).contains("DEPARTMENT_WITHDRAWN", "DEPARTMENT_ADDED");
    }
}
