package org.onewindow.benchmark;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;

/** Durations of the steps of many cases, per kind of step, from all workers; percentiles by nearest rank. */
final class Timings {

    enum Step {
        SUBMIT, ACCEPT, APPROVE, DECIDE,
        /** acceptance → every department has received its part (JMS routing, asynchronous) */
        ROUTING_WAIT,
        /** the last director's approval → the lead department's final stage exists (JMS decisions, collection) */
        COLLECTION_WAIT,
        /** one poll of AcceptanceService.departments while waiting */
        POLL,
        /** acceptance to the lead department's decision, one whole case */
        CASE
    }

    private final Map<Step, long[]> samples = new EnumMap<>(Step.class);
    private final Map<Step, Integer> sizes = new EnumMap<>(Step.class);
    private final Map<Step, Long> cpu = new EnumMap<>(Step.class);

    /** CPU time of the calling thread during a step (the session bean call itself, not the listeners nor the database). */
    synchronized void addCpu(Step step, long nanos) {
        cpu.merge(step, nanos, Long::sum);
    }

    synchronized void add(Step step, long nanos) {
        long[] values = samples.computeIfAbsent(step, s -> new long[1024]);
        int size = sizes.getOrDefault(step, 0);
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
            samples.put(step, values);
        }
        values[size] = nanos;
        sizes.put(step, size + 1);
    }

    synchronized int count(Step step) {
        return sizes.getOrDefault(step, 0);
    }

    /** step.count, step.p50.us, step.p99.us, step.max.us, step.mean.us for every step seen. */
    synchronized void writeTo(Properties out) {
        for (Step step : Step.values()) {
            int size = sizes.getOrDefault(step, 0);
            if (size == 0) {
                continue;
            }
            long[] sorted = Arrays.copyOf(samples.get(step), size);
            Arrays.sort(sorted);
            String key = step.name().toLowerCase().replace('_', '-');
            out.setProperty(key + ".count", String.valueOf(size));
            out.setProperty(key + ".p50.us", String.valueOf(percentile(sorted, 50) / 1_000));
            out.setProperty(key + ".p99.us", String.valueOf(percentile(sorted, 99) / 1_000));
            out.setProperty(key + ".max.us", String.valueOf(sorted[size - 1] / 1_000));
            out.setProperty(key + ".mean.us", String.valueOf(Arrays.stream(sorted).sum() / size / 1_000));
            if (cpu.containsKey(step)) {
                out.setProperty(key + ".cpu.mean.us", String.valueOf(cpu.get(step) / size / 1_000));
            }
        }
    }

    static long percentile(long[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
