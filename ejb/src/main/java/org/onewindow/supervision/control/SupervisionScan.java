package org.onewindow.supervision.control;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Logger;

/**
 * The scheduled scan (定时扫描): every minute (-Donewindow.supervision.scan.seconds) it looks at the stage tasks
 * and cases whose watch date has come, and at the urgings, follow-ups and complaints past or near their
 * deadlines, and raises the cards that fell due. Its timer is persistent and kept in the database's timer
 * store (src-config/cli/supervision.cli), so in a cluster exactly one node runs each scan; the scan reads only
 * what crossed a threshold since it last ran (the watch-date index), in batches of their own transactions.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SupervisionScan {

    static final String INTERVAL_PROPERTY = "onewindow.supervision.scan.seconds";
    static final String TIMER_INFO = "supervision scan";
    private static final int BATCH = 200;
    private static final int MAX_BATCHES = 10_000;
    private static final Logger LOG = Logger.getLogger(SupervisionScan.class.getName());

    @Resource
    TimerService timers;

    @Inject
    ScanBatch batches;

    @Inject
    ObligationScan obligations;

    @Inject
    CardWatch watch;

    @Inject
    Clock clock;

    private final ReentrantLock running = new ReentrantLock();

    /** One persistent interval timer for the deployment: kept if it is there (another node, or before a restart), else made. */
    @PostConstruct
    void schedule() {
        long interval = Long.getLong(INTERVAL_PROPERTY, 60) * 1000;
        String info = TIMER_INFO + " every " + interval + " ms";
        for (Timer timer : timers.getTimers()) {
            if (info.equals(timer.getInfo())) {
                return;
            }
            if (String.valueOf(timer.getInfo()).startsWith(TIMER_INFO)) {
                timer.cancel();
            }
        }
        timers.createIntervalTimer(interval, interval, new TimerConfig(info, true));
    }

    @Timeout
    void scheduled(Timer timer) {
        scan();
    }

    /** Runs a scan now (the timer, or a supervisor who wants the board right this minute); one at a time on a node. */
    public ScanReport scan() {
        running.lock();
        try {
            Instant started = Instant.now();
            LocalDate today = watch.today();
            int[] tasks = drain(true, today);
            int[] cases = drain(false, today);
            int obligationCards = obligations.scan(today);
            ScanReport report = new ScanReport(today, tasks[0], cases[0], tasks[1] + cases[1] + obligationCards,
                    Duration.between(started, Instant.now()).toNanos() / 1_000_000.0);
            if (report.cardsRaised() > 0) {
                LOG.info(() -> "Supervision scan of " + today + ": " + report);
            }
            return report;
        } finally {
            running.unlock();
        }
    }

    private int[] drain(boolean tasks, LocalDate today) {
        int looked = 0;
        int raised = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int[] batch = tasks ? batches.tasks(today, BATCH) : batches.cases(today, BATCH);
            looked += batch[0];
            raised += batch[1];
            if (batch[0] < BATCH) {
                break;
            }
        }
        return new int[]{looked, raised};
    }

    /** What one scan did: for which day, how many tasks and cases it looked at, the cards it raised, how long it took. */
    public record ScanReport(LocalDate day, int tasksLooked, int casesLooked, int cardsRaised, double milliseconds) {
    }
}
