package org.onewindow.statistics.control;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;

/** Counts by department, item and kind of work; merged, filtered and summed. */
public final class Tallies {

    private final Map<TallyKey, Tally> counts = new HashMap<>();

    public void add(TallyKey key, Tally tally) {
        counts.merge(key, tally, Tally::plus);
    }

    public Tallies plus(Tallies other) {
        Tallies sum = new Tallies();
        counts.forEach(sum::add);
        other.counts.forEach(sum::add);
        return sum;
    }

    public Tally sum(Predicate<TallyKey> which) {
        return counts.entrySet().stream().filter(e -> which.test(e.getKey())).map(Map.Entry::getValue).reduce(Tally.ZERO, Tally::plus);
    }

    public Map<TallyKey, Tally> asMap() {
        return Map.copyOf(counts);
    }
}
