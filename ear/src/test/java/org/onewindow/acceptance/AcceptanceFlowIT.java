package org.onewindow.acceptance;

import io.restassured.path.json.JsonPath;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.platform.Applications.COMPANY_MATERIALS;

/** The whole first slice on the running server: submit, correction, resubmission, acceptance, notice, status. */
class AcceptanceFlowIT {

    @Test
    void a_case_goes_from_submission_through_correction_to_acceptance_with_a_notice_and_a_promised_date() throws IOException {
        String company = "广州天河云帆信息科技有限公司";
        JsonPath receipt = Api.submit(Applications.companyRegistration(company, Applications.creditCode()), Api.pdfs(COMPANY_MATERIALS))
                .then().statusCode(201).extract().jsonPath();
        String number = receipt.getString("applicationNumber");
        String code = receipt.getString("queryCode");
        assertThat(number).matches("YC\\d{16}");
        assertThat(receipt.getString("status")).isEqualTo("SUBMITTED");

        // The market regulation bureau's window sees it in its queue and asks for a corrected charter.
        List<String> queue = Api.as("wang.fang").get("/window/applications").then().statusCode(200)
                .extract().jsonPath().getList("applicationNumber");
        assertThat(queue).contains(number);
        Api.json(Api.as("wang.fang")).body("""
                        {"missing":["公司章程未经全体股东签字，请补充签字后重新上传"],"note":"其余材料齐全"}""")
                .post("/window/applications/{n}/correction-request", number)
                .then().statusCode(200).body("status", equalTo("CORRECTION_REQUESTED"));

        JsonPath waiting = status(number, code);
        assertThat(waiting.getString("status")).isEqualTo("CORRECTION_REQUESTED");
        assertThat(waiting.getList("corrections", String.class)).containsExactly("公司章程未经全体股东签字，请补充签字后重新上传");
        assertThat(waiting.getString("promisedDate")).as("the clock does not start before acceptance").isNull();
        assertThat(text(Api.anonymous().queryParam("queryCode", code).get("/applications/{n}/notices/correction", number)
                .then().statusCode(200).extract().asByteArray()))
                .contains("补正材料通知书", company, "公司章程未经全体股东签字");

        // The applicant resubmits the charter: same application, same number.
        String corrected = """
                {"queryCode":"%s","fields":{"companyName":"%s","address":"广州市天河区天河路385号","registeredCapital":"100","businessScope":"软件开发"}}"""
                .formatted(code, company);
        Api.anonymous().multiPart(new io.restassured.builder.MultiPartSpecBuilder(corrected).controlName("application")
                        .mimeType("application/json").charset("UTF-8").build())
                .multiPart(new io.restassured.builder.MultiPartSpecBuilder(Api.pdf("signed charter")).controlName("material:CHARTER")
                        .fileName("charter-signed.pdf").mimeType("application/pdf").build())
                .contentType("multipart/form-data")
                .post("/applications/{n}/resubmission", number)
                .then().statusCode(200).body("applicationNumber", equalTo(number)).body("status", equalTo("SUBMITTED"));

        JsonPath accepted = Api.as("wang.fang").post("/window/applications/{n}/acceptance", number)
                .then().statusCode(200).extract().jsonPath();
        assertThat(accepted.getString("status")).isEqualTo("ACCEPTED");
        assertThat(accepted.getString("acceptedBy")).isEqualTo("wang.fang");
        assertThat(accepted.getList("materials.fileName", String.class)).contains("charter-signed.pdf").hasSize(4);

        // The promised date is the calendar's answer for 3 working days from the acceptance instant.
        String expected = Api.deadline(accepted.getString("acceptedAt"), 3);
        assertThat(accepted.getString("promisedDate")).isEqualTo(expected);

        JsonPath running = status(number, code);
        assertThat(running.getString("status")).isEqualTo("ACCEPTED");
        assertThat(running.getString("promisedDate")).isEqualTo(expected);

        // Every change is in the audit trail: who, what, from which state to which, and why.
        JsonPath history = Api.as("wang.fang").get("/window/applications/{n}/history", number).then().statusCode(200)
                .extract().jsonPath();
        assertThat(history.getList("action", String.class)).containsExactly("SUBMIT", "REQUEST_CORRECTION", "RESUBMIT", "ACCEPT");
        String applicant = history.getString("actor[0]");
        assertThat(applicant).startsWith("applicant:91440106");
        assertThat(history.getList("actor", String.class)).containsExactly(applicant, "wang.fang", applicant, "wang.fang");
        assertThat(history.getList("fromState", String.class)).containsExactly(null, "SUBMITTED", "CORRECTION_REQUESTED", "SUBMITTED");
        assertThat(history.getList("toState", String.class)).containsExactly("SUBMITTED", "CORRECTION_REQUESTED", "SUBMITTED", "ACCEPTED");
        assertThat(history.getString("reason[1]")).isEqualTo("其余材料齐全");
        assertThat(history.getList("at", String.class)).allSatisfy(at -> assertThat(at).isNotBlank());

        LocalDate promised = LocalDate.parse(expected);
        String notice = text(Api.anonymous().queryParam("queryCode", code).get("/applications/{n}/notices/acceptance", number)
                .then().statusCode(200).header("Content-Type", "application/pdf").extract().asByteArray());
        assertThat(notice).contains("受理通知书", company, number, "有限责任公司设立登记",
                promised.getYear() + "年" + promised.getMonthValue() + "月" + promised.getDayOfMonth() + "日");
    }

    @Test
    void a_rejected_case_tells_the_applicant_why_and_cannot_be_accepted_afterwards() throws IOException {
        JsonPath receipt = Api.submit(Applications.companyRegistration("广州天河拒收测试有限公司", Applications.creditCode()),
                Api.pdfs(COMPANY_MATERIALS)).then().statusCode(201).extract().jsonPath();
        String number = receipt.getString("applicationNumber");
        Api.json(Api.as("zhou.qiang")).body("{\"reason\":\"拟设立公司名称与已登记企业名称相同\"}")
                .post("/window/applications/{n}/rejection", number)
                .then().statusCode(200).body("status", equalTo("REJECTED"));

        Api.as("wang.fang").post("/window/applications/{n}/acceptance", number)
                .then().statusCode(409).body("code", equalTo("application.transition-not-allowed"))
                .body("message", equalTo("该办件当前状态为“不予受理”，不能执行“受理”操作，请刷新后查看最新状态"));
        assertThat(status(number, receipt.getString("queryCode")).getString("reason")).isEqualTo("拟设立公司名称与已登记企业名称相同");
        assertThat(text(Api.anonymous().queryParam("queryCode", receipt.getString("queryCode"))
                .get("/applications/{n}/notices/rejection", number).then().statusCode(200).extract().asByteArray()))
                .contains("不予受理通知书", "拟设立公司名称与已登记企业名称相同");
    }

    @Test
    void an_instant_item_is_decided_at_acceptance() {
        String json = """
                {"itemCode":"SCJ-002","applicant":{"kind":"PERSON","identifier":"11010519491231002X","name":"陈小明","phone":"020-38621234"},
                 "fields":{"address":"广州市天河区体育西路1号"}}""";
        String number = Api.submit(json, Api.pdfs("APPLY", "OPERATOR-ID")).then().statusCode(201).extract().path("applicationNumber");
        JsonPath decided = Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200)
                .extract().jsonPath();
        assertThat(decided.getString("status")).isEqualTo("APPROVED");
        assertThat(decided.getString("decidedAt")).isNotNull();
        assertThat(decided.getString("promisedDate")).isEqualTo(decided.getString("countingBase"));
    }

    @Test
    void a_clerk_of_another_department_can_neither_see_nor_accept_the_case() {
        String number = Api.submit(Applications.companyRegistration("广州天河越权测试有限公司", Applications.creditCode()),
                Api.pdfs(COMPANY_MATERIALS)).then().statusCode(201).extract().path("applicationNumber");
        Api.as("li.na").post("/window/applications/{n}/acceptance", number).then().statusCode(403)
                .body("code", equalTo("organisation.not-your-department"));
        Api.as("li.na").get("/window/applications/{n}", number).then().statusCode(403);
        assertThat(Api.as("li.na").get("/window/applications").then().statusCode(200).extract().jsonPath()
                .getList("applicationNumber")).doesNotContain(number);
        Api.anonymous().post("/window/applications/{n}/acceptance", number).then().statusCode(401);
        Api.as("zhang.wei").post("/window/applications/{n}/acceptance", number).then().statusCode(403);
        Api.as("wang.fang").get("/window/applications/{n}", number).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    @Test
    void the_status_query_needs_the_right_query_code_and_says_the_same_for_a_wrong_number() {
        JsonPath receipt = Api.submit(Applications.companyRegistration("广州天河查询测试有限公司", Applications.creditCode()),
                Api.pdfs(COMPANY_MATERIALS)).then().statusCode(201).extract().jsonPath();
        String number = receipt.getString("applicationNumber");
        Api.anonymous().queryParam("queryCode", "WRONG234").get("/applications/{n}/status", number)
                .then().statusCode(404).body("code", equalTo("application.not-found-or-code"));
        Api.anonymous().queryParam("queryCode", receipt.getString("queryCode")).get("/applications/{n}/status", "YC2026010100000000")
                .then().statusCode(404).body("code", equalTo("application.not-found-or-code"));
        Api.anonymous().queryParam("queryCode", receipt.getString("queryCode").toLowerCase())
                .get("/applications/{n}/status", number).then().statusCode(200).body("status", equalTo("SUBMITTED"));
    }

    static JsonPath status(String number, String queryCode) {
        return Api.anonymous().queryParam("queryCode", queryCode).get("/applications/{n}/status", number)
                .then().statusCode(200).extract().jsonPath();
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", "");
        }
    }
}
