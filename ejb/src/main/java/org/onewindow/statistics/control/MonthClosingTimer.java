package org.onewindow.statistics.control;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import java.util.logging.Logger;

/**
 * Every night at 01:30 the months that ended are closed into summary rows (off with -Donewindow.statistics.close-months=false,
 * as on the test server whose clock moves). Not persistent: each node may try, the month's marker lets one succeed.
 */
@Singleton
@PermitAll
public class MonthClosingTimer {

    private static final Logger LOG = Logger.getLogger(MonthClosingTimer.class.getName());

    @Inject
    MonthClosing closing;

    @Schedule(hour = "1", minute = "30", persistent = false, info = "close finished months of statistics")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void nightly() {
        if (!Boolean.parseBoolean(System.getProperty("onewindow.statistics.close-months", "true"))) {
            return;
        }
        try {
            var closed = closing.closeFinishedMonths();
            if (!closed.isEmpty()) {
                LOG.info(() -> "Statistics: months closed " + closed);
            }
        } catch (RuntimeException failed) {
            LOG.warning(() -> "Statistics: closing months failed, tried again tomorrow: " + failed);
        }
    }
}
