package org.onewindow.platform;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Arrays;
import java.util.List;

/**
 * The SMTP server the test server sends to (GreenMail on {@code onewindow.smtp.port}, see ear/pom.xml):
 * started once for the whole integration-test run by {@link MailServerSession}, since every test's
 * notifications are mailed, and stopped and started again by a test that needs the relay down.
 */
public final class MailServer {

    public static final int PORT = Integer.getInteger("onewindow.smtp.port", 3125);

    private static GreenMail running;

    private MailServer() {
    }

    public static synchronized void start() {
        if (running == null) {
            GreenMail server = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            running = server;
        }
    }

    public static synchronized void stop() {
        if (running != null) {
            running.stop();
            running = null;
        }
    }

    public static synchronized boolean isRunning() {
        return running != null;
    }

    /** The messages received since the server last started, for one recipient. */
    public static synchronized List<MimeMessage> receivedBy(String address) {
        if (running == null) {
            return List.of();
        }
        return Arrays.stream(running.getReceivedMessages()).filter(message -> isFor(message, address)).toList();
    }

    private static boolean isFor(MimeMessage message, String address) {
        try {
            return message.getAllRecipients() != null && Arrays.stream(message.getAllRecipients())
                    .anyMatch(recipient -> recipient.toString().equalsIgnoreCase(address));
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
