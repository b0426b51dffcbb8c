package org.onewindow.platform;

import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static org.hamcrest.Matchers.equalTo;

/** Stage work over the REST API, as a department's staff do it from their work lists. */
public final class Tasks {

    private Tasks() {
    }

    /** The case's task in this person's work list, or null when it is not there. */
    public static Map<String, Object> inList(String user, String number) {
        List<Map<String, Object>> list = Api.as(user).get("/department/sub-applications").then().statusCode(200)
                .extract().jsonPath().getList("$");
        return list.stream().filter(i -> number.equals(i.get("applicationNumber"))).findFirst().orElse(null);
    }

    /** Waits (messages take a moment) until the case's task is in this person's list at the named stage. */
    public static int awaitAt(String user, String number, String stage) {
        await(() -> {
            Map<String, Object> task = inList(user, number);
            return task != null && stage.equals(task.get("stageName"));
        });
        return ((Number) inList(user, number).get("id")).intValue();
    }

    public static Response act(String user, int id, String action, Map<String, ?> body) {
        return Api.json(Api.as(user)).body(body == null ? Map.of() : body).post("/department/sub-applications/{id}/" + action, id);
    }

    /** Approves the current stage with an opinion, internal or for the applicant to read; expects success. */
    public static JsonPath approve(String user, int id, String opinion, boolean internal) {
        Map<String, Object> body = new HashMap<>();
        body.put("opinion", opinion);
        body.put("internal", internal);
        return act(user, id, "approval", body).then().statusCode(200).extract().jsonPath();
    }

    /** A department's three stages (受理审查 → 审核 → 审定), each approved by its handler, the last with a public opinion. */
    public static void throughThreeStages(String number, String clerk, String chief, String director, String finalOpinion) {
        int id = awaitAt(clerk, number, "受理审查");
        approve(clerk, id, "材料齐全，转科长审核", true);
        approve(chief, awaitAt(chief, number, "审核"), "经审核符合要求", true);
        approve(director, awaitAt(director, number, "审定"), finalOpinion, false);
    }

    /** The first two stages only: the task waits at 审定 for the director. */
    public static void throughThreeStagesExceptLast(String number, String clerk, String chief) {
        approve(clerk, awaitAt(clerk, number, "受理审查"), "材料齐全，转科长审核", true);
        approve(chief, awaitAt(chief, number, "审核"), "经审核符合要求", true);
    }

    public static JsonPath detail(String user, int id) {
        return Api.as(user).get("/department/sub-applications/{id}", id).then().statusCode(200).extract().jsonPath();
    }

    public static List<String> history(String clerk, String number) {
        return Api.as(clerk).get("/window/applications/{n}/history", number).then().statusCode(200)
                .extract().jsonPath().getList("action", String.class);
    }

    /** The lead department's window decides last (集中回复). */
    public static JsonPath decideAtWindow(String clerk, String number, boolean approve, String opinion) {
        return Api.json(Api.as(clerk)).body(Map.of("approve", approve, "opinion", opinion))
                .post("/window/applications/{n}/decision", number).then().statusCode(200)
                .body("status", equalTo(approve ? "APPROVED" : "REFUSED")).extract().jsonPath();
    }

    /** Waits up to 30 s for what the broker will bring. */
    public static void await(BooleanSupplier condition) {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not reached within 30 s");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new AssertionError(interrupted);
            }
        }
    }
}
