package org.onewindow.statistics.control;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The counts of any stretch of time, from the summary rows of its closed whole months and live counts of the rest;
 * and what was open (accepted, not completed) at any instant, from every closed month before it and live counts since.
 */
@Dependent
public class Counting {

    static final String REGISTRATION_ITEMS_PROPERTY = "onewindow.statistics.registration-items";

    @Inject
    LiveCounts live;

    @Inject
    MonthSummaries summaries;

    /** The items whose approval registers a new enterprise (新设市场主体): company and individual business registration by default. */
    public Set<String> registrationItems() {
        return Arrays.stream(System.getProperty(REGISTRATION_ITEMS_PROPERTY, "SCJ-001,SCJ-002").split(",")).map(String::strip)
                .filter(s -> !s.isEmpty()).collect(Collectors.toUnmodifiableSet());
    }

    public Tallies between(Instant from, Instant to) {
        Set<String> registrations = registrationItems();
        Optional<YearMonth> firstOpen = summaries.firstOpenMonth();
        Tallies total = new Tallies();
        YearMonth month = YearMonth.from(from.atZone(MonthSummaries.CHINA));
        YearMonth closedRunStart = null;
        while (MonthSummaries.start(month).isBefore(to)) {
            Instant monthStart = MonthSummaries.start(month);
            Instant monthEnd = MonthSummaries.start(month.plusMonths(1));
            boolean whole = !monthStart.isBefore(from) && !monthEnd.isAfter(to);
            boolean closed = firstOpen.isPresent() && month.isBefore(firstOpen.get());
            if (whole && closed) {
                if (closedRunStart == null) {
                    closedRunStart = month;
                }
            } else {
                if (closedRunStart != null) {
                    total = total.plus(summaries.months(closedRunStart, month));
                    closedRunStart = null;
                }
                Instant segmentStart = monthStart.isBefore(from) ? from : monthStart;
                Instant segmentEnd = monthEnd.isAfter(to) ? to : monthEnd;
                total = total.plus(live.between(segmentStart, segmentEnd, registrations));
            }
            month = month.plusMonths(1);
        }
        if (closedRunStart != null) {
            total = total.plus(summaries.months(closedRunStart, month));
        }
        return total;
    }

    /** Everything accepted and completed before {@code at}: its {@link Tally#open()} is what was in progress then. */
    public Tallies before(Instant at) {
        YearMonth month = YearMonth.from(at.atZone(MonthSummaries.CHINA));
        Optional<YearMonth> firstOpen = summaries.firstOpenMonth();
        if (firstOpen.isEmpty()) {
            return live.between(Instant.EPOCH, at, registrationItems());
        }
        YearMonth liveFrom = firstOpen.get().isBefore(month) ? firstOpen.get() : month;
        return summaries.before(liveFrom).plus(live.between(MonthSummaries.start(liveFrom), at, registrationItems()));
    }
}
