package org.onewindow.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the SQL log of a traced run (Hibernate's org.hibernate.SQL category, one line per statement it
 * prepares, and the driver's BEGIN/END markers) and tells, per kind of step, how many statements one
 * step sends and which. Statements on other threads are the message listeners' (routing, collection).
 */
final class SqlLog {

    private static final Pattern LINE = Pattern.compile("^\\S+ \\[(.*?)] (SQL|steps) (.*)$");
    private static final Pattern STEP = Pattern.compile("^(BEGIN|END) (\\w+)(?: (TH-\\w+) stage (\\d))?.*$");

    /** Statements of one kind of step: how often the step ran, and each statement's count over all of them. */
    static final class Step {
        int runs;
        final Map<String, Integer> statements = new LinkedHashMap<>();

        int total() {
            return statements.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private SqlLog() {
    }

    static Map<String, Step> read(Path log) throws IOException {
        Map<String, Step> steps = new TreeMap<>();
        Map<String, String> openStep = new HashMap<>();
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (String line : lines) {
            Matcher matcher = LINE.matcher(line);
            if (!matcher.matches()) {
                continue;
            }
            String thread = matcher.group(1);
            if (matcher.group(2).equals("steps")) {
                Matcher step = STEP.matcher(matcher.group(3));
                if (!step.matches()) {
                    continue;
                }
                if (step.group(1).equals("BEGIN")) {
                    String kind = step.group(2) + (step.group(4) == null ? "" : " stage " + step.group(4));
                    openStep.put(thread, kind);
                    steps.computeIfAbsent(kind, k -> new Step()).runs++;
                } else {
                    openStep.remove(thread);
                }
                continue;
            }
            String kind = openStep.getOrDefault(thread, "listeners: " + thread.replaceAll("\\d+", "N"));
            Step step = steps.computeIfAbsent(kind, k -> new Step());
            step.statements.merge(normalise(matcher.group(3)), 1, Integer::sum);
        }
        return steps;
    }

    /** Shorter to read: the selected column list replaced by "…", blanks collapsed. */
    static String normalise(String sql) {
        String text = sql.replaceAll("\\s+", " ").strip();
        Matcher select = Pattern.compile("^(select )(.*?)( from .*)$", Pattern.CASE_INSENSITIVE).matcher(text);
        if (select.matches() && select.group(2).length() > 40) {
            text = select.group(1) + "…" + select.group(3);
        }
        return text.length() > 220 ? text.substring(0, 220) + "…" : text;
    }
}
