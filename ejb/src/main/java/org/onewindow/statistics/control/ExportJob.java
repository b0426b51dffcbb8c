package org.onewindow.statistics.control;

import org.onewindow.statistics.boundary.StatisticsView;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A running or finished Excel export: its rows written so far (the progress bar), the heap the server used at its
 * highest while writing, and the file once done. Lives in memory on the node that runs it.
 */
public final class ExportJob {

    public enum State { RUNNING, DONE, FAILED }

    private final String id;
    private final String owner;
    private final StatisticsView summary;
    private final Path file;
    private final Instant startedAt;
    private final AtomicLong written = new AtomicLong();
    private final AtomicLong heapPeak = new AtomicLong();
    private volatile long total;
    private volatile State state = State.RUNNING;
    private volatile Instant finishedAt;
    private volatile String error;

    public ExportJob(String id, String owner, StatisticsView summary, Path file, Instant startedAt) {
        this.id = id;
        this.owner = owner;
        this.summary = summary;
        this.file = file;
        this.startedAt = startedAt;
    }

    void total(long rows) {
        this.total = rows;
    }

    void wrote(long rows) {
        written.set(rows);
    }

    void heapUsed(long bytes) {
        heapPeak.accumulateAndGet(bytes, Math::max);
    }

    void done() {
        this.finishedAt = Instant.now();
        this.state = State.DONE;
    }

    void failed(String why) {
        this.finishedAt = Instant.now();
        this.error = why;
        this.state = State.FAILED;
    }

    public String id() {
        return id;
    }

    public String owner() {
        return owner;
    }

    public StatisticsView summary() {
        return summary;
    }

    public Path file() {
        return file;
    }

    public Instant startedAt() {
        return startedAt;
    }

    public long written() {
        return written.get();
    }

    public long total() {
        return total;
    }

    public long heapPeak() {
        return heapPeak.get();
    }

    public State state() {
        return state;
    }

    public Instant finishedAt() {
        return finishedAt;
    }

    public String error() {
        return error;
    }
}
