package org.onewindow.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDateTime;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every thread of the server with its full stack, locks and synchronizers, appended to the log folder's bench-stalls.txt. */
final class ThreadDumps {

    static final String FILE = "bench-stalls.txt";
    private static final Logger LOG = Logger.getLogger(ThreadDumps.class.getName());

    private ThreadDumps() {
    }

    static synchronized void write(String why, String diagnostics) {
        StringBuilder dump = new StringBuilder("==== ").append(LocalDateTime.now()).append(' ').append(why).append('\n')
                .append(diagnostics).append('\n');
        for (ThreadInfo thread : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            dump.append('"').append(thread.getThreadName()).append("\" ").append(thread.getThreadState());
            if (thread.getLockName() != null) {
                dump.append(" on ").append(thread.getLockName());
            }
            if (thread.getLockOwnerName() != null) {
                dump.append(" owned by \"").append(thread.getLockOwnerName()).append('"');
            }
            dump.append('\n');
            for (StackTraceElement frame : thread.getStackTrace()) {
                dump.append("\tat ").append(frame).append('\n');
            }
            dump.append('\n');
        }
        Path file = Path.of(System.getProperty("jboss.server.log.dir", "."), FILE);
        try {
            Files.writeString(file, dump, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            LOG.warning(why + ": threads dumped to " + file);
        } catch (IOException unwritable) {
            LOG.log(Level.WARNING, "cannot write " + file, unwritable);
        }
    }
}
