package org.onewindow.approval;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.Tasks;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.platform.Tasks.approve;
import static org.onewindow.platform.Tasks.awaitAt;

/** An administrator edits a department's stages by publishing the item again; running cases keep the stages they started with. */
class StageDefinitionIT {

    private static final String DRAFT = """
            {"name":"户外招牌设置联办（测试）","kind":"PARALLEL","legalBasis":"《广州市户外广告和招牌设置管理办法》",
             "legalLimit":{"amount":20,"unit":"WORKING_DAYS"},"promisedLimit":{"amount":12,"unit":"WORKING_DAYS"},
             "leadDepartment":"TH-SCJ","cooperations":[{"department":"TH-CGJ","timeLimit":{"amount":10,"unit":"WORKING_DAYS"}}],
             "materials":[{"code":"APPLY","name":"申请表","mandatory":true}],"fees":[],
             "formFields":[{"key":"companyName","label":"企业名称","type":"TEXT","required":true,"maxLength":100}],
             "stages":[%s],"reviewMode":"NOTIFY","refusalRule":"LEAD_DECIDES"}""";
    private static final String CLERK_STAGE = """
            {"department":"TH-CGJ","name":"受理审查","role":"DEPARTMENT_CLERK","timeLimit":{"amount":%d,"unit":"WORKING_DAYS"},
             "countersign":"NONE","actions":["HAND_OVER","SUSPEND"]}""";
    private static final String CHIEF_STAGE = """
            {"department":"TH-CGJ","name":"审核","role":"SECTION_CHIEF","timeLimit":{"amount":3,"unit":"WORKING_DAYS"},
             "countersign":"NONE","actions":["RETURN"]}""";
    private static final String DIRECTOR_STAGE = """
            {"department":"TH-CGJ","name":"审定","role":"DIRECTOR","timeLimit":{"amount":%d,"unit":"WORKING_DAYS"},
             "countersign":"NONE","actions":["RETURN","REFUSE"]}""";

    @Test
    void a_changed_stage_plan_applies_to_new_applications_only() {
        String code = "IT-STAGES-" + (System.nanoTime() % 1_000_000);
        String threeStages = String.join(",", CLERK_STAGE.formatted(4), CHIEF_STAGE, DIRECTOR_STAGE.formatted(3));
        Api.json(Api.as("admin")).body(DRAFT.formatted(threeStages)).put("/admin/items/{c}", code).then().statusCode(200)
                .body("stages.name", equalTo(List.of("受理审查", "审核", "审定")));
        String before = acceptedCase(code, "广州天河旧流程招牌有限公司");

        // Too long for the department's 10 working days: refused with the rule, nothing published.
        String tooLong = String.join(",", CLERK_STAGE.formatted(8), DIRECTOR_STAGE.formatted(5));
        Api.json(Api.as("admin")).body(DRAFT.formatted(tooLong)).put("/admin/items/{c}", code).then().statusCode(400)
                .body("errors[0].message", containsString("TH-CGJ"));
        Api.json(Api.as("zhu.hong")).body(DRAFT.formatted(threeStages)).put("/admin/items/{c}", code).then().statusCode(403);

        String twoStages = String.join(",", CLERK_STAGE.formatted(5), DIRECTOR_STAGE.formatted(5));
        Api.json(Api.as("admin")).body(DRAFT.formatted(twoStages)).put("/admin/items/{c}", code).then().statusCode(200)
                .body("version", equalTo(2));
        Api.anonymous().get("/items/{c}", code).then().statusCode(200).body("stages.name", equalTo(List.of("受理审查", "审定")));
        String after = acceptedCase(code, "广州天河新流程招牌有限公司");

        approve("he.xin", awaitAt("he.xin", before, "受理审查"), null, true);
        approve("he.xin", awaitAt("he.xin", after, "受理审查"), null, true);
        assertThat(awaitAt("zhu.hong", before, "审核")).isPositive();
        assertThat(awaitAt("hu.bin", after, "审定")).isPositive();
        assertThat(Tasks.inList("zhu.hong", after)).as("the new plan has no review stage").isNull();
        assertThat(Tasks.detail("hu.bin", awaitAt("hu.bin", after, "审定")).getList("plan.name", String.class))
                .containsExactly("受理审查", "审定");
    }

    private static String acceptedCase(String code, String company) {
        String json = """
                {"itemCode":"%s","applicant":{"kind":"ENTERPRISE","identifier":"%s","name":"%s","phone":"13912345678"},
                 "fields":{"companyName":"%s"}}""".formatted(code, Applications.creditCode(), company, company);
        String number = Api.submit(json, Api.pdfs("APPLY")).then().statusCode(201).extract().path("applicationNumber");
        Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200);
        return number;
    }
}
