package org.onewindow.acceptance;

import io.restassured.response.Response;
import org.junit.jupiter.api.RepeatedTest;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onewindow.platform.Applications.COMPANY_MATERIALS;

/** Two clerks of the same window press "accept" on the same case at the same moment: exactly one wins. */
class ConcurrentAcceptanceIT {

    @RepeatedTest(5)
    void exactly_one_of_two_simultaneous_acceptances_wins_and_the_other_gets_a_clear_conflict() throws Exception {
        String number = Api.submit(Applications.companyRegistration("广州天河并发测试有限公司", Applications.creditCode()),
                Api.pdfs(COMPANY_MATERIALS)).then().statusCode(201).extract().path("applicationNumber");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Response>> answers = List.of(pool.submit(accept("wang.fang", number, start)),
                    pool.submit(accept("zhou.qiang", number, start)));
            start.countDown();
            List<Integer> statuses = answers.stream().map(ConcurrentAcceptanceIT::statusOf).sorted().toList();
            assertThat(statuses).containsExactly(200, 409);
            Response loser = answers.stream().map(ConcurrentAcceptanceIT::get).filter(r -> r.statusCode() == 409).findFirst().orElseThrow();
            assertThat(loser.jsonPath().getString("code")).isIn("error.concurrent-change", "application.transition-not-allowed");
            assertThat(loser.jsonPath().getString("message")).contains("请刷新后查看最新状态");
        } finally {
            pool.shutdownNow();
        }
        String winner = Api.as("wang.fang").get("/window/applications/{n}", number).then().statusCode(200).extract().path("acceptedBy");
        assertThat(winner).isIn("wang.fang", "zhou.qiang");
    }

    private static Callable<Response> accept(String clerk, String number, CountDownLatch start) {
        return () -> {
            start.await();
            return Api.as(clerk).post("/window/applications/{n}/acceptance", number);
        };
    }

    private static Response get(Future<Response> answer) {
        try {
            return answer.get();
        } catch (Exception failed) {
            throw new IllegalStateException(failed);
        }
    }

    private static int statusOf(Future<Response> answer) {
        return get(answer).statusCode();
    }
}
