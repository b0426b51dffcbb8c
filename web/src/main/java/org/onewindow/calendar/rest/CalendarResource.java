package org.onewindow.calendar.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.onewindow.calendar.DayKind;
import org.onewindow.calendar.LimitUnit;
import org.onewindow.calendar.SpecialDay;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.calendar.boundary.CalendarChange;
import org.onewindow.calendar.boundary.CalendarService;
import org.onewindow.shared.FieldError;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "calendar", description = "The working-day calendar: holidays, adjusted workdays, deadline arithmetic")
public class CalendarResource {

    @Inject
    CalendarService calendar;

    @GET
    @Path("/{year}")
    @Operation(summary = "The holidays and adjusted workdays of a year")
    public List<SpecialDay> year(@PathParam("year") int year) {
        return calendar.year(year);
    }

    @PUT
    @Path("/{year}")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "staff")
    @Operation(summary = "Replace the special days of a year (administrators); running applications' promised dates are recomputed")
    public CalendarChange replace(@PathParam("year") int year, YearInput input) {
        List<FieldError> problems = new ArrayList<>();
        List<SpecialDay> days = new ArrayList<>();
        List<SpecialDayInput> given = input == null || input.days() == null ? List.of() : input.days();
        for (int i = 0; i < given.size(); i++) {
            SpecialDayInput day = given.get(i);
            try {
                days.add(new SpecialDay(day.date(), DayKind.valueOf(String.valueOf(day.kind()).toUpperCase(Locale.ROOT)), day.name()));
            } catch (IllegalArgumentException | NullPointerException invalid) {
                problems.add(FieldError.of("days[" + i + "]", "calendar.day.invalid", String.valueOf(day.date())));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return calendar.replaceYear(year, days);
    }

    @GET
    @Path("/deadline")
    @Operation(summary = "The deadline of a time limit counted from an acceptance instant (ISO-8601, e.g. 2026-02-13T02:00:00Z)")
    public DeadlineAnswer deadline(@QueryParam("acceptedAt") String acceptedAt, @QueryParam("amount") Integer amount,
                                   @QueryParam("unit") String unit) {
        List<FieldError> problems = new ArrayList<>();
        Instant at = null;
        try {
            at = Instant.parse(String.valueOf(acceptedAt));
        } catch (DateTimeParseException invalid) {
            problems.add(FieldError.of("acceptedAt", "calendar.instant.invalid"));
        }
        if (amount == null || amount < 0 || amount > 3650) {
            problems.add(FieldError.of("amount", "calendar.amount.invalid", 0, 3650));
        }
        LimitUnit limitUnit = null;
        try {
            limitUnit = unit == null ? LimitUnit.WORKING_DAYS : LimitUnit.valueOf(unit.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException invalid) {
            problems.add(FieldError.of("unit", "calendar.unit.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        WorkingCalendar working = calendar.calendar();
        TimeLimit limit = new TimeLimit(amount, limitUnit);
        return new DeadlineAnswer(at, amount, limitUnit.name(), working.countingBase(at), working.deadline(at, limit));
    }

    @GET
    @Path("/working-days")
    @Operation(summary = "The number of working days d with from < d <= to")
    public int workingDays(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<FieldError> problems = new ArrayList<>();
        LocalDate start = date("from", from, problems);
        LocalDate end = date("to", to, problems);
        if (problems.isEmpty() && Math.abs(java.time.temporal.ChronoUnit.DAYS.between(start, end)) > 3660) {
            problems.add(FieldError.of("to", "calendar.range.too-long", 10));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return calendar.workingDaysBetween(start, end);
    }

    private static LocalDate date(String field, String value, List<FieldError> problems) {
        try {
            return LocalDate.parse(String.valueOf(value));
        } catch (DateTimeParseException invalid) {
            problems.add(FieldError.of(field, "calendar.date.invalid"));
            return null;
        }
    }
}
