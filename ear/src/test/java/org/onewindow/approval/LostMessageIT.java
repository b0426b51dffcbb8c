package org.onewindow.approval;

import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.Broker;
import org.onewindow.platform.Tasks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.platform.Tasks.approve;
import static org.onewindow.platform.Tasks.awaitAt;

/**
 * A message the broker lost (as after a crash it could not recover) is sent again from what the
 * database says: the parts of an accepted case still waiting for their departments, a department's
 * answer the lead department never collected. The test server sends again after 5 s.
 */
class LostMessageIT {

    private static final String ROUTING = "onewindow.routing";
    private static final String DECISIONS = "onewindow.decisions";

    @Test
    void lost_routing_messages_are_sent_again_and_every_department_receives_its_part_once() throws Exception {
        String number = Api.submit(Applications.restaurant("广州天河失而复得餐饮有限公司"), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                .then().statusCode(201).extract().path("applicationNumber");
        Broker.pause(ROUTING);
        try {
            Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200);
            assertThat(Broker.removeAll(ROUTING)).as("the four routing messages, thrown away").isEqualTo(4);
        } finally {
            Broker.resume(ROUTING);
        }
        assertThat(parts(number)).extracting(p -> p.get("status")).containsOnly("ROUTED").hasSize(4);

        awaitUntil(Duration.ofSeconds(60), () -> parts(number).stream().allMatch(p -> "RECEIVED".equals(p.get("status"))));
        assertThat(Tasks.history("wang.fang", number)).filteredOn("SUB_APPLICATION_RECEIVED"::equals).hasSize(4);
        assertThat(Tasks.inList("zhang.wei", number)).as("the environment bureau's clerk has the task").isNotNull();
    }

    @Test
    void a_lost_answer_is_sent_again_and_collected_once() throws Exception {
        String number = Api.submit(Applications.restaurant("广州天河答复补发餐饮有限公司"), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                .then().statusCode(201).extract().path("applicationNumber");
        Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200);
        Tasks.throughThreeStagesExceptLast(number, "yang.fan", "xu.ming");
        int fire = awaitAt("ma.lin", number, "审定");

        Broker.pause(DECISIONS);
        try {
            approve("ma.lin", fire, "消防安全承诺材料齐全，同意", false);
            assertThat(Broker.removeAll(DECISIONS)).as("the fire brigade's answer, thrown away").isEqualTo(1);
        } finally {
            Broker.resume(DECISIONS);
        }
        assertThat(fireCollected(number)).as("not collected while the answer is lost").isFalse();
        awaitUntil(Duration.ofSeconds(60), () -> fireCollected(number));
    }

    private static boolean fireCollected(String number) {
        return parts(number).stream().filter(p -> "TH-XFJ".equals(p.get("department")))
                .anyMatch(p -> p.get("collectedAt") != null);
    }

    private static List<Map<String, Object>> parts(String number) {
        return Api.as("wang.fang").get("/window/applications/{n}/departments", number).then().statusCode(200)
                .extract().jsonPath().getList("$");
    }

    private static void awaitUntil(Duration timeout, java.util.function.BooleanSupplier condition) throws InterruptedException {
        Instant until = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("reached within " + timeout).isBefore(until);
            Thread.sleep(250);
        }
    }
}
