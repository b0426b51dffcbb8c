package org.onewindow.generator;

import org.onewindow.applicant.UnifiedSocialCreditCode;
import org.onewindow.calendar.ChinaPublicHolidays;
import org.onewindow.calendar.OfficeHours;
import org.onewindow.calendar.SpecialDay;
import org.onewindow.calendar.WorkingCalendar;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Loads a city's volume into a OneWindow PostgreSQL database that a server has migrated and filled with the demo
 * catalogue: 1,000,000 archived cases over the five years before today and 100,000 running ones accepted in the last
 * weeks, with their applicants, their parts (a lead part for each, a part per cooperating department for the parallel
 * items), working-day dates on the calendar (2025 and 2026 with their holidays, earlier years weekends only), the
 * measures supervision keeps (working days used, on time, the watch date of running work). Written with COPY, ids far
 * above the sequences', which are moved past them. Not a test: run it with the profile city-volume (README, "Scale").
 */
public final class CityVolume {

    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final long ID_BASE = 100_000_000L;

    private final Connection db;
    private final CopyManager copy;
    private final SplittableRandom random = new SplittableRandom(20261201);
    private final WorkingCalendar calendar;
    private final List<Item> items = new ArrayList<>();
    private final Map<String, Long> departments = new HashMap<>();
    private long nextApplication = ID_BASE;
    private long nextPart = ID_BASE;
    private long nextApplicant = ID_BASE;

    record Item(long id, String code, long leadDepartment, int promisedDays, boolean parallel, String leadStage, String leadRole,
                int leadStageDays, List<long[]> cooperations) {
    }

    CityVolume(Connection db) throws SQLException {
        this.db = db;
        this.copy = db.unwrap(PGConnection.class).getCopyAPI();
        List<SpecialDay> days = new ArrayList<>(ChinaPublicHolidays.year(2025));
        days.addAll(ChinaPublicHolidays.year(2026));
        this.calendar = new WorkingCalendar(days, OfficeHours.standard());
    }

    public static void main(String[] args) throws Exception {
        String url = System.getenv().getOrDefault("ONEWINDOW_DB_URL", "jdbc:postgresql://127.0.0.1:5432/onewindow");
        int archived = Integer.getInteger("city.archived", 1_000_000);
        int running = Integer.getInteger("city.running", 100_000);
        try (Connection db = DriverManager.getConnection(url, System.getenv().getOrDefault("ONEWINDOW_DB_USER", "onewindow"),
                System.getenv().getOrDefault("ONEWINDOW_DB_PASSWORD", "onewindow"))) {
            db.setAutoCommit(false);
            CityVolume volume = new CityVolume(db);
            long started = System.nanoTime();
            volume.readCatalogue();
            LocalDate today = LocalDate.now(CHINA);
            volume.load(archived, running, today);
            db.commit();
            System.out.printf("Loaded %,d archived and %,d running cases in %.1f s%n", archived, running, (System.nanoTime() - started) / 1e9);
            long analysing = System.nanoTime();
            try (Statement statement = db.createStatement()) {
                db.setAutoCommit(true);
                statement.execute("ANALYZE");
            }
            System.out.printf("ANALYZE in %.1f s%n", (System.nanoTime() - analysing) / 1e9);
        }
    }

    void readCatalogue() throws SQLException {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("SELECT id, code FROM department")) {
            while (r.next()) {
                departments.put(r.getString(2), r.getLong(1));
            }
        }
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery("""
                SELECT i.id, i.code, i.lead_department_id, i.promised_limit_amount, i.kind FROM service_item i
                WHERE i.current_version = TRUE AND i.code NOT LIKE 'IT-%' AND i.kind <> 'INSTANT' ORDER BY i.code""")) {
            while (r.next()) {
                long id = r.getLong(1);
                long lead = r.getLong(3);
                int promised = r.getInt(4);
                List<long[]> cooperations = new ArrayList<>();
                try (var c = db.prepareStatement("SELECT department_id, limit_amount FROM item_cooperation WHERE item_id = ? ORDER BY list_index")) {
                    c.setLong(1, id);
                    try (ResultSet cr = c.executeQuery()) {
                        while (cr.next()) {
                            cooperations.add(new long[]{cr.getLong(1), cr.getInt(2)});
                        }
                    }
                }
                String stage = "审核办结";
                String role = "WINDOW_CLERK";
                int stageDays = promised - cooperations.stream().mapToInt(c -> (int) c[1]).max().orElse(0);
                try (var st = db.prepareStatement("""
                        SELECT stage_name, stage_role, limit_amount FROM item_stage WHERE item_id = ? AND department_id = ? ORDER BY list_index""")) {
                    st.setLong(1, id);
                    st.setLong(2, lead);
                    try (ResultSet sr = st.executeQuery()) {
                        if (sr.next()) {
                            stage = sr.getString(1);
                            role = sr.getString(2);
                            stageDays = sr.getInt(3);
                        }
                    }
                }
                items.add(new Item(id, r.getString(2), lead, promised, "PARALLEL".equals(r.getString(5)), stage, role, Math.max(1, stageDays),
                        cooperations));
            }
        }
        System.out.println(items.size() + " items, " + departments.size() + " departments");
    }

    void load(int archived, int running, LocalDate today) throws SQLException, IOException {
        int applicants = Math.max(1000, (archived + running) / 5);
        try (Writer out = new Writer(copy, "applicant (id, kind, identifier, name, phone, email, version)")) {
            for (int i = 0; i < applicants; i++) {
                String code = UnifiedSocialCreditCode.complete("9144" + String.format("%013d", 500_000_000_000L + i));
                out.row(nextApplicant++, "ENTERPRISE", code, "广州天河城市样本" + i + "有限公司", "139" + String.format("%08d", i % 100_000_000), null, 0);
            }
        }
        java.nio.file.Path partsFile;
        try (Writer cases = new Writer(copy, """
                application (id, application_number, query_code, item_id, applicant_id, channel, status, form_data, submitted_at,
                             accepted_at, accepted_by, counting_base, promised_date, decided_at, refusal_reason, version, collected_at,
                             stopped_clocks, stopped_working_days, watch_date, working_days_used, on_time)""");
             Writer parts = Writer.spooled(java.nio.file.Files.createTempFile("city-parts", ".copy"))) {
            LocalDate firstDay = today.minusYears(5);
            long span = today.minusDays(40).toEpochDay() - firstDay.toEpochDay();
            for (int i = 0; i < archived; i++) {
                LocalDate day = calendar.nextWorkingDay(LocalDate.ofEpochDay(firstDay.toEpochDay() + random.nextLong(span)).minusDays(1));
                archivedCase(cases, parts, day, applicants);
            }
            for (int i = 0; i < running; i++) {
                LocalDate day = calendar.shiftByWorkingDays(today, -random.nextInt(1, 16));
                runningCase(cases, parts, day, today, applicants);
            }
            partsFile = parts.file();
        }
        // one COPY at a time on a connection: the parts, spooled while the cases were written, go in after them
        copyFile(partsFile, """
                sub_application (id, application_id, department_id, status, limit_amount, limit_unit, deadline, routed_at,
                                 received_at, decided_at, decided_by, collected_at, version, part, stage_index, stage_name,
                                 stage_role, stage_started_at, stage_deadline, stopped_working_days, rounds, item_id,
                                 application_number, applicant_name, watch_date, working_days_used, on_time)""");
        try (Statement s = db.createStatement()) {
            // the sequences hand out ids past the generated ones (allocation 50: the pooled optimiser's next block)
            s.execute("SELECT setval('application_seq', " + (nextApplication + 1000) + ")");
            s.execute("SELECT setval('sub_application_seq', " + (nextPart + 1000) + ")");
            s.execute("SELECT setval('applicant_seq', " + (nextApplicant + 1000) + ")");
        }
    }

    private void archivedCase(Writer cases, Writer parts, LocalDate day, int applicants) throws IOException {
        Item item = items.get(random.nextInt(items.size()));
        long id = nextApplication++;
        String number = "YC" + day.toString().replace("-", "") + String.format("%08d", 90_000_000L + id % 10_000_000L);
        Instant submitted = at(day, 9, 0).minusSeconds(random.nextInt(3600, 5 * 86_400));
        if (random.nextInt(100) < 3) {
            cases.row(id, number, "Q" + (id % 10_000_000), item.id, applicant(applicants), "HALL", "REJECTED", "{}", submitted, null, null, null, null,
                    at(day, 11, 0), "申请材料不符合法定形式，不予受理", 0, null, 0, 0, null, null, null);
            return;
        }
        Instant accepted = at(day, 9 + random.nextInt(8), random.nextInt(60));
        LocalDate promised = calendar.addWorkingDays(day, item.promisedDays);
        boolean late = random.nextInt(100) < 8;
        int used = late ? item.promisedDays + random.nextInt(1, 4) : random.nextInt(Math.max(1, item.promisedDays)) + 1;
        used = Math.min(used, late ? used : item.promisedDays);
        LocalDate decidedDay = calendar.addWorkingDays(day, used);
        Instant decided = at(decidedDay, 10 + random.nextInt(6), random.nextInt(60));
        boolean approved = random.nextInt(100) < 92;
        cases.row(id, number, "Q" + (id % 10_000_000), item.id, applicant(applicants), random.nextBoolean() ? "ONLINE" : "HALL",
                approved ? "APPROVED" : "REFUSED", "{}", submitted, accepted, "wang.fang", day, promised, decided,
                approved ? null : "经审查不符合许可条件", 0, item.parallel ? decided : null, 0, 0, null, used, !decidedDay.isAfter(promised));
        for (long[] cooperation : item.cooperations) {
            LocalDate deadline = calendar.addWorkingDays(day, (int) cooperation[1]);
            int partUsed = Math.min(used, (int) cooperation[1]) - (random.nextInt(10) == 0 ? 0 : random.nextInt(Math.max(1, Math.min(used, (int) cooperation[1]))));
            partUsed = Math.max(1, partUsed);
            LocalDate partDay = calendar.addWorkingDays(day, partUsed);
            parts.row(nextPart++, id, cooperation[0], "APPROVED", cooperation[1], "WORKING_DAYS", deadline, accepted, accepted.plusSeconds(2),
                    at(partDay, 15, 0), "director", at(partDay, 15, 1), 3, "COOPERATING", 2, "审定", "DIRECTOR", at(partDay, 11, 0), deadline,
                    0, 0, item.id, number, "样本企业", null, partUsed, !partDay.isAfter(deadline));
        }
        parts.row(nextPart++, id, item.leadDepartment, approved ? "APPROVED" : "REFUSED", item.leadStageDays, "WORKING_DAYS", promised,
                accepted, accepted, decided, "wang.fang", null, 2, "LEAD", 0, item.leadStage, item.leadRole, accepted, promised, 0, 0, item.id,
                number, "样本企业", null, used, !decidedDay.isAfter(promised));
    }

    private void runningCase(Writer cases, Writer parts, LocalDate day, LocalDate today, int applicants) throws IOException {
        Item item = items.get(random.nextInt(items.size()));
        long id = nextApplication++;
        String number = "YC" + day.toString().replace("-", "") + String.format("%08d", 80_000_000L + id % 10_000_000L);
        Instant accepted = at(day, 9 + random.nextInt(8), random.nextInt(60));
        LocalDate promised = calendar.addWorkingDays(day, item.promisedDays);
        cases.row(id, number, "Q" + (id % 10_000_000), item.id, applicant(applicants), "ONLINE", "ACCEPTED", "{}", accepted.minusSeconds(7200),
                accepted, "wang.fang", day, promised, null, null, 0, null, 0, 0, nextLook(promised, item.promisedDays, today), null, null);
        if (item.parallel) {
            for (long[] cooperation : item.cooperations) {
                LocalDate deadline = calendar.addWorkingDays(day, (int) cooperation[1]);
                int stageDays = (int) cooperation[1] - 2 * ((int) cooperation[1] / 3);
                LocalDate stageDeadline = calendar.addWorkingDays(day, stageDays);
                parts.row(nextPart++, id, cooperation[0], "RECEIVED", cooperation[1], "WORKING_DAYS", deadline, accepted, accepted.plusSeconds(2),
                        null, null, null, 1, "COOPERATING", 0, "受理审查", "DEPARTMENT_CLERK", accepted, stageDeadline, 0, 0, item.id, number,
                        "样本企业", nextLook(stageDeadline, stageDays, today), null, null);
            }
        } else {
            LocalDate stageDeadline = calendar.addWorkingDays(day, item.leadStageDays);
            parts.row(nextPart++, id, item.leadDepartment, "RECEIVED", item.leadStageDays, "WORKING_DAYS", promised, accepted, accepted,
                    null, null, null, 1, "LEAD", 0, item.leadStage, item.leadRole, accepted, stageDeadline, 0, 0, item.id, number, "样本企业",
                    nextLook(stageDeadline, item.leadStageDays, today), null, null);
        }
    }

    /** The watch date supervision would have set: the yellow day (80 % of the time or 1 day before), the day after the deadline, or none. */
    private LocalDate nextLook(LocalDate deadline, int days, LocalDate today) {
        int back = Math.min(Math.max(1, days - (int) Math.ceil(days * 0.8)), Math.max(0, days - 1));
        LocalDate yellow = calendar.shiftByWorkingDays(deadline, -back);
        if (today.isBefore(yellow)) {
            return yellow;
        }
        return today.isAfter(deadline) ? null : deadline.plusDays(1);
    }

    private void copyFile(java.nio.file.Path file, String table) throws SQLException, IOException {
        try (var in = java.nio.file.Files.newInputStream(file)) {
            copy.copyIn("COPY " + table.replaceAll("\\s+", " ") + " FROM STDIN", in, 1 << 20);
        } finally {
            java.nio.file.Files.deleteIfExists(file);
        }
    }

    private long applicant(int applicants) {
        return ID_BASE + random.nextInt(applicants);
    }

    private static Instant at(LocalDate day, int hour, int minute) {
        return ZonedDateTime.of(day, LocalTime.of(Math.min(hour, 17), minute), CHINA).toInstant();
    }

    /** One COPY … FROM STDIN in the text format, rows buffered in large chunks. */
    static final class Writer implements AutoCloseable {
        private final CopyIn in;
        private final java.io.OutputStream spool;
        private final java.nio.file.Path file;
        private final StringBuilder buffer = new StringBuilder(1 << 20);

        Writer(CopyManager copy, String table) throws SQLException {
            this.in = copy.copyIn("COPY " + table.replaceAll("\\s+", " ") + " FROM STDIN");
            this.spool = null;
            this.file = null;
        }

        private Writer(java.nio.file.Path file) throws IOException {
            this.in = null;
            this.file = file;
            this.spool = new java.io.BufferedOutputStream(java.nio.file.Files.newOutputStream(file), 1 << 20);
        }

        /** Rows in COPY's text format into a file, for a table that can only be copied once another is done. */
        static Writer spooled(java.nio.file.Path file) throws IOException {
            return new Writer(file);
        }

        java.nio.file.Path file() {
            return file;
        }

        void row(Object... values) throws IOException {
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    buffer.append('\t');
                }
                Object v = values[i];
                if (v == null) {
                    buffer.append("\\N");
                } else if (v instanceof Instant instant) {
                    buffer.append(instant.toString().replace('T', ' ').replace("Z", ""));
                } else if (v instanceof Boolean b) {
                    buffer.append(b ? 't' : 'f');
                } else {
                    buffer.append(v.toString().replace("\\", "\\\\").replace("\t", " ").replace("\n", " "));
                }
            }
            buffer.append('\n');
            if (buffer.length() > (1 << 20)) {
                flush();
            }
        }

        private void flush() throws IOException {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            buffer.setLength(0);
            if (spool != null) {
                spool.write(bytes);
                return;
            }
            try {
                in.writeToCopy(bytes, 0, bytes.length);
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            flush();
            if (spool != null) {
                spool.close();
                return;
            }
            try {
                in.endCopy();
            } catch (SQLException e) {
                throw new IOException(e);
            }
        }
    }
}
