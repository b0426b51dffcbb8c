package org.onewindow.supervision.rest;

import org.onewindow.shared.InvalidInputException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/** Query parameters read once, each wrong one refused with its field. */
public final class Choices {

    private Choices() {
    }

    public static <E extends Enum<E>> E of(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst()
                .orElseThrow(() -> InvalidInputException.of(field, "supervision.choice", value,
                        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList())));
    }

    public static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "supervision.date-required");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException wrong) {
            throw InvalidInputException.of(field, "supervision.date-format", value);
        }
    }

    public static YearMonth month(String field, String value) {
        if (value == null || value.isBlank()) {
            throw InvalidInputException.of(field, "supervision.month-required");
        }
        try {
            return YearMonth.parse(value);
        } catch (DateTimeParseException wrong) {
            throw InvalidInputException.of(field, "supervision.month-format", value);
        }
    }
}
