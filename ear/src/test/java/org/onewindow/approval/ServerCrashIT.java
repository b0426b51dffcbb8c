package org.onewindow.approval;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.TestServer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The server dies (kill -9) while window clerks are accepting parallel cases, so while sub-applications
 * are being written and their routing messages sent. After the restart every case is either accepted
 * with each cooperating department's part exactly once, each part received by its department exactly
 * once, or still waiting at the window untouched, to be accepted again.
 */
class ServerCrashIT {

    private static final List<String> DEPARTMENTS = List.of("TH-STJ", "TH-XFJ", "TH-CGJ", "TH-WJJ");
    private static final int CASES = 40;
    private static final int KILL_AFTER_ACCEPTED = 12;

    @Test
    void a_server_killed_in_the_middle_of_a_fan_out_routes_every_part_exactly_once_after_restart() throws Exception {
        List<String> numbers = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            numbers.add(Api.submit(Applications.restaurant("广州天河断电测试餐饮" + i + "号店"), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                    .then().statusCode(201).extract().jsonPath().getString("applicationNumber"));
        }
        TestServer server = TestServer.running();

        // Two clerks accept from four desks; the server is killed once a dozen acceptances have come back.
        ConcurrentLinkedQueue<String> queue = new ConcurrentLinkedQueue<>(numbers);
        AtomicInteger accepted = new AtomicInteger();
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger cutOff = new AtomicInteger();
        CountDownLatch enoughAccepted = new CountDownLatch(1);
        ExecutorService desks = Executors.newFixedThreadPool(4);
        for (int desk = 0; desk < 4; desk++) {
            String clerk = desk % 2 == 0 ? "wang.fang" : "zhou.qiang";
            desks.submit(() -> {
                for (String number; (number = queue.poll()) != null; ) {
                    inFlight.incrementAndGet();
                    try {
                        int status = Api.as(clerk).post("/window/applications/{n}/acceptance", number).statusCode();
                        if (status == 200 && accepted.incrementAndGet() >= KILL_AFTER_ACCEPTED) {
                            enoughAccepted.countDown();
                        }
                    } catch (Exception connectionLost) {
                        // the server went away mid-request (REST-assured rethrows the SocketException unchecked)
                        cutOff.incrementAndGet();
                        return;
                    } finally {
                        inFlight.decrementAndGet();
                    }
                }
            });
        }
        assertThat(enoughAccepted.await(60, TimeUnit.SECONDS)).as("a dozen acceptances before the kill").isTrue();
        int outstandingAtKill = inFlight.get();
        server.kill();
        desks.shutdown();
        assertThat(desks.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
        assertThat(outstandingAtKill).as("acceptances in flight when the server was killed").isPositive();
        assertThat(accepted.get()).as("not every case was accepted before the kill").isLessThan(CASES);

        server.restart(Duration.ofMinutes(3));

        // The window picks up where it was: a case still waiting is accepted now; none is accepted twice.
        int acceptedAfterRestart = 0;
        for (String number : numbers) {
            String status = Api.as("wang.fang").get("/window/applications/{n}", number).then().statusCode(200)
                    .extract().path("status");
            if ("SUBMITTED".equals(status)) {
                assertThat(parts(number)).as("a case not accepted has no parts: " + number).isEmpty();
                Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200);
                acceptedAfterRestart++;
            }
        }
        assertThat(acceptedAfterRestart).as("cases that were still at the window").isPositive();

        // Every case: each department's part exactly once, each received exactly once, whatever the broker redelivered.
        Instant until = Instant.now().plus(Duration.ofMinutes(4));
        for (String number : numbers) {
            while (!everyPartReceived(number)) {
                assertThat(Instant.now()).as("every part of " + number + " received after the restart").isBefore(until);
                Thread.sleep(200);
            }
            List<Map<String, Object>> parts = parts(number);
            assertThat(parts).extracting(p -> p.get("department")).containsExactlyInAnyOrderElementsOf(DEPARTMENTS);
            List<String> history = Api.as("wang.fang").get("/window/applications/{n}/history", number).then().statusCode(200)
                    .extract().jsonPath().getList("action", String.class);
            assertThat(history).filteredOn("ACCEPT"::equals).as("accepted once: " + number).hasSize(1);
            assertThat(history).filteredOn("FAN_OUT"::equals).as("fanned out once: " + number).hasSize(1);
            assertThat(history).filteredOn("SUB_APPLICATION_RECEIVED"::equals).as("each part received once: " + number)
                    .hasSize(DEPARTMENTS.size());
        }
        System.out.printf("killed with %d acceptances in flight after %d accepted (%d requests cut off); %d accepted after the restart%n",
                outstandingAtKill, accepted.get(), cutOff.get(), acceptedAfterRestart);
    }

    private static List<Map<String, Object>> parts(String number) {
        JsonPath parts = Api.as("wang.fang").get("/window/applications/{n}/departments", number).then().statusCode(200)
                .extract().jsonPath();
        return parts.getList("$");
    }

    private static boolean everyPartReceived(String number) {
        List<Map<String, Object>> parts = parts(number);
        return parts.size() == DEPARTMENTS.size() && parts.stream().allMatch(p -> "RECEIVED".equals(p.get("status")));
    }
}
