package org.onewindow.catalogue;

/** 即办件 decided at the window, 承诺件 decided by one department, 联办件 decided by several in parallel. */
public enum ItemKind {
    INSTANT,
    SINGLE_DEPARTMENT,
    PARALLEL
}
