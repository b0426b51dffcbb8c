package org.onewindow.generator;

import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Measures a server holding a city's volume (see {@link CityVolume}): the supervision scan (server-side time, as the
 * scan reports it), the leader's month view and a year's Excel export (its progress polled, the server's heap peak
 * while writing). Prints the numbers; asserts nothing. Not a test: the profile city-volume runs it (README, "Scale").
 */
public final class CityVolumeMeasurement {

    private static final String PASSWORD = "OneWindow#2026";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    public static void main(String[] args) throws Exception {
        String base = System.getProperty("city.url", "http://127.0.0.1:8080/onewindow");
        LocalDate today = LocalDate.now(CHINA);

        long closing = System.nanoTime();
        List<String> closed = as(base, "admin").post("/admin/statistics/months").then().statusCode(200).extract().jsonPath().getList("$");
        System.out.printf("Closing %d finished months into summary rows: %.1f s%n", closed.size(), (System.nanoTime() - closing) / 1e9);

        JsonPath first = scan(base);
        System.out.printf("First scan (the backlog of everything due by today): %d tasks and %d cases looked at, %d cards, %.1f ms%n",
                first.getInt("tasksLooked"), first.getInt("casesLooked"), first.getInt("cardsRaised"), first.getDouble("milliseconds"));
        List<Double> steady = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            steady.add(scan(base).getDouble("milliseconds"));
        }
        System.out.printf("Scan of the running cases when nothing new crossed a threshold (20 scans): median %.2f ms, max %.2f ms%n",
                median(steady), Collections.max(steady));

        String month = YearMonth.from(today).toString();
        String previous = YearMonth.from(today).minusMonths(1).toString();
        for (String which : List.of(month, previous)) {
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 35; i++) {
                long started = System.nanoTime();
                as(base, "zhao.min").queryParam("month", which).get("/statistics/month").then().statusCode(200);
                if (i >= 5) {
                    times.add((System.nanoTime() - started) / 1e6);
                }
            }
            Collections.sort(times);
            System.out.printf("Leader's month view %s (HTTP, 30 after 5 warm-up): median %.1f ms, p95 %.1f ms%n", which, median(times),
                    times.get((int) (times.size() * 0.95) - 1));
        }

        LocalDate to = YearMonth.from(today).atDay(1);
        LocalDate from = to.minusYears(1);
        if (!Boolean.parseBoolean(System.getProperty("city.export", "true"))) {
            return;
        }
        long exporting = System.nanoTime();
        String id = as(base, "zhao.min").contentType("application/json").body(Map.of("from", from.toString(), "to", to.toString()))
                .post("/statistics/exports").then().statusCode(202).extract().path("id");
        JsonPath progress;
        int lastPercent = -1;
        do {
            Thread.sleep(500);
            progress = as(base, "zhao.min").get("/statistics/exports/{id}", id).then().statusCode(200).extract().jsonPath();
            if (progress.getInt("percent") / 10 != lastPercent / 10) {
                lastPercent = progress.getInt("percent");
                System.out.printf("  export %3d %% (%,d of %,d rows)%n", lastPercent, progress.getLong("written"), progress.getLong("total"));
            }
        } while ("RUNNING".equals(progress.getString("state")));
        double seconds = (System.nanoTime() - exporting) / 1e9;
        byte[] file = as(base, "zhao.min").get("/statistics/exports/{id}/file", id).then().statusCode(200).extract().asByteArray();
        System.out.printf("Year's Excel export %s to %s: %s, %,d rows, %.1f s, %,d bytes, server heap at most %,d MB while writing%n",
                from, to, progress.getString("state"), progress.getLong("written"), seconds, file.length,
                progress.getLong("heapPeakBytes") / (1024 * 1024));

        String clock = as(base, "admin").get("/admin/clock").then().extract().path("adjustable").toString();
        if (Boolean.parseBoolean(clock) && Boolean.parseBoolean(System.getProperty("city.next-day", "true"))) {
            as(base, "admin").contentType("application/json").body(Map.of("now", today.plusDays(1).atTime(10, 0).atZone(CHINA).toInstant().toString()))
                    .put("/admin/clock").then().statusCode(200);
            JsonPath nextDay = scan(base);
            System.out.printf("Scan the next day (what crossed a threshold overnight): %d tasks and %d cases, %d cards raised, %.1f ms%n",
                    nextDay.getInt("tasksLooked"), nextDay.getInt("casesLooked"), nextDay.getInt("cardsRaised"), nextDay.getDouble("milliseconds"));
            as(base, "admin").delete("/admin/clock").then().statusCode(200);
        }
    }

    private static JsonPath scan(String base) {
        return as(base, "sun.li").post("/supervision/scan").then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification as(String base, String user) {
        return RestAssured.given().baseUri(base).basePath("/api").auth().preemptive().basic(user, PASSWORD);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }
}
