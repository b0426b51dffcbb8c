package org.onewindow.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The national holiday schedule issued each year by the General Office of the State Council.
 * Every day off is listed as a holiday, weekend ones included, so screens can show its name.
 */
public final class ChinaPublicHolidays {

    private ChinaPublicHolidays() {
    }

    /** The schedule for one year; only published years are known. */
    public static List<SpecialDay> year(int year) {
        return switch (year) {
            case 2025 -> year2025();
            case 2026 -> year2026();
            default -> throw new IllegalArgumentException("No holiday schedule for " + year);
        };
    }

    private static List<SpecialDay> year2025() {
        List<SpecialDay> days = new ArrayList<>();
        off(days, "元旦", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1));
        off(days, "春节", LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4));
        work(days, "春节调休上班", LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8));
        off(days, "清明节", LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 6));
        off(days, "劳动节", LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 5));
        work(days, "劳动节调休上班", LocalDate.of(2025, 4, 27));
        off(days, "端午节", LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 2));
        // National Day and Mid-Autumn Festival (6 Oct) were merged into one break in 2025.
        off(days, "国庆节、中秋节", LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8));
        work(days, "国庆节调休上班", LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11));
        return List.copyOf(days);
    }

    private static List<SpecialDay> year2026() {
        List<SpecialDay> days = new ArrayList<>();
        off(days, "元旦", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3));
        work(days, "元旦调休上班", LocalDate.of(2026, 1, 4));
        off(days, "春节", LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23));
        work(days, "春节调休上班", LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28));
        off(days, "清明节", LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6));
        off(days, "劳动节", LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5));
        work(days, "劳动节调休上班", LocalDate.of(2026, 5, 9));
        off(days, "端午节", LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21));
        off(days, "中秋节", LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27));
        off(days, "国庆节", LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7));
        work(days, "国庆节调休上班", LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10));
        return List.copyOf(days);
    }

    /** Every day from first to last inclusive is a holiday. */
    private static void off(List<SpecialDay> days, String name, LocalDate first, LocalDate last) {
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.add(SpecialDay.holiday(day, name));
        }
    }

    /** Each listed date is an adjusted workday (not a range). */
    private static void work(List<SpecialDay> days, String name, LocalDate... dates) {
        for (LocalDate day : dates) {
            days.add(SpecialDay.adjustedWorkday(day, name));
        }
    }
}
