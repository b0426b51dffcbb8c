package org.onewindow.approval;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.Soap;
import org.onewindow.platform.SoapTasks;
import org.onewindow.platform.Tasks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integration API end to end: another portal submits a parallel case with its materials over SOAP (MTOM), the
 * window accepts it, the city management bureau's own system works its three stages over SOAP while the other
 * departments use REST, the lead department decides, and the portal reads the result over SOAP.
 */
class SoapDepartmentIT {

    private static final String PORTAL = "integrator.demo";

    @Test
    void a_portal_submits_over_soap_one_department_works_over_soap_the_others_over_rest_and_the_portal_reads_the_result() {
        Map<String, byte[]> materials = Api.pdfs(Applications.RESTAURANT_MATERIALS);
        Soap.Answer receipt = Soap.submit(PORTAL, "zh-CN", restaurant("广州天河对接餐饮管理有限公司"), materials).ok();
        String number = receipt.text("applicationNumber");
        String queryCode = receipt.text("queryCode");
        assertThat(receipt.text("status")).isEqualTo("SUBMITTED");

        // The window sees the case as any other, its five files stored as sent, marked as come from another system.
        Api.as("wang.fang").get("/window/applications/{n}", number).then().statusCode(200)
                .body("channel", org.hamcrest.Matchers.equalTo("API"))
                .body("materials.size()", org.hamcrest.Matchers.equalTo(5))
                .body("materials.find { it.requirementCode == 'HEALTH-CERT' }.sizeBytes",
                        org.hamcrest.Matchers.equalTo(materials.get("HEALTH-CERT").length));
        Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200);

        // The city management bureau's own system: its clerk's work list, the task in full, claim, approve.
        long part = SoapTasks.awaitAt("he.xin", number, "受理审查");
        Soap.Answer detail = SoapTasks.detail("he.xin", part).ok();
        assertThat(detail.texts("stageCount")).containsExactly("3");
        assertThat(detail.records("material")).extracting(m -> m.get("code"))
                .containsExactlyInAnyOrder(Applications.RESTAURANT_MATERIALS);
        assertThat(detail.body()).contains("name=\"companyName\">广州天河对接餐饮管理有限公司<");

        // Another department's system may not touch it: a fault, and the attempt is in the audit log.
        Soap.Answer refused = SoapTasks.claim("yang.fan", part);
        assertThat(refused.isFault()).isTrue();
        assertThat(refused.text("code")).isEqualTo("organisation.not-your-department");
        assertThat(refused.text("kind")).isEqualTo("FORBIDDEN");
        assertThat(refused.text("faultcode")).endsWith("Client");
        Tasks.await(() -> auditLog().contains("yang.fan | PERMISSION_REFUSED | DepartmentWork:" + part));

        assertThat(SoapTasks.claim("he.xin", part).ok().text("assignee")).isEqualTo("he.xin");
        assertThat(SoapTasks.approve("he.xin", part, "内部意见：门头招牌尺寸待复核", true).ok().text("stageName")).isEqualTo("审核");
        long review = SoapTasks.awaitAt("zhu.hong", number, "审核");
        SoapTasks.claim("zhu.hong", review).ok();
        SoapTasks.approve("zhu.hong", review, "经审核符合要求", true).ok();
        long decision = SoapTasks.awaitAt("hu.bin", number, "审定");
        SoapTasks.claim("hu.bin", decision).ok();
        Soap.Answer answered = SoapTasks.approve("hu.bin", decision, "招牌设置符合规范，同意", false).ok();
        assertThat(answered.text("status")).isEqualTo("APPROVED");
        assertThat(answered.text("statusText")).isEqualTo("已同意");

        // The other departments answer through REST, the same session beans.
        int environment = Tasks.awaitAt("zhang.wei", number, "受理审查");
        Tasks.approve("zhang.wei", environment, "材料齐全", true);
        Tasks.approve("liu.yang", Tasks.awaitAt("liu.yang", number, "审核"), "同意", true);
        Tasks.approve("lv.ting", environment, "同意", true);
        Tasks.approve("chen.jie", Tasks.awaitAt("chen.jie", number, "审定"), "环评登记表已备案，同意", false);
        Tasks.throughThreeStages(number, "yang.fan", "xu.ming", "ma.lin", "消防安全承诺材料齐全，同意");
        Tasks.throughThreeStages(number, "lin.tao", "gao.yan", "luo.jian", "从业人员健康证明齐全，同意");
        Tasks.await(() -> Tasks.history("wang.fang", number).contains("ALL_DEPARTMENTS_ANSWERED"));
        Tasks.awaitAt("wang.fang", number, "审核办结");
        Tasks.decideAtWindow("wang.fang", number, true, "各部门均同意，准予许可");

        // The portal reads the result: every department's answer and public remark, never an internal opinion.
        Soap.Answer status = Soap.applications(PORTAL, "zh-CN", getStatus(number, queryCode)).ok();
        assertThat(status.records("status").get(0).get("status")).isEqualTo("APPROVED");
        assertThat(status.text("statusText")).isEqualTo("已办结（准予许可）");
        // each progress is a <department> element with a <department> name inside: keep the outer ones
        List<Map<String, String>> departments = status.records("department").stream().filter(d -> d.containsKey("status")).toList();
        assertThat(departments).hasSize(5).extracting(d -> d.get("status")).containsOnly("APPROVED");
        assertThat(departments).extracting(d -> d.get("remark")).contains("招牌设置符合规范，同意", "环评登记表已备案，同意");
        assertThat(status.body()).doesNotContain("内部意见").doesNotContain("经审核符合要求").doesNotContain("opinion");
        assertThat(Soap.applications(PORTAL, "en", getStatus(number, queryCode)).ok().text("statusText")).isEqualTo("decided: approved");

        assertThat(Tasks.history("wang.fang", number)).contains("SUBMIT", "TASK_CLAIMED", "STAGE_APPROVED", "SUB_APPLICATION_APPROVED", "APPROVE");
    }

    @Test
    void a_department_system_returns_a_stage_and_its_director_refuses_with_a_reason() {
        Soap.Answer receipt = Soap.submit(PORTAL, "zh-CN", "<o:itemCode>SCJ-003</o:itemCode>"
                        + Soap.applicant("ENTERPRISE", Applications.creditCode(), "广州天河退回测试食品有限公司", "13912345678")
                        + Soap.fields(Map.of("companyName", "广州天河退回测试食品有限公司", "address", "广州市天河区体育西路1号")),
                Api.pdfs("APPLY", "LAYOUT", "SAFETY-RULES")).ok();
        String number = receipt.text("applicationNumber");
        Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200);

        long part = SoapTasks.awaitAt("wu.jing", number, "受理审查");
        SoapTasks.approve("wu.jing", part, "材料齐全", true).ok();
        SoapTasks.awaitAt("zheng.hao", number, "审核");
        Soap.Answer noReason = SoapTasks.returnTo("zheng.hao", part, 0, "");
        assertThat(noReason.text("kind")).isEqualTo("INVALID_INPUT");
        assertThat(SoapTasks.returnTo("zheng.hao", part, 0, "平面图缺少设备布局，请核对").ok().text("stageName")).isEqualTo("受理审查");
        SoapTasks.approve("wu.jing", SoapTasks.awaitAt("wu.jing", number, "受理审查"), "已补充核对", true).ok();
        SoapTasks.approve("zheng.hao", SoapTasks.awaitAt("zheng.hao", number, "审核"), "同意", true).ok();

        long last = SoapTasks.awaitAt("feng.jun", number, "审定");
        Soap.Answer empty = SoapTasks.refuse("feng.jun", last, " ");
        assertThat(empty.fieldMessages()).containsKey("opinion");
        assertThat(SoapTasks.refuse("feng.jun", last, "食品安全管理制度不完善").ok().text("status")).isEqualTo("REFUSED");

        Soap.Answer status = Soap.applications(PORTAL, "zh-CN", getStatus(number, receipt.text("queryCode"))).ok();
        assertThat(status.records("status").get(0).get("status")).isEqualTo("REFUSED");
        assertThat(status.text("reason")).contains("食品安全管理制度不完善");
        assertThat(Tasks.history("wang.fang", number)).contains("STAGE_RETURNED", "REFUSE");
    }

    static String restaurant(String company) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("companyName", company);
        fields.put("address", "广州市天河区珠江新城华夏路10号");
        fields.put("floorArea", "320");
        fields.put("seats", "120");
        return "<o:itemCode>BL-001</o:itemCode>" + Soap.applicant("ENTERPRISE", Applications.creditCode(), company, "13912345678")
                + Soap.fields(fields);
    }

    static String getStatus(String number, String queryCode) {
        return "<o:GetStatus><o:applicationNumber>" + number + "</o:applicationNumber><o:queryCode>" + queryCode
                + "</o:queryCode></o:GetStatus>";
    }

    private static String auditLog() {
        Path log = Path.of(System.getProperty("onewindow.it-data-dir", "target/it-data"), "log", "onewindow-audit.log");
        try {
            return Files.readString(log, StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            return "";
        }
    }
}
