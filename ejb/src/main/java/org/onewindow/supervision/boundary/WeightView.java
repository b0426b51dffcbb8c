package org.onewindow.supervision.boundary;

import org.onewindow.supervision.PerformanceMeasure;

import java.math.BigDecimal;

/** A measure of the department scores, whether it is a rate (earns up to its weight) or a count (costs its weight each), and its weight. */
public record WeightView(PerformanceMeasure measure, boolean rate, BigDecimal weight) {
}
