package org.onewindow.catalogue;

/** How a stage with several handlers (会签) is passed: by one handler, by every one, or by any one of them. */
public enum Countersign {
    NONE,
    ALL,
    ANY
}
