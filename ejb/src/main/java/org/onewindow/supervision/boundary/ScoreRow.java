package org.onewindow.supervision.boundary;

import java.math.BigDecimal;

/**
 * One department's score of a month and every figure behind it: each measure's count or rate and the points it
 * earned (rates) or cost (counts) under the weights in force.
 */
public record ScoreRow(int rank, String department, String name, BigDecimal score,
                       long finished, long onTime, BigDecimal onTimeRate, BigDecimal onTimePoints,
                       long overdue, BigDecimal overduePoints,
                       long urgings, BigDecimal urgingPoints,
                       long ratings, long goodRatings, BigDecimal goodRatingRate, BigDecimal ratingPoints,
                       long complaintsUpheld, BigDecimal complaintPoints,
                       long corrections, BigDecimal correctionPoints) {
}
