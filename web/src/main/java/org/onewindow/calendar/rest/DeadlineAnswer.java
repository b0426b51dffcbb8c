package org.onewindow.calendar.rest;

import java.time.Instant;
import java.time.LocalDate;

/** When a time limit started counting from an acceptance ends. */
public record DeadlineAnswer(Instant acceptedAt, int amount, String unit, LocalDate countingBase, LocalDate deadline) {
}
