package org.onewindow.catalogue;

/** The kinds of value an item's own form field takes. */
public enum FieldType {
    TEXT,
    NUMBER,
    DATE,
    BOOLEAN
}
