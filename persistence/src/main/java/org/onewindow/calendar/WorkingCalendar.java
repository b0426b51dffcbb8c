package org.onewindow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Working-day arithmetic for approval time limits: Monday to Friday are worked, except public
 * holidays; Saturday and Sunday are off, except adjusted workdays. Immutable and thread-safe.
 * Dates outside the loaded schedules follow the plain weekday rule.
 */
public final class WorkingCalendar {

    private final Map<LocalDate, SpecialDay> specialDays;
    private final OfficeHours officeHours;

    public WorkingCalendar(Collection<SpecialDay> specialDays, OfficeHours officeHours) {
        Objects.requireNonNull(specialDays, "specialDays");
        this.officeHours = Objects.requireNonNull(officeHours, "officeHours");
        Map<LocalDate, SpecialDay> byDate = new HashMap<>();
        for (SpecialDay day : specialDays) {
            Objects.requireNonNull(day, "special day");
            SpecialDay previous = byDate.putIfAbsent(day.date(), day);
            // Two entries for one date would make the outcome depend on input order.
            if (previous != null) {
                throw new IllegalArgumentException("Two entries for " + day.date() + ": "
                        + previous.name() + ", " + day.name());
            }
        }
        this.specialDays = Map.copyOf(byDate);
    }

    public OfficeHours officeHours() {
        return officeHours;
    }

    /** The holiday or adjusted workday on this date, for display. */
    public Optional<SpecialDay> specialDay(LocalDate date) {
        return Optional.ofNullable(specialDays.get(Objects.requireNonNull(date, "date")));
    }

    public boolean isWorkingDay(LocalDate date) {
        SpecialDay special = specialDays.get(Objects.requireNonNull(date, "date"));
        if (special != null) {
            return special.kind() == DayKind.ADJUSTED_WORKDAY;
        }
        return !SpecialDay.isWeekend(date);
    }

    /** The first working day strictly after {@code date}. */
    public LocalDate nextWorkingDay(LocalDate date) {
        LocalDate day = Objects.requireNonNull(date, "date").plusDays(1);
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The day a limit is counted from, itself not counted (Civil Code art. 201). An acceptance on
     * a non-working day, or at or after closing time, counts as made on the next working day.
     */
    public LocalDate countingBase(Instant acceptedAt) {
        ZonedDateTime local = Objects.requireNonNull(acceptedAt, "acceptedAt").atZone(officeHours.zone());
        LocalDate date = local.toLocalDate();
        if (isWorkingDay(date) && local.toLocalTime().isBefore(officeHours.closes())) {
            return date;
        }
        return nextWorkingDay(date);
    }

    /** The n-th working day strictly after {@code base}; {@code base} itself when n is 0. */
    public LocalDate addWorkingDays(LocalDate base, int n) {
        Objects.requireNonNull(base, "base");
        if (n < 0) {
            throw new IllegalArgumentException("Cannot add a negative number of working days: " + n);
        }
        LocalDate day = base;
        for (int left = n; left > 0; ) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The last day of a limit. A natural-day limit ending on a non-working day ends on the next
     * working day instead (Civil Code art. 203). A zero limit is due on the counting base.
     */
    public LocalDate deadline(Instant acceptedAt, TimeLimit limit) {
        Objects.requireNonNull(limit, "limit");
        LocalDate base = countingBase(acceptedAt);
        return switch (limit.unit()) {
            case WORKING_DAYS -> addWorkingDays(base, limit.amount());
            case NATURAL_DAYS -> {
                LocalDate last = base.plusDays(limit.amount());
                yield isWorkingDay(last) ? last : nextWorkingDay(last);
            }
        };
    }

    /** Working days d with from &lt; d &lt;= to; negated when {@code to} is before {@code from}. */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** As {@link #workingDaysBetween(LocalDate, LocalDate)} on the office-zone dates. */
    public int workingDaysBetween(Instant from, Instant to) {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        return workingDaysBetween(
                from.atZone(officeHours.zone()).toLocalDate(),
                to.atZone(officeHours.zone()).toLocalDate());
    }

    /**
     * Moves a deadline by n working days: forwards as {@link #addWorkingDays}, backwards to the
     * |n|-th working day strictly before it when n is negative.
     */
    public LocalDate shiftByWorkingDays(LocalDate deadline, int n) {
        Objects.requireNonNull(deadline, "deadline");
        if (n >= 0) {
            return addWorkingDays(deadline, n);
        }
        LocalDate day = deadline;
        for (int left = -n; left > 0; ) {
            day = day.minusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }
}
