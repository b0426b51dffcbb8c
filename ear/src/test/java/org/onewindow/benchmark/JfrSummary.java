package org.onewindow.benchmark;

import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordedThread;
import jdk.jfr.consumer.RecordingFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the time of a run went, from a JFR recording of the server: CPU samples by thread, by component
 * (the first frame below the JDK's own) and by activity (a frame anywhere in the stack), the hottest
 * methods, where threads waited in native code (disk syncs, database round trips), and the disk syncs and
 * database round trips themselves, per case.
 */
final class JfrSummary {

    /** Activities, recognised by a frame anywhere in a sample's stack; a sample may count for several. */
    private static final List<Activity> ACTIVITIES = List.of(
            new Activity("stage action: DepartmentWork.approve", "org.onewindow.approval.boundary.DepartmentWork.approve"),
            new Activity("acceptance: AcceptanceService.accept", "org.onewindow.acceptance.boundary.AcceptanceService.accept"),
            new Activity("final decision: AcceptanceService.decide", "org.onewindow.acceptance.boundary.AcceptanceService.decide"),
            new Activity("the driver's polls: AcceptanceService.departments", "org.onewindow.acceptance.boundary.AcceptanceService.departments"),
            new Activity("routing listener: RoutingService.receive", "org.onewindow.approval.boundary.RoutingService.receive"),
            new Activity("decision listener: RoutingService.collect", "org.onewindow.approval.boundary.RoutingService.collect"),
            new Activity("who is calling: CurrentStaff.get", "org.onewindow.organisation.control.CurrentStaff.get"),
            new Activity("audit trail: AuditTrail.record*", "org.onewindow.audit.control.AuditTrail.record"),
            new Activity("NEW_TASK notifications: PartStaff.stageEntered", "org.onewindow.approval.control.PartStaff.stageEntered"),
            new Activity("  of which the handlers query: PartStaff.handlersOf", "org.onewindow.approval.control.PartStaff.handlersOf"),
            new Activity("notification sends: Notifier (JMS)", "org.onewindow.notification.control.Notifier."),
            new Activity("outbox sends: Outbox (JMS)", "org.onewindow.messaging.control.Outbox."),
            new Activity("inbox: Inbox.firstDelivery", "org.onewindow.messaging.control.Inbox.firstDelivery"),
            new Activity("stage plan: ServiceItem.stagesOf", "org.onewindow.catalogue.ServiceItem.stagesOf"),
            new Activity("working-day calendar", "org.onewindow.calendar."),
            new Activity("Hibernate flush (explicit and at commit)", "org.hibernate.event.internal.AbstractFlushingEventListener",
                    "org.hibernate.event.internal.DefaultAutoFlushEventListener"),
            new Activity("Hibernate queries (HQL to SQL, execution, result)", "org.hibernate.query.sqm.internal.",
                    "org.hibernate.query.spi.AbstractSelectionQuery."),
            new Activity("Hibernate entity and collection loads (find, lazy init)", "org.hibernate.event.internal.DefaultLoadEventListener",
                    "org.hibernate.proxy.AbstractLazyInitializer", "org.hibernate.collection.spi.AbstractPersistentCollection.initialize",
                    "org.hibernate.event.internal.DefaultInitializeCollectionEventListener"),
            new Activity("JDBC prepareStatement (no statement cache)", "org.jboss.jca.adapters.jdbc.BaseWrapperManagedConnection.doPrepareStatement"),
            new Activity("JDBC execution", "org.jboss.jca.adapters.jdbc.WrappedPreparedStatement.execute",
                    "org.jboss.jca.adapters.jdbc.WrappedStatement.execute"),
            new Activity("database connection from the pool, enlistment", "org.jboss.jca.core.connectionmanager.AbstractConnectionManager.allocateConnection",
                    "org.jboss.jca.core.connectionmanager.AbstractConnectionManager.reconnectManagedConnection"),
            new Activity("JMSContext for the transaction (JmsXA session)", "org.apache.activemq.artemis.ra.ActiveMQRAConnectionFactoryImpl.createContext"),
            new Activity("JMS send (producer, to the broker)", "org.apache.activemq.artemis.jms.client.ActiveMQJMSProducer.send"),
            new Activity("Artemis broker (routing, journal, paging, delivery)", "org.apache.activemq.artemis.core.server.",
                    "org.apache.activemq.artemis.core.journal.", "org.apache.activemq.artemis.core.paging.",
                    "org.apache.activemq.artemis.core.persistence.", "org.apache.activemq.artemis.core.postoffice."),
            new Activity("transaction commit (Narayana, all of it)", "com.arjuna.ats.arjuna.coordinator.TwoPhaseCoordinator.end"),
            new Activity("  of which before completion (Hibernate's flush)", "com.arjuna.ats.arjuna.coordinator.TwoPhaseCoordinator.beforeCompletion"),
            new Activity("  of which prepare and commit of the resources", "com.arjuna.ats.arjuna.coordinator.BasicAction.End"),
            new Activity("  of which the transaction log (object store)", "com.arjuna.ats.internal.arjuna.objectstore."),
            new Activity("  of which after completion", "com.arjuna.ats.arjuna.coordinator.TwoPhaseCoordinator.afterCompletion"),
            new Activity("logging", "org.jboss.logmanager.", "java.util.logging.Logger.log"),
            new Activity("JSON (messages)", "org.eclipse.parsson.", "org.glassfish.json.", "jakarta.json."),
            new Activity("class loading / JBoss Modules", "org.jboss.modules."));

    /** Components, by the first frame below the JDK's own: who the CPU was spent for. */
    private static final Map<String, String> COMPONENTS = new LinkedHashMap<>();

    static {
        COMPONENTS.put("org.onewindow.benchmark.", "benchmark driver");
        COMPONENTS.put("org.onewindow.", "OneWindow code");
        COMPONENTS.put("org.hibernate.", "Hibernate ORM");
        COMPONENTS.put("org.postgresql.", "PostgreSQL JDBC driver");
        COMPONENTS.put("org.h2.", "H2 (embedded database engine)");
        COMPONENTS.put("org.apache.activemq.", "Artemis (JMS client and broker)");
        COMPONENTS.put("io.netty.", "Netty");
        COMPONENTS.put("com.arjuna.", "Narayana (transactions)");
        COMPONENTS.put("org.jboss.jca.", "IronJacamar (JCA pools)");
        COMPONENTS.put("org.jboss.as.ejb3.", "EJB container");
        COMPONENTS.put("org.jboss.invocation.", "EJB container");
        COMPONENTS.put("org.jboss.as.ee.", "EJB container");
        COMPONENTS.put("org.jboss.as.naming.", "EJB container");
        COMPONENTS.put("org.jboss.ejb.", "EJB container");
        COMPONENTS.put("org.jboss.weld.", "Weld (CDI)");
        COMPONENTS.put("org.wildfly.security.", "Elytron (security)");
        COMPONENTS.put("org.jboss.logmanager.", "logging");
        COMPONENTS.put("org.jboss.logging.", "logging");
        COMPONENTS.put("org.infinispan.", "Infinispan (2nd-level cache)");
        COMPONENTS.put("io.undertow.", "Undertow");
        COMPONENTS.put("org.eclipse.parsson.", "JSON-P");
        COMPONENTS.put("org.jboss.modules.", "JBoss Modules");
        COMPONENTS.put("org.jboss.threads.", "JBoss Threads");
        COMPONENTS.put("org.wildfly.", "WildFly other");
        COMPONENTS.put("org.jboss.", "WildFly other");
    }

    private record Activity(String label, String... framePrefixes) {

        boolean in(List<String> frames) {
            for (String frame : frames) {
                for (String prefix : framePrefixes) {
                    if (frame.startsWith(prefix)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private JfrSummary() {
    }

    static String summarise(Path recording, long cases) throws IOException {
        Map<String, Long> byThread = new HashMap<>();
        Map<String, Long> byComponent = new HashMap<>();
        Map<String, Long> byActivity = new LinkedHashMap<>();
        ACTIVITIES.forEach(a -> byActivity.put(a.label(), 0L));
        Map<String, Long> hotMethods = new HashMap<>();
        Map<String, Long> hotOwnMethods = new HashMap<>();
        Map<String, Long> nativeWaits = new HashMap<>();
        Map<String, Double> allocationByActivity = new LinkedHashMap<>();
        ACTIVITIES.forEach(a -> allocationByActivity.put(a.label(), 0.0));
        Map<String, Double> allocationByMethod = new HashMap<>();
        Map<String, long[]> socketReads = new HashMap<>();
        Map<String, long[]> monitors = new HashMap<>();
        long samples = 0;
        long nativeSamples = 0;
        long gcCount = 0;
        Duration gcPause = Duration.ZERO;
        double allocated = 0;
        Instant first = null;
        Instant last = null;

        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                String type = event.getEventType().getName();
                first = first == null || event.getStartTime().isBefore(first) ? event.getStartTime() : first;
                last = last == null || event.getEndTime().isAfter(last) ? event.getEndTime() : last;
                switch (type) {
                    case "jdk.ExecutionSample" -> {
                        samples++;
                        List<String> frames = frames(event.getStackTrace());
                        byThread.merge(threadGroup(event.getThread("sampledThread")), 1L, Long::sum);
                        byComponent.merge(component(frames), 1L, Long::sum);
                        for (Activity activity : ACTIVITIES) {
                            if (activity.in(frames)) {
                                byActivity.merge(activity.label(), 1L, Long::sum);
                            }
                        }
                        if (!frames.isEmpty()) {
                            hotMethods.merge(frames.get(0), 1L, Long::sum);
                            frames.stream().filter(f -> !isJdk(f)).findFirst().ifPresent(f -> hotOwnMethods.merge(f, 1L, Long::sum));
                        }
                    }
                    case "jdk.NativeMethodSample" -> {
                        nativeSamples++;
                        List<String> frames = frames(event.getStackTrace());
                        String where = frames.isEmpty() ? "?" : frames.get(0);
                        String caller = frames.stream().filter(f -> !isJdk(f)).findFirst().orElse("");
                        nativeWaits.merge(where + " ← " + shortName(caller) + " [" + threadGroup(event.getThread("sampledThread")) + "]",
                                1L, Long::sum);
                    }
                    case "jdk.SocketRead" -> add(socketReads, threadGroup(event.getThread()) + " ← port " + event.getInt("port"),
                            event.getDuration());
                    case "jdk.JavaMonitorEnter" -> add(monitors, event.getClass("monitorClass").getName(), event.getDuration());
                    case "jdk.GarbageCollection" -> {
                        gcCount++;
                        gcPause = gcPause.plus(event.getDuration("sumOfPauses"));
                    }
                    case "jdk.ObjectAllocationSample" -> {
                        long weight = event.getLong("weight");
                        allocated += weight;
                        List<String> frames = frames(event.getStackTrace());
                        for (Activity activity : ACTIVITIES) {
                            if (activity.in(frames)) {
                                allocationByActivity.merge(activity.label(), (double) weight, Double::sum);
                            }
                        }
                        frames.stream().filter(f -> !isJdk(f)).findFirst()
                                .ifPresent(f -> allocationByMethod.merge(f, (double) weight, Double::sum));
                    }
                    default -> {
                    }
                }
            }
        }

        StringBuilder out = new StringBuilder();
        Duration length = first == null ? Duration.ZERO : Duration.between(first, last);
        out.append("Recording: ").append(recording.getFileName()).append(", ").append(length.toSeconds()).append(" s, ")
                .append(cases).append(" cases, ").append(samples).append(" CPU samples (jdk.ExecutionSample), ")
                .append(nativeSamples).append(" native samples.\n");
        out.append(String.format("GC: %d collections, %d ms of pauses (%.2f ms a case); allocation ≈ %.1f MB a case (jdk.ObjectAllocationSample).%n%n",
                gcCount, gcPause.toMillis(), gcPause.toMillis() / (double) Math.max(1, cases), allocated / Math.max(1, cases) / 1e6));

        table(out, "CPU samples by thread (digits replaced by N)", "thread", byThread, samples, 12);
        table(out, "CPU samples by component (first frame below the JDK's own: self time)", "component", byComponent, samples, 20);
        table(out, "CPU samples by activity (a frame anywhere in the stack; one sample may count for several)", "activity",
                byActivity, samples, ACTIVITIES.size(), false);
        table(out, "Hottest methods (top frame)", "method", hotMethods, samples, 25);
        table(out, "Hottest methods outside the JDK (first non-JDK frame)", "method", hotOwnMethods, samples, 25);
        table(out, "Waiting in native code (jdk.NativeMethodSample: top frame ← first non-JDK caller [thread])", "where",
                nativeWaits, nativeSamples, 15);
        bytes(out, "Allocation by activity (jdk.ObjectAllocationSample weight; a sample may count for several)", "activity",
                allocationByActivity, cases, false);
        bytes(out, "Allocation by the first non-JDK frame", "method", allocationByMethod, cases, true);
        durations(out, "Socket reads, i.e. database round trips (jdk.SocketRead, every one recorded)", "thread ← port", socketReads, cases);
        durations(out, "Contended monitors (jdk.JavaMonitorEnter ≥ 10 ms)", "monitor class", monitors, cases);
        return out.toString();
    }

    /** The CPU samples' stacks, one line per distinct stack (thread;root;…;leaf count), for flame graph tools. */
    static void writeFolded(Path recording, Path target) throws IOException {
        Map<String, Long> folded = new HashMap<>();
        try (RecordingFile file = new RecordingFile(recording)) {
            while (file.hasMoreEvents()) {
                RecordedEvent event = file.readEvent();
                if (event.getEventType().getName().equals("jdk.ExecutionSample")) {
                    List<String> frames = new ArrayList<>(frames(event.getStackTrace()));
                    java.util.Collections.reverse(frames);
                    folded.merge(threadGroup(event.getThread("sampledThread")).replace(';', ',') + ";" + String.join(";", frames),
                            1L, Long::sum);
                }
            }
        }
        StringBuilder lines = new StringBuilder();
        folded.forEach((stack, count) -> lines.append(stack.replace(' ', '_')).append(' ').append(count).append('\n'));
        Files.writeString(target, lines);
    }

    private static void bytes(StringBuilder out, String title, String what, Map<String, Double> weights, long cases, boolean sort) {
        out.append("#### ").append(title).append("\n\n| ").append(what).append(" | MB a case |\n|---|---:|\n");
        List<Map.Entry<String, Double>> rows = new ArrayList<>(weights.entrySet());
        if (sort) {
            rows.sort(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder()));
        }
        rows.stream().limit(sort ? 15 : rows.size()).forEach(row -> out.append("| ").append(row.getKey()).append(" | ")
                .append(String.format("%.2f", row.getValue() / Math.max(1, cases) / 1e6)).append(" |\n"));
        out.append("\n");
    }

    private static void add(Map<String, long[]> into, String key, Duration duration) {
        long[] countAndNanos = into.computeIfAbsent(key, k -> new long[2]);
        countAndNanos[0]++;
        countAndNanos[1] += duration.toNanos();
    }

    private static void table(StringBuilder out, String title, String what, Map<String, Long> counts, long total, int limit) {
        table(out, title, what, counts, total, limit, true);
    }

    private static void table(StringBuilder out, String title, String what, Map<String, Long> counts, long total, int limit, boolean sort) {
        out.append("#### ").append(title).append("\n\n| ").append(what).append(" | samples | share |\n|---|---:|---:|\n");
        List<Map.Entry<String, Long>> rows = new ArrayList<>(counts.entrySet());
        if (sort) {
            rows.sort(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()));
        }
        rows.stream().limit(limit).forEach(row -> out.append("| ").append(row.getKey().replace("|", "\\|")).append(" | ")
                .append(row.getValue()).append(" | ").append(String.format("%.1f %%", 100.0 * row.getValue() / Math.max(1, total)))
                .append(" |\n"));
        out.append("\n");
    }

    private static void durations(StringBuilder out, String title, String what, Map<String, long[]> events, long cases) {
        out.append("#### ").append(title).append("\n\n");
        if (events.isEmpty()) {
            out.append("none\n\n");
            return;
        }
        out.append("| ").append(what).append(" | count | a case | total ms | ms a case | mean µs |\n|---|---:|---:|---:|---:|---:|\n");
        events.entrySet().stream().sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> e.getValue()[1]).reversed())
                .limit(12).forEach(e -> out.append(String.format("| %s | %d | %.1f | %d | %.2f | %d |%n", e.getKey(), e.getValue()[0],
                        e.getValue()[0] / (double) Math.max(1, cases), e.getValue()[1] / 1_000_000,
                        e.getValue()[1] / 1e6 / Math.max(1, cases), e.getValue()[1] / 1_000 / Math.max(1, e.getValue()[0]))));
        out.append("\n");
    }

    private static List<String> frames(RecordedStackTrace stack) {
        List<String> frames = new ArrayList<>();
        if (stack != null) {
            for (RecordedFrame frame : stack.getFrames()) {
                if (frame.isJavaFrame()) {
                    frames.add(frame.getMethod().getType().getName() + "." + frame.getMethod().getName());
                }
            }
        }
        return frames;
    }

    private static String component(List<String> frames) {
        for (String frame : frames) {
            if (isJdk(frame)) {
                continue;
            }
            for (Map.Entry<String, String> component : COMPONENTS.entrySet()) {
                if (frame.startsWith(component.getKey())) {
                    return component.getValue();
                }
            }
            String[] packages = frame.split("\\.");
            return "other: " + packages[0] + "." + (packages.length > 1 ? packages[1] : "");
        }
        return "JDK only";
    }

    private static boolean isJdk(String frame) {
        return frame.startsWith("java.") || frame.startsWith("jdk.") || frame.startsWith("sun.") || frame.startsWith("com.sun.")
                || frame.startsWith("javax.");
    }

    static String threadGroup(RecordedThread thread) {
        if (thread == null) {
            return "?";
        }
        String name = thread.getJavaName() != null ? thread.getJavaName() : thread.getOSName();
        Matcher digits = DIGITS.matcher(name == null ? "?" : name);
        return digits.replaceAll("N");
    }

    private static String shortName(String frame) {
        int method = frame.lastIndexOf('.');
        int type = method < 0 ? -1 : frame.lastIndexOf('.', method - 1);
        return type < 0 ? frame : frame.substring(type + 1);
    }

    static void writeSettings(Path profile, Path target) throws IOException {
        String settings = Files.readString(profile);
        // every socket read, so the database round trips can be counted per case
        settings = threshold(settings, "jdk.SocketRead", "0 ms");
        Files.writeString(target, settings);
    }

    private static String threshold(String settings, String event, String value) {
        Pattern block = Pattern.compile("(<event name=\"" + Pattern.quote(event) + "\">.*?<setting name=\"threshold\"[^>]*>)([^<]*)(</setting>)",
                Pattern.DOTALL);
        Matcher matcher = block.matcher(settings);
        if (!matcher.find()) {
            throw new IllegalStateException("no threshold for " + event + " in the JFR profile settings");
        }
        return matcher.replaceFirst(Matcher.quoteReplacement(matcher.group(1)) + value + "$3");
    }
}
