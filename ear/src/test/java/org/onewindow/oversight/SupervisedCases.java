package org.onewindow.oversight;

import io.restassured.path.json.JsonPath;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.onewindow.platform.Applications.COMPANY_MATERIALS;

/**
 * Test data for supervision: items of their own (so counts by item are exactly a test's cases), decided at the
 * market regulation bureau's window in one stage, and cases of them submitted and accepted at a given time.
 */
final class SupervisedCases {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 10_000));

    private SupervisedCases() {
    }

    /** Publishes an item led by TH-SCJ with a promised limit in working days and a fee schedule ("CODE" → yuan). */
    static String item(String prefix, int promisedWorkingDays, Map<String, String> fees) {
        String code = prefix + "-" + SERIAL.incrementAndGet();
        String feeJson = String.join(",", fees.entrySet().stream()
                .map(f -> "{\"code\":\"%s\",\"name\":\"%s费\",\"amount\":%s,\"basis\":\"测试收费标准\"}".formatted(f.getKey(), f.getKey(), f.getValue()))
                .toList());
        String draft = """
                {"name":"监察测试事项%s","kind":"SINGLE_DEPARTMENT","legalBasis":"《中华人民共和国行政许可法》第四十二条",
                 "legalLimit":{"amount":20,"unit":"WORKING_DAYS"},"promisedLimit":{"amount":%d,"unit":"WORKING_DAYS"},
                 "leadDepartment":"TH-SCJ","cooperations":[],
                 "materials":[{"code":"APPLY","name":"公司登记（备案）申请书","mandatory":true},{"code":"CHARTER","name":"公司章程","mandatory":true},
                              {"code":"SHAREHOLDER-ID","name":"股东主体资格证明","mandatory":true},{"code":"PREMISES","name":"住所使用证明","mandatory":true}],
                 "fees":[%s],
                 "formFields":[{"key":"companyName","label":"企业名称","type":"TEXT","required":true,"maxLength":100},
                               {"key":"address","label":"经营场所地址","type":"TEXT","required":true,"maxLength":200},
                               {"key":"registeredCapital","label":"注册资本（万元）","type":"NUMBER","required":true,"maxLength":15},
                               {"key":"businessScope","label":"经营范围","type":"TEXT","required":true,"maxLength":1000}]}"""
                .formatted(code, promisedWorkingDays, feeJson);
        Api.json(Api.as("admin")).body(draft).put("/admin/items/{c}", code).then().statusCode(200);
        return code;
    }

    /** Submits a case of the item; answers the receipt (number, query code). */
    static JsonPath submit(String itemCode, String company) {
        return Api.submit(Applications.companyRegistration(company, Applications.creditCode()).replace("SCJ-001", itemCode),
                Api.pdfs(COMPANY_MATERIALS)).then().statusCode(201).extract().jsonPath();
    }

    static String accept(String number) {
        return Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200).extract().path("acceptedAt");
    }

    /** The case's cards as the supervisor's board lists them. */
    static List<Map<String, Object>> cards(String number) {
        return Api.as("sun.li").queryParam("application", number).get("/supervision/cards").then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    static long count(List<Map<String, Object>> cards, String cause) {
        return cards.stream().filter(c -> cause.equals(c.get("cause"))).count();
    }

    static void scan() {
        Api.as("sun.li").post("/supervision/scan").then().statusCode(200);
    }
}
