package org.onewindow.acceptance;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.Soap;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.platform.Applications.COMPANY_MATERIALS;

/** A submission over SOAP is checked as REST checks it: every wrong field named, in Chinese or English, nothing kept. */
class SoapBadInputIT {

    private static final String PORTAL = "integrator.demo";

    @Test
    void every_wrong_field_is_named_in_the_fault_in_chinese_and_nothing_is_written() {
        int queueBefore = queueSize();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("companyName", "");
        fields.put("address", "广州市天河区");
        fields.put("registeredCapital", "一百万");
        fields.put("businessScope", "软件");
        fields.put("discount", "90%");
        String request = "<o:SubmitApplication><o:itemCode>SCJ-001</o:itemCode>"
                + "<o:applicant><o:kind>ENTERPRISE</o:kind><o:identifier>91350100M000100Y44</o:identifier><o:name></o:name>"
                + "<o:phone>12345</o:phone><o:email>not-an-email</o:email></o:applicant>" + Soap.fields(fields)
                + Soap.inlineMaterial("APPLY", "application/pdf", Api.pdf("APPLY"))
                + Soap.inlineMaterial("CHARTER", "application/pdf", "MZ this is a program, not a PDF".getBytes())
                + "</o:SubmitApplication>";
        Soap.Answer fault = Soap.applications(PORTAL, "zh-CN", request);

        assertThat(fault.status()).isEqualTo(500);
        assertThat(fault.text("faultcode")).endsWith("Client");
        assertThat(fault.text("code")).isEqualTo("error.invalid-input");
        assertThat(fault.text("kind")).isEqualTo("INVALID_INPUT");
        assertThat(fault.text("faultstring")).startsWith("输入有").endsWith("请逐项更正后重新提交");
        assertThat(fault.fieldMessages())
                .containsEntry("applicant.identifier", "统一社会信用代码校验位不正确，请对照营业执照逐位核对，特别是最后一位")
                .containsEntry("applicant.name", "请填写申请人名称或姓名")
                .containsEntry("fields.companyName", "请填写“企业名称”")
                .containsEntry("fields.registeredCapital", "“注册资本（万元）”应填写数字")
                .containsEntry("fields.discount", "表单中没有名为 discount 的字段，请删除该字段")
                .containsEntry("materials.CHARTER", "“公司章程”的文件内容与其声明的格式不符，请上传真实的 PDF、JPG 或 PNG 文件")
                .containsEntry("materials.PREMISES", "缺少必交材料“住所使用证明”，请上传后再提交")
                .containsKeys("applicant.phone", "applicant.email");
        assertThat(fault.body()).doesNotContain("Exception").doesNotContain("at org.");
        assertThat(queueSize()).as("a refused submission leaves no application behind").isEqualTo(queueBefore);
    }

    @Test
    void the_fault_is_in_english_when_the_request_asks_for_it() {
        String request = "<o:SubmitApplication><o:itemCode>NO-SUCH-ITEM</o:itemCode>"
                + Soap.applicant("PERSON", "110105194912310021", "张三", "13800138000") + "</o:SubmitApplication>";
        Soap.Answer fault = Soap.applications(PORTAL, "en-GB,en;q=0.9,zh;q=0.5", request);
        assertThat(fault.text("faultstring")).isEqualTo("The input has 2 error(s); correct each one and submit again");
        assertThat(fault.fieldMessages())
                .containsEntry("itemCode", "There is no service item with code NO-SUCH-ITEM; choose one from the catalogue")
                .containsEntry("applicant.identifier", "The check character of the identity card number is wrong. Check the last character");
    }

    @Test
    void an_applicant_kind_the_schema_does_not_know_and_a_file_over_20_mib_are_named_too() {
        byte[] large = Arrays.copyOf(Api.pdf("large"), 20 * 1024 * 1024 + 1);
        Map<String, byte[]> files = Api.pdfs(COMPANY_MATERIALS);
        files.put("CHARTER", large);
        String request = "<o:itemCode>SCJ-001</o:itemCode>"
                + Soap.applicant("COMPANY", Applications.creditCode(), "广州天河超大文件有限公司", "13912345678")
                + Soap.fields(Map.of("companyName", "广州天河超大文件有限公司", "address", "广州市天河区天河路385号",
                "registeredCapital", "100", "businessScope", "软件开发"));
        Soap.Answer fault = Soap.submit(PORTAL, "zh-CN", request, files);
        assertThat(fault.fieldMessages()).containsOnlyKeys("applicant.kind", "materials.CHARTER")
                .containsEntry("materials.CHARTER", "“公司章程”的文件超过 20 MB，请压缩或拆分后上传");
    }

    @Test
    void a_wrong_query_code_is_not_found_and_says_nothing_about_the_case() {
        String number = Soap.submit(PORTAL, "zh-CN", "<o:itemCode>SCJ-001</o:itemCode>"
                        + Soap.applicant("ENTERPRISE", Applications.creditCode(), "广州天河查询码测试有限公司", "13912345678")
                        + Soap.fields(Map.of("companyName", "广州天河查询码测试有限公司", "address", "广州市天河区天河路385号",
                        "registeredCapital", "100", "businessScope", "软件开发")), Api.pdfs(COMPANY_MATERIALS))
                .ok().text("applicationNumber");
        Soap.Answer fault = Soap.applications(PORTAL, "zh-CN", "<o:GetStatus><o:applicationNumber>" + number
                + "</o:applicationNumber><o:queryCode>WRONG1</o:queryCode></o:GetStatus>");
        assertThat(fault.text("kind")).isEqualTo("NOT_FOUND");
        assertThat(fault.body()).doesNotContain("广州天河查询码测试有限公司").doesNotContain("SUBMITTED");
    }

    private static int queueSize() {
        return Api.as("wang.fang").get("/window/applications").then().statusCode(200).extract().jsonPath().getList("$").size();
    }
}
