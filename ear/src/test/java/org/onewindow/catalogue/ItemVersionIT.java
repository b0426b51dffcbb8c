package org.onewindow.catalogue;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;


import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.platform.Applications.COMPANY_MATERIALS;

/** A change to an item applies to new applications only; a running application keeps its version and its limit. */
class ItemVersionIT {

    @Test
    void a_new_version_of_an_item_leaves_the_applications_submitted_under_the_old_one_alone() {
        // An item of its own, so other tests keep the demo catalogue as it is.
        String code = "IT-VERSIONED-" + (System.nanoTime() % 1_000_000);
        String draft = """
                {"name":"有限责任公司设立登记","kind":"SINGLE_DEPARTMENT","legalBasis":"《中华人民共和国公司法》第二十九条",
                 "legalLimit":{"amount":15,"unit":"WORKING_DAYS"},"promisedLimit":{"amount":%d,"unit":"WORKING_DAYS"},
                 "leadDepartment":"TH-SCJ","cooperations":[],
                 "materials":[{"code":"APPLY","name":"公司登记（备案）申请书","mandatory":true},{"code":"CHARTER","name":"公司章程","mandatory":true},
                              {"code":"SHAREHOLDER-ID","name":"股东主体资格证明","mandatory":true},{"code":"PREMISES","name":"住所使用证明","mandatory":true}],
                 "fees":[],
                 "formFields":[{"key":"companyName","label":"企业名称","type":"TEXT","required":true,"maxLength":100},
                               {"key":"address","label":"经营场所地址","type":"TEXT","required":true,"maxLength":200},
                               {"key":"registeredCapital","label":"注册资本（万元）","type":"NUMBER","required":true,"maxLength":15},
                               {"key":"businessScope","label":"经营范围","type":"TEXT","required":true,"maxLength":1000}]}""";
        Api.json(Api.as("admin")).body(draft.formatted(3)).put("/admin/items/{c}", code).then().statusCode(200).body("version", equalTo(1));
        String before = Api.submit(Applications.companyRegistration("广州天河旧版事项有限公司", Applications.creditCode())
                .replace("SCJ-001", code), Api.pdfs(COMPANY_MATERIALS)).then().statusCode(201).extract().path("applicationNumber");
        int version = 1;

        Api.json(Api.as("wang.fang")).body(draft.formatted(2)).put("/admin/items/{c}", code).then().statusCode(403);
        Api.json(Api.as("admin")).body(draft.formatted(2)).put("/admin/items/{c}", code).then().statusCode(200)
                .body("version", equalTo(version + 1)).body("promisedLimit.amount", equalTo(2));

        String after = Api.submit(Applications.companyRegistration("广州天河新版事项有限公司", Applications.creditCode())
                .replace("SCJ-001", code), Api.pdfs(COMPANY_MATERIALS)).then().statusCode(201).extract().path("applicationNumber");
        JsonPath old = Api.as("wang.fang").post("/window/applications/{n}/acceptance", before).then().statusCode(200).extract().jsonPath();
        JsonPath fresh = Api.as("wang.fang").post("/window/applications/{n}/acceptance", after).then().statusCode(200).extract().jsonPath();
        assertThat(old.getInt("itemVersion")).isEqualTo(version);
        assertThat(fresh.getInt("itemVersion")).isEqualTo(version + 1);
        assertThat(old.getString("promisedDate")).isEqualTo(Api.deadline(old.getString("acceptedAt"), 3));
        assertThat(fresh.getString("promisedDate")).isEqualTo(Api.deadline(fresh.getString("acceptedAt"), 2));
    }

    @Test
    void an_item_that_breaks_a_rule_is_refused_with_the_rule() {
        String parallelWithoutDepartments = """
                {"name":"无协办部门的联办事项","kind":"PARALLEL","legalBasis":"测试","legalLimit":{"amount":10,"unit":"WORKING_DAYS"},
                 "promisedLimit":{"amount":5,"unit":"WORKING_DAYS"},"leadDepartment":"TH-SCJ"}""";
        Api.json(Api.as("admin")).body(parallelWithoutDepartments).put("/admin/items/TEST-BROKEN").then().statusCode(400)
                .body("errors[0].field", equalTo("item"))
                .body("errors[0].message", equalTo("事项定义不符合规则：Invalid service item: a parallel item needs cooperating departments。请修改后重新发布"));
        Api.anonymous().get("/items/TEST-BROKEN").then().statusCode(404);
    }
}
