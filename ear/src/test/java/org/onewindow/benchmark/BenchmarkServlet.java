package org.onewindow.benchmark;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.onewindow.acceptance.boundary.AcceptanceService;
import org.onewindow.acceptance.boundary.HistoryEntry;
import org.onewindow.acceptance.boundary.SubmissionService;
import org.onewindow.approval.PartKind;
import org.onewindow.approval.boundary.DepartmentWork;
import org.onewindow.approval.boundary.SubApplicationView;
import org.onewindow.organisation.NotYourDepartmentException;

import javax.management.ObjectName;
import javax.sql.DataSource;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * The benchmark's hands inside the server, beside the EAR: it logs the case's staff in once and drives
 * cases through the session beans on its own worker threads, timing every call. The client side
 * ({@link ParallelCaseBenchmark}) calls it over HTTP, one request per phase, and measures CPU from outside.
 * Answers are {@link Properties} text. Not part of the product: deployed only by the benchmark.
 * <ul>
 *   <li>{@code GET  ping} the server's process id and the logged-in staff</li>
 *   <li>{@code POST verify} one case, then checks that every step was audited under the right person and
 *       that another department's staff is refused</li>
 *   <li>{@code POST submit?count=&threads=} submits cases for later runs (timed on their own)</li>
 *   <li>{@code POST run?workers=&cases=&poll-ms=&traced=} drives submitted cases from acceptance to decision</li>
 *   <li>{@code GET  rows} rows of every table; {@code GET audit?number=} a case's audit trail by action</li>
 * </ul>
 */
@WebServlet("/bench/*")
public class BenchmarkServlet extends HttpServlet {

    @EJB(lookup = "java:global/onewindow/onewindow-ejb/SubmissionService")
    SubmissionService submissions;

    @EJB(lookup = "java:global/onewindow/onewindow-ejb/AcceptanceService")
    AcceptanceService acceptance;

    @EJB(lookup = "java:global/onewindow/onewindow-ejb/DepartmentWork")
    DepartmentWork work;

    @Resource(lookup = "java:jboss/datasources/OneWindowDS")
    DataSource database;

    /** Submitted cases waiting for a run. */
    private final ConcurrentLinkedQueue<String> submitted = new ConcurrentLinkedQueue<>();
    private final List<String> lastRun = new ArrayList<>();
    private volatile Staffing staff;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        answer(request, response);
    }

    private void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Properties out = new Properties();
        try {
            String phase = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
            switch (phase) {
                case "ping" -> ping(out);
                case "verify" -> verify(out);
                case "submit" -> submit(intParam(request, "count", 100), intParam(request, "threads", 1), out);
                case "run" -> run(intParam(request, "workers", 1), intParam(request, "cases", 100), intParam(request, "poll-ms", 2),
                        Boolean.parseBoolean(request.getParameter("traced")), out);
                case "rows" -> rows(out);
                case "audit" -> audit(request.getParameter("number"), out);
                default -> {
                    response.sendError(404, "unknown phase " + phase);
                    return;
                }
            }
            out.setProperty("ok", "true");
        } catch (Exception failed) {
            log("benchmark phase failed", failed);
            out.setProperty("ok", "false");
            out.setProperty("error", String.valueOf(failed));
        }
        response.setContentType("text/plain;charset=UTF-8");
        StringWriter text = new StringWriter();
        out.store(text, null);
        response.getWriter().write(text.toString());
    }

    private Staffing staff() throws Exception {
        if (staff == null) {
            synchronized (this) {
                if (staff == null) {
                    staff = Staffing.login();
                }
            }
        }
        return staff;
    }

    private void ping(Properties out) throws Exception {
        out.setProperty("pid", String.valueOf(ProcessHandle.current().pid()));
        out.setProperty("java", System.getProperty("java.vm.version"));
        staff().principals().forEach((user, seen) -> out.setProperty("staff." + user, seen));
        out.setProperty("submitted", String.valueOf(submitted.size()));
    }

    /** One case with every step checked in its audit trail: the session beans saw each person as the caller. */
    private void verify(Properties out) throws Exception {
        Staffing people = staff();
        String number = submissions.submit(ConstructionProjects.next()).applicationNumber();
        new CaseDriver(people, acceptance, work, new Timings(), 2, false, this::diagnose).drive(number);

        List<HistoryEntry> history = people.as(Staffing.WINDOW_CLERK, () -> acceptance.history(number));
        Map<String, List<String>> actorsByAction = history.stream().collect(Collectors.groupingBy(HistoryEntry::action, TreeMap::new,
                Collectors.mapping(HistoryEntry::actor, Collectors.toList())));
        List<String> expectedApprovers = new ArrayList<>();
        List<String> expectedDeciders = new ArrayList<>();
        for (int stage = 0; stage < Staffing.STAGES; stage++) {
            for (Staffing.Department department : Staffing.COOPERATING) {
                (stage < Staffing.STAGES - 1 ? expectedApprovers : expectedDeciders).add(department.handlerOf(stage));
            }
        }
        check(actorsByAction.get("ACCEPT"), List.of(Staffing.WINDOW_CLERK), "ACCEPT");
        check(sorted(actorsByAction.get("STAGE_APPROVED")), sorted(expectedApprovers), "STAGE_APPROVED");
        check(sorted(actorsByAction.get("SUB_APPLICATION_APPROVED")), sorted(expectedDeciders), "SUB_APPLICATION_APPROVED");
        check(actorsByAction.get("APPROVE"), List.of(Staffing.WINDOW_CLERK), "APPROVE");

        // a member of another department is refused by the session bean itself
        long planningPart = people.as(Staffing.WINDOW_CLERK, () -> acceptance.departments(number)).stream()
                .filter(p -> p.department().equals("TH-GHZ")).mapToLong(SubApplicationView::id).findFirst().orElseThrow();
        try {
            people.as("zhang.wei", () -> work.approve(planningPart, "越权", false));
            throw new IllegalStateException("zhang.wei (TH-STJ) could approve a TH-GHZ part");
        } catch (NotYourDepartmentException expected) {
            out.setProperty("refused", expected.getClass().getSimpleName());
        }
        out.setProperty("number", number);
        out.setProperty("audit.rows", String.valueOf(history.size()));
        actorsByAction.forEach((action, actors) -> out.setProperty("audit." + action, String.join(",", actors)));
    }

    private static List<String> sorted(List<String> values) {
        return values == null ? List.of() : values.stream().sorted().toList();
    }

    private static void check(List<String> actual, List<String> expected, String action) {
        if (!expected.equals(actual)) {
            throw new IllegalStateException(action + " audited as " + actual + ", expected " + expected);
        }
    }

    private void submit(int count, int threads, Properties out) throws Exception {
        Timings timings = new Timings();
        AtomicInteger left = new AtomicInteger(count);
        long[] cpu = new long[1];
        long elapsed = onWorkers(threads, "bench-submitter-", cpu, () -> {
            while (left.getAndDecrement() > 0) {
                long start = System.nanoTime();
                String number = submissions.submit(ConstructionProjects.next()).applicationNumber();
                timings.add(Timings.Step.SUBMIT, System.nanoTime() - start);
                submitted.add(number);
            }
            return null;
        });
        out.setProperty("elapsed.ms", String.valueOf(elapsed / 1_000_000));
        out.setProperty("threads.cpu.ms", String.valueOf(cpu[0] / 1_000_000));
        timings.writeTo(out);
    }

    private void run(int workers, int cases, int pollMillis, boolean traced, Properties out) throws Exception {
        if (submitted.size() < cases) {
            throw new IllegalStateException("only " + submitted.size() + " submitted cases, " + cases + " asked for");
        }
        Staffing people = staff();
        Timings timings = new Timings();
        AtomicInteger left = new AtomicInteger(cases);
        AtomicLong polls = new AtomicLong();
        AtomicLong pollCpu = new AtomicLong();
        AtomicLong decideRetries = new AtomicLong();
        AtomicLong stalls = new AtomicLong();
        List<String> done = new ArrayList<>();
        Map<String, Long> threadsBefore = threadCpuByGroup();
        long processBefore = processCpuNanos();
        long[] cpu = new long[1];
        long elapsed = onWorkers(workers, "bench-worker-", cpu, () -> {
            CaseDriver driver = new CaseDriver(people, acceptance, work, timings, pollMillis, traced, this::diagnose);
            try {
                while (left.getAndDecrement() > 0) {
                    String number = submitted.poll();
                    driver.drive(number);
                    synchronized (done) {
                        done.add(number);
                    }
                }
            } finally {
                polls.addAndGet(driver.polls());
                pollCpu.addAndGet(driver.pollCpuNanos());
                decideRetries.addAndGet(driver.decideRetries());
                stalls.addAndGet(driver.stalls());
            }
            return null;
        });
        long processCpu = processCpuNanos() - processBefore;
        Map<String, Long> threadsAfter = threadCpuByGroup();
        synchronized (lastRun) {
            lastRun.clear();
            lastRun.addAll(done);
        }
        out.setProperty("workers", String.valueOf(workers));
        out.setProperty("cases", String.valueOf(done.size()));
        out.setProperty("elapsed.ms", String.valueOf(elapsed / 1_000_000));
        out.setProperty("cases.per.second", String.format("%.1f", done.size() / (elapsed / 1e9)));
        out.setProperty("polls", String.valueOf(polls.get()));
        out.setProperty("polls.cpu.ms", String.valueOf(pollCpu.get() / 1_000_000));
        out.setProperty("decide.retries", String.valueOf(decideRetries.get()));
        out.setProperty("stalls", String.valueOf(stalls.get()));
        out.setProperty("jvm.cpu.ms", String.valueOf(processCpu / 1_000_000));
        out.setProperty("workers.cpu.ms", String.valueOf(cpu[0] / 1_000_000));
        threadsAfter.forEach((group, after) -> {
            long delta = after - threadsBefore.getOrDefault(group, 0L);
            if (delta > 0) {
                out.setProperty("thread-cpu.ms." + group, String.valueOf(delta / 1_000_000));
            }
        });
        out.setProperty("first", done.isEmpty() ? "" : done.get(0));
        out.setProperty("last", done.isEmpty() ? "" : done.get(done.size() - 1));
        timings.writeTo(out);
    }

    /** Runs the same work on n named threads until each is done; returns the wall time, adds their CPU time to cpu[0]. */
    private static long onWorkers(int threads, String name, long[] cpu, java.util.concurrent.Callable<Void> work) throws Exception {
        AtomicInteger serial = new AtomicInteger();
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        AtomicLong cpuNanos = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> new Thread(r, name + serial.incrementAndGet()));
        try {
            List<Future<Void>> running = new ArrayList<>();
            long start = System.nanoTime();
            for (int i = 0; i < threads; i++) {
                running.add(pool.submit(() -> {
                    long before = mx.getCurrentThreadCpuTime();
                    try {
                        return work.call();
                    } finally {
                        cpuNanos.addAndGet(mx.getCurrentThreadCpuTime() - before);
                    }
                }));
            }
            for (Future<Void> worker : running) {
                worker.get();
            }
            cpu[0] += cpuNanos.get();
            return System.nanoTime() - start;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The JVM's own count (com.sun.management's attribute, read through the MBean server: the deployment cannot see that package). */
    private static long processCpuNanos() throws Exception {
        return (Long) ManagementFactory.getPlatformMBeanServer().getAttribute(new ObjectName("java.lang:type=OperatingSystem"),
                "ProcessCpuTime");
    }

    /** CPU time of the JVM's live threads, by thread name with the numbers taken out ("default task-N"). */
    private static Map<String, Long> threadCpuByGroup() {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        Map<String, Long> groups = new HashMap<>();
        for (ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
            if (info == null) {
                continue;
            }
            long nanos = mx.getThreadCpuTime(info.getThreadId());
            if (nanos > 0) {
                groups.merge(info.getThreadName().replaceAll("\\d+", "N").replace(' ', '_'), nanos, Long::sum);
            }
        }
        return groups;
    }

    /**
     * What the database itself says about a stalled case, read with plain SQL outside any transaction
     * of the application: the case's parts, and every session of the database with whether it holds
     * uncommitted changes (H2) or sits idle in a transaction (PostgreSQL).
     */
    private String diagnose(String number) {
        StringBuilder out = new StringBuilder();
        try (Connection connection = database.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            rowsOf(connection, out, """
                    SELECT a.application_number, a.status, a.collected_at, a.version, s.id, d.code, s.part, s.status, s.decided_at,
                           s.collected_at, s.version
                    FROM application a JOIN sub_application s ON s.application_id = a.id JOIN department d ON d.id = s.department_id
                    WHERE a.application_number = ? ORDER BY s.id""", number);
            rowsOf(connection, out, product.contains("H2")
                    ? "SELECT * FROM INFORMATION_SCHEMA.SESSIONS"
                    : "SELECT pid, state, xact_start, state_change, backend_xid, left(query, 160) FROM pg_stat_activity WHERE datname = current_database()");
        } catch (SQLException | RuntimeException failed) {
            out.append("diagnosis failed: ").append(failed).append('\n');
        }
        return out.toString();
    }

    private static void rowsOf(Connection connection, StringBuilder out, String sql, String... parameters) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                query.setString(i + 1, parameters[i]);
            }
            try (ResultSet rows = query.executeQuery()) {
                int columns = rows.getMetaData().getColumnCount();
                for (int i = 1; i <= columns; i++) {
                    out.append(rows.getMetaData().getColumnLabel(i)).append(i < columns ? " | " : "\n");
                }
                while (rows.next()) {
                    for (int i = 1; i <= columns; i++) {
                        out.append(rows.getString(i)).append(i < columns ? " | " : "\n");
                    }
                }
            }
        }
        out.append('\n');
    }

    /** Rows of every table of the application's schema. */
    private void rows(Properties out) throws SQLException {
        try (Connection connection = database.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet found = meta.getTables(null, null, "%", new String[]{"TABLE"})) {
                while (found.next()) {
                    String schema = found.getString("TABLE_SCHEM");
                    if (schema != null && (schema.equalsIgnoreCase("INFORMATION_SCHEMA") || schema.startsWith("pg_"))) {
                        continue;
                    }
                    tables.add(found.getString("TABLE_NAME"));
                }
            }
            String quote = meta.getIdentifierQuoteString().strip();
            for (String table : tables) {
                try (Statement count = connection.createStatement(); ResultSet result = count.executeQuery(
                        "SELECT COUNT(*) FROM " + quote + table + quote)) {
                    result.next();
                    out.setProperty("rows." + table.toLowerCase(), String.valueOf(result.getLong(1)));
                }
            }
            out.setProperty("database", meta.getDatabaseProductName() + " " + meta.getDatabaseProductVersion());
        }
        synchronized (lastRun) {
            out.setProperty("last-run", String.join(",", lastRun));
        }
    }

    /** A case's audit trail, counted by action. */
    private void audit(String number, Properties out) throws Exception {
        try (Connection connection = database.getConnection(); PreparedStatement query = connection.prepareStatement(
                "SELECT action, COUNT(*) FROM audit_record WHERE subject_id = ? GROUP BY action ORDER BY action")) {
            query.setString(1, number);
            long total = 0;
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    out.setProperty("audit." + result.getString(1), String.valueOf(result.getLong(2)));
                    total += result.getLong(2);
                }
            }
            out.setProperty("audit.rows", String.valueOf(total));
        }
        out.setProperty("parts", String.valueOf(staff().as(Staffing.WINDOW_CLERK, () -> acceptance.departments(number)).stream()
                .filter(p -> p.part() == PartKind.COOPERATING).count()));
    }

    private static int intParam(HttpServletRequest request, String name, int fallback) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? fallback : Integer.parseInt(value);
    }
}
