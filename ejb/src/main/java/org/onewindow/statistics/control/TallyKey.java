package org.onewindow.statistics.control;

/** Whose counts: a department, an item (all its versions), a kind of work. */
public record TallyKey(String department, String item, WorkKind kind) {
}
