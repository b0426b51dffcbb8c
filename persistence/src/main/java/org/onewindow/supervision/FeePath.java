package org.onewindow.supervision;

/**
 * How a fee was recorded. A window clerk may charge at most the item's schedule; a section chief or director
 * of the lead department may record more with a written reason (an override: a red card for supervision to
 * review); an integrating system reports what it collected, and more than the schedule is a red card too.
 */
public enum FeePath {
    WINDOW,
    OVERRIDE,
    INTEGRATION
}
