package org.onewindow.supervision;

import org.junit.jupiter.api.Test;
import org.onewindow.calendar.ChinaPublicHolidays;
import org.onewindow.calendar.OfficeHours;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** When a deadline's yellow and red cards fall due, on the working-day calendar, and what a rule accepts. */
class DeadlineLookTest {

    private static final WorkingCalendar CALENDAR = new WorkingCalendar(ChinaPublicHolidays.year(2026), OfficeHours.standard());
    private static final CardRule STAGE = CardRule.standard(CardCause.STAGE_NEAR_DEADLINE);

    @Test
    void a_five_day_stage_turns_yellow_one_working_day_before_its_deadline_and_red_the_day_after_it() {
        LocalDate deadline = LocalDate.of(2026, 12, 21);
        TimeLimit five = TimeLimit.workingDays(5);
        assertThat(at("2026-12-17", deadline, five)).isEqualTo(new DeadlineLook(null, LocalDate.of(2026, 12, 18)));
        assertThat(at("2026-12-18", deadline, five)).isEqualTo(new DeadlineLook(CardColor.YELLOW, LocalDate.of(2026, 12, 22)));
        assertThat(at("2026-12-21", deadline, five).due()).as("the deadline day is still in time").isEqualTo(CardColor.YELLOW);
        assertThat(at("2026-12-22", deadline, five)).isEqualTo(new DeadlineLook(CardColor.RED, null));
    }

    @Test
    void the_share_of_time_wins_when_it_comes_first_and_the_calendar_skips_holidays() {
        // 10 working days, 80 %: yellow with 2 days left, earlier than "1 day before"; National Day 2026 is 1-7 October
        LocalDate deadline = CALENDAR.addWorkingDays(LocalDate.of(2026, 9, 28), 10);
        assertThat(deadline).as("Saturday 10 October is an adjusted working day").isEqualTo(LocalDate.of(2026, 10, 16));
        DeadlineLook look = at("2026-09-29", deadline, TimeLimit.workingDays(10));
        assertThat(look.nextLook()).isEqualTo(LocalDate.of(2026, 10, 14));
    }

    @Test
    void a_one_day_stage_is_not_yellow_on_its_first_day_and_a_disabled_warning_waits_for_the_red_card() {
        LocalDate deadline = LocalDate.of(2026, 12, 15);
        assertThat(at("2026-12-14", deadline, TimeLimit.workingDays(1)).nextLook()).isEqualTo(deadline);
        CardRule off = CardRule.standard(CardCause.STAGE_NEAR_DEADLINE);
        off.change(false, 80, 1, null, null, "admin", Instant.EPOCH);
        DeadlineLook look = DeadlineLook.at(LocalDate.of(2026, 12, 15), deadline, TimeLimit.workingDays(1), off, true, CALENDAR);
        assertThat(look).isEqualTo(new DeadlineLook(null, LocalDate.of(2026, 12, 16)));
    }

    @Test
    void a_rule_takes_only_the_numbers_of_its_cause_each_within_range() {
        CardRule rule = CardRule.standard(CardCause.LATE_ACCEPTANCE);
        assertThatThrownBy(() -> rule.change(true, 80, null, 0, null, "admin", Instant.EPOCH))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.errors()).extracting(f -> f.field())
                        .containsExactlyInAnyOrder("sharePercent", "workingDays"));
        rule.change(true, null, null, 7, null, "admin", Instant.EPOCH);
        assertThat(rule.workingDays()).isEqualTo(7);
        assertThat(rule.changedBy()).isEqualTo("admin");
    }

    private static DeadlineLook at(String today, LocalDate deadline, TimeLimit limit) {
        return DeadlineLook.at(LocalDate.parse(today), deadline, limit, STAGE, true, CALENDAR);
    }
}
