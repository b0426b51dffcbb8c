package org.onewindow.statistics.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.onewindow.organisation.StaffRole;
import org.onewindow.shared.NotFoundException;
import org.onewindow.statistics.control.ExcelExport;
import org.onewindow.statistics.control.ExportJob;
import org.onewindow.statistics.control.MonthSummaries;
import org.onewindow.statistics.control.StatisticsReport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Exports of the statistics: an Excel workbook of a period's figures and every case accepted in it, written in the
 * background (progress to poll, then the file to download), and the figures as a PDF report at once. An export
 * belongs to whoever started it; finished exports are kept for an hour.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@RolesAllowed({StaffRole.Names.LEADER, StaffRole.Names.SUPERVISOR})
public class StatisticsExports {

    private static final Duration KEPT = Duration.ofHours(1);

    @Inject
    Statistics statistics;

    @Inject
    ExcelExport excel;

    @Resource
    SessionContext session;

    private final Map<String, ExportJob> jobs = new ConcurrentHashMap<>();

    public ExportProgress start(LocalDate from, LocalDate to, String department, String item) {
        StatisticsView summary = statistics.period(from, to, department, item);
        forgetOld();
        String id = UUID.randomUUID().toString();
        Path file;
        try {
            Path directory = Path.of(System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")), "onewindow", "exports");
            Files.createDirectories(directory);
            file = directory.resolve(id + ".xlsx");
        } catch (IOException cannot) {
            throw new UncheckedIOException(cannot);
        }
        ExportJob job = new ExportJob(id, session.getCallerPrincipal().getName(), summary, file, Instant.now());
        jobs.put(id, job);
        excel.write(job, from.atStartOfDay(MonthSummaries.CHINA).toInstant(), to.atStartOfDay(MonthSummaries.CHINA).toInstant(),
                summary.department(), summary.item());
        return ExportProgress.of(job);
    }

    public ExportProgress progress(String id) {
        return ExportProgress.of(own(id));
    }

    /** The finished workbook's file, for the caller to stream out. */
    public Path file(String id) {
        ExportJob job = own(id);
        if (job.state() != ExportJob.State.DONE) {
            throw new NotFoundException("statistics.export-not-ready", id);
        }
        return job.file();
    }

    public byte[] pdf(LocalDate from, LocalDate to, String department, String item) {
        return new StatisticsReport().render(statistics.period(from, to, department, item));
    }

    private ExportJob own(String id) {
        ExportJob job = id == null ? null : jobs.get(id);
        if (job == null || !job.owner().equals(session.getCallerPrincipal().getName())) {
            throw new NotFoundException("statistics.export-not-found", String.valueOf(id));
        }
        return job;
    }

    private void forgetOld() {
        Instant before = Instant.now().minus(KEPT);
        jobs.values().removeIf(job -> {
            boolean old = job.finishedAt() != null && job.finishedAt().isBefore(before);
            if (old) {
                try {
                    Files.deleteIfExists(job.file());
                } catch (IOException ignored) {
                    // left for the next restart's clean data folder
                }
            }
            return old;
        });
    }
}
