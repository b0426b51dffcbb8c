package org.onewindow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of processes on this machine from /proc (user + system), read before and after a measured
 * window: the WildFly JVM, and the PostgreSQL processes that serve the benchmark's database, that is its
 * own connections plus the server's shared background processes (WAL writer, checkpointer, …), but not
 * other databases' connections.
 */
final class ProcessCpu {

    private static final long TICKS_PER_SECOND = ticksPerSecond();

    /** CPU time so far of one process, in milliseconds. */
    static long millisOf(long pid) {
        return ticksOf(Path.of("/proc", String.valueOf(pid))) * 1000 / TICKS_PER_SECOND;
    }

    /**
     * CPU milliseconds so far of a process's native threads, by thread name with digits replaced by N:
     * the JVM's own threads (GC, JIT compilers, VM thread) are seen here, which the JVM's thread bean
     * does not list; Java threads appear with their names cut to 15 characters.
     */
    static Map<String, Long> threadMillis(long pid) {
        Map<String, Long> millis = new HashMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc", String.valueOf(pid), "task"))) {
            tasks.forEach(task -> {
                try {
                    String name = Files.readString(task.resolve("comm")).strip().replaceAll("\\d+", "N");
                    millis.merge(name, ticksOf(task) * 1000 / TICKS_PER_SECOND, Long::sum);
                } catch (IOException | RuntimeException gone) {
                    // the thread ended while we looked
                }
            });
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return millis;
    }

    /** Ticks so far of every PostgreSQL process serving the database (or the server as a whole), by pid. */
    static Map<Long, Long> postgresTicks(String database) {
        Map<Long, Long> ticks = new HashMap<>();
        try (Stream<Path> processes = Files.list(Path.of("/proc"))) {
            processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).forEach(process -> {
                try {
                    if (!Files.readString(process.resolve("comm")).strip().startsWith("postgres")) {
                        return;
                    }
                    String command = Files.readString(process.resolve("cmdline"), StandardCharsets.UTF_8).replace('\0', ' ').strip();
                    if (isOtherClient(command, database)) {
                        return;
                    }
                    ticks.put(Long.parseLong(process.getFileName().toString()), ticksOf(process));
                } catch (IOException | RuntimeException gone) {
                    // the process ended while we looked
                }
            });
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
        return ticks;
    }

    /** Milliseconds of CPU the processes used between two snapshots; processes started in between count fully. */
    static long millisBetween(Map<Long, Long> before, Map<Long, Long> after) {
        long ticks = 0;
        for (Map.Entry<Long, Long> process : after.entrySet()) {
            ticks += process.getValue() - before.getOrDefault(process.getKey(), 0L);
        }
        return ticks * 1000 / TICKS_PER_SECOND;
    }

    /** "postgres: 15/main: user database 127.0.0.1(43210) idle": a client connection, of another database? */
    private static boolean isOtherClient(String command, String database) {
        boolean client = command.contains("(") && command.contains(")") || command.contains("[local]");
        if (!client) {
            return false;
        }
        String[] words = command.split("\\s+");
        for (int i = 2; i + 1 < words.length; i++) {
            if (words[i + 1].equals(database)) {
                return false;
            }
        }
        return true;
    }

    private static long ticksOf(Path process) {
        try {
            String stat = Files.readString(process.resolve("stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // after the command: state(3) ppid(4) … utime(14) stime(15)
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private static long ticksPerSecond() {
        try {
            Process getconf = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String value = new String(getconf.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).strip();
            getconf.waitFor();
            return Long.parseLong(value);
        } catch (IOException | InterruptedException | NumberFormatException unknown) {
            return 100;
        }
    }

    /** The load average of the machine: 1, 5 and 15 minutes. */
    static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException unreadable) {
            return "?";
        }
    }

    private ProcessCpu() {
    }
}
