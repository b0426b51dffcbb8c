package org.onewindow.benchmark;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.as.arquillian.container.ManagementClient;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Parallel cases completed per second, end to end: BL-002 cases (five cooperating departments of three
 * stages each, plus acceptance and the lead department's decision: 17 stage tasks, and the JMS routing
 * and collection between them), driven through the session beans inside the server by one and by four
 * workers. Also the latency of each stage action, the CPU of the server and of the database per case,
 * the rows written per case, the SQL statements of each step, and (with -Dbenchmark.jfr=true) where the
 * CPU went according to a JFR recording. Not a test: run by the {@code benchmark} profile only (README,
 * "Benchmark"); writes {@code target/benchmark/benchmark-<db>.md} and prints it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ParallelCaseBenchmark {

    private static final String WAR = "onewindow-benchmark";

    /** The driver, beside the EAR, bound to its security domain so it can log the staff in. */
    @Deployment(testable = false)
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, WAR + ".war")
                .addClasses(BenchmarkServlet.class, CaseDriver.class, Staffing.class, Staffing.Department.class, Timings.class,
                        Timings.Step.class, ConstructionProjects.class, ThreadDumps.class)
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                          <deployment>
                            <dependencies>
                              <module name="deployment.onewindow.ear"/>
                              <module name="deployment.onewindow.ear.onewindow-ejb.jar"/>
                              <module name="org.wildfly.security.elytron"/>
                            </dependencies>
                          </deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0"><security-domain>onewindow</security-domain></jboss-web>"""),
                        "jboss-web.xml");
    }

    @ArquillianResource
    URL base;

    @ArquillianResource
    ManagementClient management;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** The run's settings, from system properties the benchmark profile passes (see ear/pom.xml). */
    private record Settings(String db, List<Integer> workers, int warmup, int cases, int traceCases, boolean jfr, int jfrCases,
                            int pollMillis, Path output, String serverDataDir, String database) {

        static Settings fromSystemProperties() {
            String url = System.getenv().getOrDefault("ONEWINDOW_DB_URL", "");
            return new Settings(System.getProperty("benchmark.db", "h2"),
                    Arrays.stream(System.getProperty("benchmark.workers", "1,4").split(",")).map(String::strip).map(Integer::valueOf).toList(),
                    Integer.getInteger("benchmark.warmup", 200), Integer.getInteger("benchmark.cases", 1000),
                    Integer.getInteger("benchmark.trace-cases", 20), Boolean.getBoolean("benchmark.jfr"),
                    Integer.getInteger("benchmark.jfr-cases", 1000), Integer.getInteger("benchmark.poll-ms", 2),
                    Path.of(System.getProperty("benchmark.output", "target/benchmark")),
                    System.getProperty("benchmark.server-data-dir", ""),
                    url.contains("/") ? url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "") : "");
        }
    }

    /** What the machine and the server had done at one instant. */
    private record Snapshot(long jvmCpuMillis, Map<String, Long> jvmThreads, Map<Long, Long> postgresTicks, Properties rows,
                            long notifications, String load) {
    }

    /** One measured run. */
    private record Run(String db, int workers, Properties result, Snapshot before, Snapshot after, Properties audit,
                       long notificationPages) {

        long cases() {
            return Long.parseLong(result.getProperty("cases"));
        }

        long jvmMillis() {
            return after.jvmCpuMillis() - before.jvmCpuMillis();
        }

        long postgresMillis() {
            return ProcessCpu.millisBetween(before.postgresTicks(), after.postgresTicks());
        }
    }

    @Test
    void parallel_cases_per_second_with_one_and_four_workers() throws Exception {
        Settings settings = Settings.fromSystemProperties();
        Files.createDirectories(settings.output());
        try {
            measure(settings);
        } finally {
            Path stalls = Path.of(settings.serverDataDir(), "log", ThreadDumps.FILE);
            if (Files.exists(stalls)) {
                Files.copy(stalls, settings.output().resolve("stalls-" + settings.db() + ".txt"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private void measure(Settings settings) throws Exception {
        ServerAdmin admin = new ServerAdmin(management.getControllerClient());
        StringBuilder report = new StringBuilder();

        Properties ping = call("ping");
        long pid = Long.parseLong(ping.getProperty("pid"));
        String command = Files.readString(Path.of("/proc", String.valueOf(pid), "cmdline")).replace('\0', ' ');
        assertThat(command).as("the benchmark drives its own server, not another engineer's")
                .contains("-Djboss.server.data.dir=" + settings.serverDataDir());
        Properties verified = call("verify");
        System.out.println("verified: " + verified);

        List<Run> runs = new ArrayList<>();
        List<String> submissions = new ArrayList<>();
        for (int workers : settings.workers()) {
            admin.drainNotifications();
            call("submit?count=" + settings.warmup() + "&threads=" + workers);
            awaitQuiet(pid);
            Snapshot beforeSubmit = snapshot(pid, settings, admin);
            Properties submitted = call("submit?count=" + settings.cases() + "&threads=" + workers);
            Snapshot afterSubmit = snapshot(pid, settings, admin);
            submissions.add(submissionRow(settings, workers, submitted, beforeSubmit, afterSubmit));

            call("run?workers=" + workers + "&cases=" + settings.warmup() + "&poll-ms=" + settings.pollMillis());
            awaitQuiet(pid);
            Snapshot before = snapshot(pid, settings, admin);
            Properties result = call("run?workers=" + workers + "&cases=" + settings.cases() + "&poll-ms=" + settings.pollMillis());
            Snapshot after = snapshot(pid, settings, admin);
            Properties audit = call("audit?number=" + result.getProperty("first"));
            runs.add(new Run(settings.db(), workers, result, before, after, audit, admin.notificationPages()));
            System.out.println(workers + " workers: " + result);
        }

        // the statements of each step: Hibernate's statistics and its SQL log, for a few cases with one worker
        admin.drainNotifications();
        int traceCases = settings.traceCases();
        call("submit?count=" + traceCases + "&threads=1");
        admin.hibernateStatistics(true);
        admin.transactionStatistics(true);
        Map<String, Long> statisticsBefore = admin.hibernateCounters();
        statisticsBefore.putAll(prefixed("tx.", admin.transactionCounters()));
        admin.sqlLog(true);
        Properties traced;
        try {
            traced = call("run?workers=1&cases=" + traceCases + "&traced=true&poll-ms=" + settings.pollMillis());
        } finally {
            admin.sqlLog(false);
        }
        Map<String, Long> statisticsAfter = admin.hibernateCounters();
        statisticsAfter.putAll(prefixed("tx.", admin.transactionCounters()));
        admin.hibernateStatistics(false);
        admin.transactionStatistics(false);
        Path sqlLog = Path.of(settings.serverDataDir(), "log", ServerAdmin.SQL_LOG);
        Files.copy(sqlLog, settings.output().resolve("sql-" + settings.db() + ".log"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        // where the time goes: a JFR recording of a run with four workers
        String jfrSummary = null;
        if (settings.jfr()) {
            admin.drainNotifications();
            int workers = settings.workers().get(settings.workers().size() - 1);
            call("submit?count=" + settings.jfrCases() + "&threads=" + workers);
            awaitQuiet(pid);
            Path jfc = settings.output().resolve("benchmark.jfc").toAbsolutePath();
            JfrSummary.writeSettings(Path.of(System.getProperty("java.home"), "lib", "jfr", "profile.jfc"), jfc);
            Path recording = settings.output().resolve("benchmark-" + settings.db() + "-" + workers + "w.jfr").toAbsolutePath();
            jcmd(pid, "JFR.start", "name=onewindow-benchmark", "settings=" + jfc, "filename=" + recording);
            Properties recorded;
            try {
                recorded = call("run?workers=" + workers + "&cases=" + settings.jfrCases() + "&poll-ms=" + settings.pollMillis());
            } finally {
                jcmd(pid, "JFR.stop", "name=onewindow-benchmark");
            }
            JfrSummary.writeFolded(recording, settings.output().resolve("stacks-" + settings.db() + ".folded"));
            jfrSummary = "Run while recording (" + workers + " workers): " + recorded.getProperty("cases") + " cases, "
                    + recorded.getProperty("cases.per.second") + " cases/s.\n\n"
                    + JfrSummary.summarise(recording, Long.parseLong(recorded.getProperty("cases")));
        }

        report.append(report(settings, ping, verified, runs, submissions, traced, statisticsBefore, statisticsAfter, sqlLog, jfrSummary));
        Path file = settings.output().resolve("benchmark-" + settings.db() + ".md");
        Files.writeString(file, report);
        Files.writeString(settings.output().resolve("table-" + settings.db() + ".md"), tableRows(runs));
        Files.writeString(settings.output().resolve("table-header.md"), TABLE_HEADER);
        System.out.println(report);
        System.out.println("written to " + file.toAbsolutePath());
        for (Run run : runs) {
            assertThat(run.cases()).isEqualTo(settings.cases());
        }
    }

    // ---- measuring ----

    private static Map<String, Long> prefixed(String prefix, Map<String, Long> counters) {
        Map<String, Long> named = new java.util.LinkedHashMap<>();
        counters.forEach((key, value) -> named.put(prefix + key, value));
        return named;
    }

    /**
     * Waits (up to two minutes) until the server has finished what earlier phases left behind (the broker
     * compacting its journal after the notifications were removed, JIT compilation), so a measured window
     * holds only its own work: less than 5 % of one core used over two seconds.
     */
    private static void awaitQuiet(long pid) throws InterruptedException {
        long start = System.nanoTime();
        long before = ProcessCpu.millisOf(pid);
        for (int i = 0; i < 60; i++) {
            Thread.sleep(2_000);
            long now = ProcessCpu.millisOf(pid);
            if (now - before < 100) {
                break;
            }
            before = now;
        }
        System.out.printf("server quiet after %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private Snapshot snapshot(long pid, Settings settings, ServerAdmin admin) throws Exception {
        Properties rows = call("rows");
        return new Snapshot(ProcessCpu.millisOf(pid), ProcessCpu.threadMillis(pid), settings.db().equals("postgresql") ? ProcessCpu.postgresTicks(settings.database())
                : Map.of(), rows, admin.notificationsWaiting(), ProcessCpu.loadAverage());
    }

    private Properties call(String phase) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString() + "bench/" + phase))
                .timeout(Duration.ofHours(2)).POST(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Properties answer = new Properties();
        answer.load(new StringReader(response.body()));
        if (response.statusCode() != 200 || !"true".equals(answer.getProperty("ok"))) {
            throw new IllegalStateException(phase + " failed: HTTP " + response.statusCode() + " " + response.body());
        }
        return answer;
    }

    private static void jcmd(long pid, String... command) throws IOException, InterruptedException {
        List<String> line = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(), String.valueOf(pid)));
        line.addAll(List.of(command));
        Process jcmd = new ProcessBuilder(line).redirectErrorStream(true).start();
        String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (jcmd.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", line) + ": " + output);
        }
        System.out.println(output.strip());
    }

    // ---- the report ----

    private static final String TABLE_HEADER = """
            | database | workers | cases | cases/s | stage action p50 / p99 ms | acceptance p50 / p99 ms | final decision p50 / p99 ms \
            | case (accept → decision) p50 / p99 ms | CPU ms a case: JVM + PostgreSQL = total | of which the driver's polls | audit rows a case | load avg before → after |
            |---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|
            """;

    private static String tableRows(List<Run> runs) {
        StringBuilder rows = new StringBuilder();
        for (Run run : runs) {
            Properties r = run.result();
            double cases = run.cases();
            double jvm = run.jvmMillis() / cases;
            double pg = run.postgresMillis() / cases;
            rows.append(String.format("| %s | %d | %d | **%s** | %s | %s | %s | %s | %.1f + %.1f = **%.1f** | %.1f ms (%.1f polls) | %s | %s → %s |%n",
                    run.db(), run.workers(), run.cases(), r.getProperty("cases.per.second"), pair(r, "approve"), pair(r, "accept"),
                    pair(r, "decide"), pair(r, "case"), jvm, pg, jvm + pg, Long.parseLong(r.getProperty("polls.cpu.ms")) / cases,
                    Long.parseLong(r.getProperty("polls")) / cases, run.audit().getProperty("audit.rows"), run.before().load(),
                    run.after().load()));
        }
        return rows.toString();
    }

    private static String pair(Properties result, String step) {
        return ms(result, step + ".p50.us") + " / " + ms(result, step + ".p99.us");
    }

    private static String ms(Properties result, String key) {
        String micros = result.getProperty(key);
        return micros == null ? "–" : String.format("%.2f", Long.parseLong(micros) / 1000.0);
    }

    private static String submissionRow(Settings settings, int threads, Properties submitted, Snapshot before, Snapshot after) {
        double count = settings.cases();
        long elapsed = Long.parseLong(submitted.getProperty("elapsed.ms"));
        double jvm = (after.jvmCpuMillis() - before.jvmCpuMillis()) / count;
        double pg = ProcessCpu.millisBetween(before.postgresTicks(), after.postgresTicks()) / count;
        return String.format("| %s | %d | %d | %.1f | %s | %.1f + %.1f = %.1f | %s |", settings.db(), threads, (long) count,
                count / (elapsed / 1000.0), pair(submitted, "submit"), jvm, pg, jvm + pg, rowsPerCase(before.rows(), after.rows(), count));
    }

    private static String rowsPerCase(Properties before, Properties after, double cases) {
        StringBuilder rows = new StringBuilder();
        for (String key : new TreeSet<>(after.stringPropertyNames())) {
            if (!key.startsWith("rows.")) {
                continue;
            }
            long delta = Long.parseLong(after.getProperty(key)) - Long.parseLong(before.getProperty(key, "0"));
            if (delta != 0) {
                rows.append(rows.isEmpty() ? "" : ", ").append(key.substring(5)).append(String.format(" %.1f", delta / cases));
            }
        }
        return rows.toString();
    }

    private static String report(Settings settings, Properties ping, Properties verified, List<Run> runs, List<String> submissions,
                                 Properties traced, Map<String, Long> statisticsBefore, Map<String, Long> statisticsAfter, Path sqlLog,
                                 String jfrSummary) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append("## OneWindow benchmark: BL-002 parallel cases on ").append(settings.db()).append("\n\n");
        out.append(String.format("%s, %d cores, server JVM %s, pid %s; warm-up %d cases, then %d measured cases per worker count; polls every %d ms.%n%n",
                LocalDateTime.now().format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), Runtime.getRuntime().availableProcessors(),
                ping.getProperty("java"), ping.getProperty("pid"), settings.warmup(), settings.cases(), settings.pollMillis()));
        out.append("Identity check: one case driven through, its audit trail names every handler as expected (")
                .append(verified.getProperty("audit.STAGE_APPROVED")).append(" …); zhang.wei (TH-STJ) approving a TH-GHZ part got ")
                .append(verified.getProperty("refused")).append(".\n\n");

        out.append("### Cases, end to end (acceptance → the lead department's decision)\n\n").append(TABLE_HEADER).append(tableRows(runs));
        out.append("\nCPU: the WildFly JVM from /proc (everything in it: session beans, JMS broker and listeners, JIT, GC, H2 when embedded)")
                .append(settings.db().equals("postgresql") ? ", plus PostgreSQL: this database's connections and the server's background processes" : "")
                .append(", over the measured window, divided by the cases.\n\n");

        out.append("### Submission (not part of the case; timed on its own)\n\n")
                .append("| database | threads | submissions | per second | submit p50 / p99 ms | CPU ms each: JVM + PostgreSQL | rows written each |\n")
                .append("|---|---:|---:|---:|---:|---:|---|\n");
        submissions.forEach(row -> out.append(row).append("\n"));

        out.append("\n### Details of the measured runs\n\n");
        for (Run run : runs) {
            Properties r = run.result();
            double cases = run.cases();
            out.append("**").append(run.workers()).append(run.workers() == 1 ? " worker" : " workers").append("**: ")
                    .append(r.getProperty("cases")).append(" cases in ").append(r.getProperty("elapsed.ms")).append(" ms. ")
                    .append("Waiting for JMS routing (accept → all five parts received) p50 / p99 ").append(pair(r, "routing-wait"))
                    .append(" ms; for the collection (last director → lead stage open) ").append(pair(r, "collection-wait"))
                    .append(" ms; one poll of the parts ").append(pair(r, "poll")).append(" ms. Final decisions refused as")
                    .append(" \"waiting for departments\" although the lead stage was listed, then retried: ")
                    .append(r.getProperty("decide.retries")).append(". Waits longer than 5 s (stalls; threads dumped to ")
                    .append("the server's log folder, ").append(ThreadDumps.FILE).append("): ").append(r.getProperty("stalls"))
                    .append("; the longest waits: routing ").append(ms(r, "routing-wait.max.us")).append(" ms, collection ")
                    .append(ms(r, "collection-wait.max.us")).append(" ms.\n\n");
            out.append("- CPU of the calling thread, mean, µs: stage action ").append(r.getProperty("approve.cpu.mean.us"))
                    .append(", acceptance ").append(r.getProperty("accept.cpu.mean.us")).append(", final decision ")
                    .append(r.getProperty("decide.cpu.mean.us")).append(", poll ").append(r.getProperty("poll.cpu.mean.us"))
                    .append(" (the session bean call on the worker's thread; the listeners' work and the database server come on top)\n");
            out.append("- Rows written a case: ").append(rowsPerCase(run.before().rows(), run.after().rows(), cases)).append("\n");
            out.append("- Audit trail of one case (").append(run.audit().getProperty("audit.rows")).append(" rows): ");
            List<String> actions = new ArrayList<>();
            new TreeMap<>(run.audit()).forEach((k, v) -> {
                if (k.toString().startsWith("audit.") && !k.equals("audit.rows")) {
                    actions.add(k.toString().substring(6) + " " + v);
                }
            });
            out.append(String.join(", ", actions)).append("\n");
            out.append(String.format("- Notification messages left on the queue (nobody consumes them yet): %.1f a case, %d at the end, %d pages on disk%n",
                    (run.after().notifications() - run.before().notifications()) / cases, run.after().notifications(),
                    run.notificationPages()));
            out.append(String.format("- JVM CPU %.1f ms a case, of which the workers' threads (session bean calls and the driver) %.1f ms; by thread group: ",
                    run.jvmMillis() / cases, Long.parseLong(r.getProperty("workers.cpu.ms")) / cases));
            List<String> threads = new ArrayList<>();
            r.stringPropertyNames().stream().filter(k -> k.startsWith("thread-cpu.ms."))
                    .sorted((a, b) -> Long.compare(Long.parseLong(r.getProperty(b)), Long.parseLong(r.getProperty(a))))
                    .limit(8).forEach(k -> threads.add(k.substring(14) + String.format(" %.2f", Long.parseLong(r.getProperty(k)) / cases)));
            out.append(String.join(", ", threads)).append("\n");
            Map<String, Long> nativeThreads = new TreeMap<>();
            run.after().jvmThreads().forEach((name, after) -> {
                long delta = after - run.before().jvmThreads().getOrDefault(name, 0L);
                if (delta > 0) {
                    nativeThreads.put(name, delta);
                }
            });
            List<String> vm = new ArrayList<>();
            nativeThreads.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12)
                    .forEach(e -> vm.add(e.getKey() + String.format(" %.1f", e.getValue() / cases)));
            long gc = nativeThreads.entrySet().stream().filter(e -> e.getKey().startsWith("GC Thread") || e.getKey().startsWith("G1 "))
                    .mapToLong(Map.Entry::getValue).sum();
            long jit = nativeThreads.entrySet().stream().filter(e -> e.getKey().contains("CompilerThre")).mapToLong(Map.Entry::getValue).sum();
            out.append(String.format("- The same JVM CPU by native thread (/proc/<pid>/task, names cut to 15 characters), ms a case: "
                    + "garbage collection %.1f, JIT compilers %.1f; the busiest: %s%n%n", gc / cases, jit / cases, String.join(", ", vm)));
        }

        out.append("### SQL statements per step (").append(traced.getProperty("cases")).append(" traced cases, one worker)\n\n");
        double tracedCases = Double.parseDouble(traced.getProperty("cases"));
        out.append("Hibernate statistics a case (polls included): ");
        List<String> counters = new ArrayList<>();
        List<String> transactions = new ArrayList<>();
        statisticsAfter.forEach((key, after) -> {
            long delta = after - statisticsBefore.getOrDefault(key, 0L);
            if (key.equals("tx.average-commit-time")) {
                transactions.add(String.format("average commit time %.0f µs", after / 1000.0));
            } else if (delta > 0) {
                (key.startsWith("tx.") ? transactions : counters).add(key.replace("tx.number-of-", "").replace("-count", "")
                        + String.format(" %.1f", delta / tracedCases));
            }
        });
        out.append(String.join(", ", counters)).append(".\n\n");
        out.append("Transactions (Narayana's statistics) a case, polls included: ").append(String.join(", ", transactions)).append(".\n\n");
        Map<String, SqlLog.Step> steps = SqlLog.read(sqlLog);
        out.append("| step | runs | statements each | |\n|---|---:|---:|---|\n");
        steps.forEach((kind, step) -> {
            double each = step.runs == 0 ? step.total() / tracedCases : step.total() / (double) step.runs;
            out.append(String.format("| %s | %s | %.1f | %s |%n", kind, step.runs == 0 ? "(a case)" : String.valueOf(step.runs), each,
                    step.runs == 0 ? "per case" : ""));
        });
        out.append("\nThe statements, per run of the step (listeners: per case):\n\n");
        steps.forEach((kind, step) -> {
            double runsOf = step.runs == 0 ? tracedCases : step.runs;
            out.append("- **").append(kind).append("**\n");
            step.statements.forEach((sql, count) -> out.append(String.format("  - %.1f × `%s`%n", count / runsOf, sql)));
        });

        if (jfrSummary != null) {
            out.append("\n### Where the time goes (JFR)\n\n").append(jfrSummary);
        }
        return out.toString();
    }
}
