package org.onewindow.acceptance;

import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.platform.Applications.COMPANY_MATERIALS;

/** Every kind of bad input gets a 4xx naming the field and what to do, and leaves nothing behind. */
class BadInputIT {

    @Test
    void every_wrong_field_of_a_submission_is_named_with_a_chinese_message_and_nothing_is_written() {
        int queueBefore = queueSize();
        String json = """
                {"itemCode":"SCJ-001",
                 "applicant":{"kind":"ENTERPRISE","identifier":"91350100M000100Y44","name":"","phone":"12345","email":"not-an-email"},
                 "fields":{"companyName":"","address":"广州市天河区","registeredCapital":"一百万","businessScope":"软件","discount":"90%"}}""";
        JsonPath error = Api.submit(json, Api.pdfs("APPLY", "CHARTER")).then().statusCode(400)
                .body("code", equalTo("error.invalid-input")).extract().jsonPath();
        Map<String, String> byField = fields(error);
        assertThat(byField).containsEntry("applicant.identifier", "统一社会信用代码校验位不正确，请对照营业执照逐位核对，特别是最后一位")
                .containsEntry("applicant.name", "请填写申请人名称或姓名")
                .containsEntry("fields.companyName", "请填写“企业名称”")
                .containsEntry("fields.registeredCapital", "“注册资本（万元）”应填写数字")
                .containsEntry("fields.discount", "表单中没有名为 discount 的字段，请删除该字段")
                .containsEntry("materials.SHAREHOLDER-ID", "缺少必交材料“股东主体资格证明或自然人身份证件复印件”，请上传后再提交")
                .containsEntry("materials.PREMISES", "缺少必交材料“住所使用证明”，请上传后再提交")
                .containsKeys("applicant.phone", "applicant.email");
        assertThat(queueSize()).as("a refused submission leaves no application behind").isEqualTo(queueBefore);
    }

    @Test
    void errors_come_in_english_when_asked_for() {
        String json = """
                {"itemCode":"NO-SUCH-ITEM","applicant":{"kind":"PERSON","identifier":"110105194912310021","name":"张三","phone":"13800138000"},"fields":{}}""";
        JsonPath error = Api.in("en")
                .multiPart(new MultiPartSpecBuilder(json).controlName("application").mimeType("application/json").charset("UTF-8").build())
                .contentType("multipart/form-data").post("/applications").then().statusCode(400).extract().jsonPath();
        assertThat(fields(error)).containsEntry("itemCode", "There is no service item with code NO-SUCH-ITEM; choose one from the catalogue")
                .containsEntry("applicant.identifier", "The check character of the identity card number is wrong. Check the last character");
    }

    @Test
    void a_file_whose_content_is_not_what_it_claims_is_refused() {
        Map<String, byte[]> files = Api.pdfs(COMPANY_MATERIALS);
        files.put("CHARTER", "MZ this is a program, not a PDF".getBytes());
        Map<String, String> byField = fields(Api.submit(Applications.companyRegistration("广州天河伪装文件有限公司", Applications.creditCode()), files)
                .then().statusCode(400).extract().jsonPath());
        assertThat(byField).containsEntry("materials.CHARTER", "“公司章程”的文件内容与其声明的格式不符，请上传真实的 PDF、JPG 或 PNG 文件");
    }

    @Test
    void a_file_for_a_material_the_item_does_not_have_is_refused() {
        Map<String, byte[]> files = Api.pdfs(COMPANY_MATERIALS);
        files.put("SELFIE", Api.pdf("x"));
        assertThat(fields(Api.submit(Applications.companyRegistration("广州天河多余材料有限公司", Applications.creditCode()), files)
                .then().statusCode(400).extract().jsonPath())).containsKey("materials.SELFIE");
    }

    @Test
    void unreadable_json_unknown_properties_and_missing_parts_are_400_without_a_stack_trace() {
        String body = Api.submit("{\"itemCode\":", Api.pdfs()).then().statusCode(400)
                .body("code", equalTo("error.unreadable-input")).extract().asString();
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
        Api.submit("""
                {"itemCode":"SCJ-001","status":"APPROVED","applicant":{"kind":"PERSON","identifier":"11010519491231002X","name":"张三","phone":"13800138000"}}""",
                Api.pdfs()).then().statusCode(400).body("code", equalTo("error.unreadable-input"));
        Api.anonymous().multiPart(new MultiPartSpecBuilder(Api.pdf("x")).controlName("material:APPLY").fileName("a.pdf")
                        .mimeType("application/pdf").build()).contentType("multipart/form-data").post("/applications")
                .then().statusCode(400).body("errors[0].field", equalTo("application"));
    }

    @Test
    void window_actions_without_what_they_need_are_refused_and_change_nothing() {
        String number = Api.submit(Applications.companyRegistration("广州天河理由测试有限公司", Applications.creditCode()),
                Api.pdfs(COMPANY_MATERIALS)).then().statusCode(201).extract().path("applicationNumber");
        Api.json(Api.as("wang.fang")).body("{\"reason\":\"  \"}").post("/window/applications/{n}/rejection", number)
                .then().statusCode(400).body("errors[0].field", equalTo("reason")).body("errors[0].message", equalTo("请填写理由，该理由将告知申请人"));
        Api.json(Api.as("wang.fang")).body("{\"missing\":[]}").post("/window/applications/{n}/correction-request", number)
                .then().statusCode(400).body("errors[0].field", equalTo("missing"));
        Api.json(Api.as("wang.fang")).body("{\"reason\":\"x\",\"status\":\"APPROVED\"}").post("/window/applications/{n}/rejection", number)
                .then().statusCode(400).body("code", equalTo("error.unreadable-input"));
        Api.as("wang.fang").get("/window/applications/{n}", number).then().statusCode(200)
                .body("status", equalTo("SUBMITTED")).body("version", equalTo(0));
        Api.as("wang.fang").post("/window/applications/{n}/acceptance", "YC2020010100000001").then().statusCode(404);
        Api.as("wang.fang").post("/window/applications/{n}/acceptance", "not-a-number").then().statusCode(404);
    }

    @Test
    void calendar_questions_with_bad_parameters_name_the_parameter() {
        Map<String, String> byField = fields(Api.anonymous().queryParam("acceptedAt", "yesterday").queryParam("amount", -1)
                .queryParam("unit", "MOONS").get("/calendar/deadline").then().statusCode(400).extract().jsonPath());
        assertThat(byField).containsKeys("acceptedAt", "amount", "unit");
    }

    private static int queueSize() {
        return Api.as("wang.fang").get("/window/applications").then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    private static Map<String, String> fields(JsonPath error) {
        List<Map<String, String>> errors = error.getList("errors");
        return errors.stream().collect(java.util.stream.Collectors.toMap(e -> e.get("field"), e -> e.get("message"), (a, b) -> a));
    }
}
