package org.onewindow.benchmark;

import org.onewindow.acceptance.boundary.AcceptanceService;
import org.onewindow.acceptance.boundary.ApplicationView;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.approval.PartKind;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.approval.boundary.DepartmentWork;
import org.onewindow.approval.boundary.SubApplicationView;
import org.onewindow.shared.DomainException;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Predicate;
import java.util.logging.Logger;

/**
 * Drives one accepted-to-decided BL-002 case through the session beans as its staff would, one call per
 * screen action: the window clerk accepts; once every department has received its part, the five
 * clerks approve 受理审查, then the five section chiefs 审核, then the five directors 审定; once the lead
 * department has collected the five answers, the window clerk gives the final decision.
 */
final class CaseDriver {

    /** Marks the steps in the server log, so the SQL log of a traced run can be told apart per step. */
    static final Logger STEPS = Logger.getLogger("org.onewindow.benchmark.steps");

    private static final long WAIT_LIMIT_NANOS = 180_000_000_000L;
    /** A wait this long is a stall: the server's threads are dumped once, to see where the work hangs. */
    private static final long STALL_NANOS = 5_000_000_000L;

    private final Staffing staff;
    private final AcceptanceService acceptance;
    private final DepartmentWork work;
    private final Timings timings;
    private final long pollIntervalMillis;
    private final boolean traced;
    private final java.util.function.Function<String, String> diagnose;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    /** How long the asynchronous work usually takes here: the first look comes a little before that. */
    private final Expectation routing = new Expectation();
    private final Expectation collection = new Expectation();
    private long polls;
    private long pollCpuNanos;
    private long decideRetries;
    private long stalls;

    CaseDriver(Staffing staff, AcceptanceService acceptance, DepartmentWork work, Timings timings, long pollIntervalMillis,
               boolean traced, java.util.function.Function<String, String> diagnose) {
        this.diagnose = diagnose;
        this.staff = staff;
        this.acceptance = acceptance;
        this.work = work;
        this.timings = timings;
        this.pollIntervalMillis = pollIntervalMillis;
        this.traced = traced;
    }

    /** Polls of the parts made by this driver so far. */
    long polls() {
        return polls;
    }

    /** CPU time this driver's thread spent in those polls (their session bean calls). */
    long pollCpuNanos() {
        return pollCpuNanos;
    }

    /**
     * A running estimate of a wait, so the driver looks first when the work is usually done and then
     * every poll interval: few polls, little overshoot. Polls are session bean calls and cost CPU, which
     * the case would otherwise be charged with.
     */
    private static final class Expectation {
        private double nanos;

        long firstLookMillis(long pollIntervalMillis) {
            return Math.max(pollIntervalMillis, (long) (nanos * 0.8 / 1_000_000));
        }

        void observed(long waited) {
            nanos = nanos == 0 ? waited : nanos * 0.9 + waited * 0.1;
        }
    }

    void drive(String number) throws Exception {
        long start = System.nanoTime();
        ApplicationView accepted = step(Timings.Step.ACCEPT, "accept " + number, Staffing.WINDOW_CLERK,
                () -> acceptance.accept(number));
        require(accepted.status() == ApplicationStatus.ACCEPTED, number, "accepted", accepted.status());

        long routed = System.nanoTime();
        List<SubApplicationView> parts = awaitParts(number, routing, all -> all.stream().filter(p -> p.part() == PartKind.COOPERATING)
                .filter(p -> p.status() == SubApplicationStatus.RECEIVED).count() == Staffing.COOPERATING.size());
        routing.observed(System.nanoTime() - routed);
        timings.add(Timings.Step.ROUTING_WAIT, System.nanoTime() - routed);
        Map<String, Long> partOf = new HashMap<>();
        parts.forEach(p -> partOf.put(p.department(), p.id()));

        for (int stage = 0; stage < Staffing.STAGES; stage++) {
            for (Staffing.Department department : Staffing.COOPERATING) {
                long id = partOf.get(department.code());
                String handler = department.handlerOf(stage);
                SubApplicationView after = step(Timings.Step.APPROVE, "approve " + department.code() + " stage " + stage + " " + number,
                        handler, () -> work.approve(id, "同意（" + handler + "）", false));
                boolean last = stage == Staffing.STAGES - 1;
                require(last ? after.status() == SubApplicationStatus.APPROVED : after.stageIndex() == stage + 1,
                        number, department.code() + " past stage " + stage, after.status() + " at stage " + after.stageIndex());
            }
        }

        long answered = System.nanoTime();
        awaitParts(number, collection, all -> all.stream().anyMatch(p -> p.part() == PartKind.LEAD && p.status() == SubApplicationStatus.RECEIVED));
        collection.observed(System.nanoTime() - answered);
        timings.add(Timings.Step.COLLECTION_WAIT, System.nanoTime() - answered);

        ApplicationView decided = decide(number);
        require(decided.status() == ApplicationStatus.APPROVED, number, "approved", decided.status());
        timings.add(Timings.Step.CASE, System.nanoTime() - start);
    }

    /**
     * The final decision. Seen on H2 (about one case in a few hundred): the lead department's stage was
     * already listed while the case did not yet count as collected, and the decision was refused with
     * "waiting for departments". A clerk would try again a moment later; so does the driver, and counts it.
     */
    private ApplicationView decide(String number) throws Exception {
        for (int attempt = 1; ; attempt++) {
            try {
                return step(Timings.Step.DECIDE, "decide " + number, Staffing.WINDOW_CLERK,
                        () -> acceptance.decide(number, true, "准予许可"));
            } catch (DomainException refused) {
                if (!refused.messageKey().equals("application.waiting-for-departments") || attempt == 50) {
                    throw refused;
                }
                decideRetries++;
                Thread.sleep(pollIntervalMillis);
            }
        }
    }

    /** Waits for asynchronous work that took more than 5 s. */
    long stalls() {
        return stalls;
    }

    /** Final decisions refused as "waiting for departments" after the lead stage was listed (see {@link #decide}). */
    long decideRetries() {
        return decideRetries;
    }

    private <T> T step(Timings.Step kind, String what, String who, Callable<T> call) throws Exception {
        if (traced) {
            STEPS.info("BEGIN " + what + " as " + who);
        }
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        T result = staff.as(who, call);
        timings.add(kind, System.nanoTime() - start);
        timings.addCpu(kind, threads.getCurrentThreadCpuTime() - cpu);
        if (traced) {
            STEPS.info("END " + what);
        }
        return result;
    }

    /** The window clerk looks at the case's parts until the asynchronous work has arrived. */
    private List<SubApplicationView> awaitParts(String number, Expectation expected, Predicate<List<SubApplicationView>> ready)
            throws Exception {
        long since = System.nanoTime();
        long until = since + WAIT_LIMIT_NANOS;
        boolean dumped = false;
        long sleep = expected.firstLookMillis(pollIntervalMillis);
        while (true) {
            Thread.sleep(sleep);
            sleep = pollIntervalMillis;
            long cpu = threads.getCurrentThreadCpuTime();
            List<SubApplicationView> parts = step(Timings.Step.POLL, "poll " + number, Staffing.WINDOW_CLERK,
                    () -> acceptance.departments(number));
            pollCpuNanos += threads.getCurrentThreadCpuTime() - cpu;
            polls++;
            if (ready.test(parts)) {
                return parts;
            }
            if (!dumped && System.nanoTime() - since > STALL_NANOS) {
                dumped = true;
                stalls++;
                ThreadDumps.write(number + " waiting 5 s: " + parts.stream().map(p -> p.department() + "=" + p.status()).toList(),
                        diagnose.apply(number));
            }
            if (System.nanoTime() > until) {
                throw new IllegalStateException(number + ": still waiting after 180 s: " + parts.stream()
                        .map(p -> p.department() + "=" + p.status()).toList());
            }
        }
    }

    private static void require(boolean condition, String number, String expected, Object actual) {
        if (!condition) {
            throw new IllegalStateException(number + ": expected " + expected + ", got " + actual);
        }
    }
}
