package org.onewindow.platform;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Keeps the test SMTP server up for the whole run of the integration tests, not just one class:
 * registered in META-INF/services, so JUnit calls it once when the run starts and once when it ends.
 */
public class MailServerSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        MailServer.start();
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        MailServer.stop();
    }
}
