package org.onewindow.calendar;

import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.platform.Applications.COMPANY_MATERIALS;

/** The calendar as integrators and administrators use it. */
class CalendarIT {

    @Test
    void the_2026_schedule_is_served_and_deadlines_follow_it() {
        List<Map<String, String>> days = Api.anonymous().get("/calendar/2026").then().statusCode(200).extract().jsonPath().getList("$");
        assertThat(days).anySatisfy(d -> assertThat(d).containsEntry("date", "2026-01-04").containsEntry("kind", "ADJUSTED_WORKDAY"));
        assertThat(days).anySatisfy(d -> assertThat(d).containsEntry("date", "2026-02-17").containsEntry("kind", "HOLIDAY"));
        // Friday 13 Feb 2026, 10:00 in Guangzhou: 14 Feb is a working Saturday, 15-23 Feb are the Spring Festival.
        Api.anonymous().queryParam("acceptedAt", "2026-02-13T02:00:00Z").queryParam("amount", 5)
                .get("/calendar/deadline").then().statusCode(200)
                .body("countingBase", equalTo("2026-02-13")).body("deadline", equalTo("2026-02-27"));
        Api.anonymous().queryParam("from", "2026-02-13").queryParam("to", "2026-02-28").get("/calendar/working-days")
                .then().statusCode(200).body(equalTo("6"));
    }

    @Test
    void a_new_holiday_moves_the_promised_date_of_running_applications_and_is_audited() {
        String number = Api.submit(Applications.companyRegistration("广州天河日历测试有限公司", Applications.creditCode()),
                Api.pdfs(COMPANY_MATERIALS)).then().statusCode(201).extract().path("applicationNumber");
        JsonPath accepted = Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200)
                .extract().jsonPath();
        LocalDate base = LocalDate.parse(accepted.getString("countingBase"));
        LocalDate promised = LocalDate.parse(accepted.getString("promisedDate"));
        LocalDate firstDay = LocalDate.parse(Api.deadline(accepted.getString("acceptedAt"), 1));
        int year = firstDay.getYear();
        List<Map<String, Object>> original = Api.anonymous().get("/calendar/{y}", year).then().statusCode(200).extract().jsonPath().getList("$");

        List<Map<String, Object>> withHoliday = new ArrayList<>(original);
        Map<String, Object> holiday = new LinkedHashMap<>();
        holiday.put("date", firstDay.toString());
        holiday.put("kind", "HOLIDAY");
        holiday.put("name", "测试临时放假");
        withHoliday.add(holiday);
        try {
            JsonPath change = Api.json(Api.as("admin")).body(Map.of("days", withHoliday)).put("/calendar/{y}", year)
                    .then().statusCode(200).extract().jsonPath();
            assertThat(change.getList("moved.applicationNumber", String.class)).contains(number);
            String moved = Api.as("wang.fang").get("/window/applications/{n}", number).then().statusCode(200)
                    .extract().path("promisedDate");
            assertThat(LocalDate.parse(moved)).isAfter(promised);
            assertThat(base).isBefore(firstDay);

            Api.json(Api.as("wang.fang")).body(Map.of("days", original)).put("/calendar/{y}", year).then().statusCode(403);
            Api.json(Api.anonymous()).body(Map.of("days", original)).put("/calendar/{y}", year).then().statusCode(401);
        } finally {
            Api.json(Api.as("admin")).body(Map.of("days", original)).put("/calendar/{y}", year).then().statusCode(200);
        }
        String restored = Api.as("wang.fang").get("/window/applications/{n}", number).then().extract().path("promisedDate");
        assertThat(restored).isEqualTo(promised.toString());
    }
}
