package org.onewindow.catalogue;

/**
 * How the cooperating departments of a parallel case work (抄告制 / 联审制): each on its own after a
 * notice, or together in a joint review meeting the lead department convenes.
 */
public enum ReviewMode {
    NOTIFY,
    JOINT_REVIEW
}
