package org.onewindow.statistics.control;

/**
 * What a row of the statistics counts: a lead department's cases (办件), or a cooperating department's parts of
 * parallel cases (子项). The centre's totals count cases only, so a parallel case is counted once; a department's
 * figures count its own cases and its parts of others' cases.
 */
public enum WorkKind {
    CASE,
    PART
}
