package org.onewindow.statistics.boundary;

import org.onewindow.statistics.control.ExportJob;

import java.time.Instant;

/** Where an export stands, for a progress bar: rows written of the total, and once done the file's size and the heap's peak. */
public record ExportProgress(String id, String state, long written, long total, int percent, Instant startedAt, Instant finishedAt,
                             Long fileBytes, long heapPeakBytes, String error) {

    static ExportProgress of(ExportJob job) {
        long total = job.total();
        int percent = job.state() == ExportJob.State.DONE ? 100 : total == 0 ? 0 : (int) Math.min(99, job.written() * 100 / total);
        Long size = null;
        try {
            size = job.state() == ExportJob.State.DONE ? java.nio.file.Files.size(job.file()) : null;
        } catch (java.io.IOException gone) {
            // reported without a size
        }
        return new ExportProgress(job.id(), job.state().name(), job.written(), total, percent, job.startedAt(), job.finishedAt(), size,
                job.heapPeak(), job.error());
    }
}
