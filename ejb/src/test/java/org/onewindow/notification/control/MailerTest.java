package org.onewindow.notification.control;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The mailer against a real SMTP server (GreenMail), and against one that refuses the address. */
class MailerTest {

    private static final String SUBJECT = "【天河区政务服务】您的申请 YC2026112300000042 已受理";
    private static final String BODY = "广州天河云帆信息科技有限公司：\n\n您的申请 YC2026112300000042（有限责任公司设立登记）已受理。\n";

    private GreenMail relay;

    @AfterEach
    void stopRelay() {
        if (relay != null) {
            relay.stop();
        }
    }

    @Test
    void a_mail_goes_out_in_utf8_from_the_sessions_sender_with_a_message_id_of_the_notification() throws Exception {
        relay = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());
        relay.start();

        mailer(relay.getSmtp().getPort()).send("applicant@example.com", SUBJECT, BODY, "0f3c9a6e-key");

        MimeMessage[] received = relay.getReceivedMessages();
        assertThat(received).hasSize(1);
        assertThat(received[0].getSubject()).isEqualTo(SUBJECT);
        assertThat((String) received[0].getContent()).isEqualTo(BODY);
        assertThat(received[0].getContentType().toLowerCase(Locale.ROOT)).contains("charset=utf-8");
        assertThat(received[0].getFrom()[0].toString()).isEqualTo("onewindow@th.gov.example");
        assertThat(received[0].getHeader("Message-ID")).containsExactly("<0f3c9a6e-key@onewindow>");
        assertThat(received[0].getSentDate().toInstant()).isEqualTo(Instant.parse("2026-11-23T01:00:00Z"));
    }

    @Test
    void an_address_the_server_rejects_is_refused_and_not_worth_another_attempt() throws Exception {
        try (ServerSocket refusing = new ServerSocket(0)) {
            Thread smtp = new Thread(() -> answerRefusingEveryRecipient(refusing));
            smtp.start();
            assertThatThrownBy(() -> mailer(refusing.getLocalPort()).send("nobody@example.com", SUBJECT, BODY, "k"))
                    .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> {
                        assertThat(failure.refused()).isTrue();
                        assertThat(failure.summary()).contains("refused the address");
                    });
            smtp.join(5_000);
        }
    }

    @Test
    void a_malformed_address_is_refused_and_a_server_that_is_down_is_tried_again_later() throws IOException {
        int closed;
        try (ServerSocket free = new ServerSocket(0)) {
            closed = free.getLocalPort();
        }
        assertThatThrownBy(() -> mailer(closed).send("not an address", SUBJECT, BODY, "k"))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> assertThat(failure.refused()).isTrue());
        assertThatThrownBy(() -> mailer(closed).send("applicant@example.com", SUBJECT, BODY, "k"))
                .isInstanceOfSatisfying(DeliveryFailedException.class, failure -> {
                    assertThat(failure.refused()).isFalse();
                    assertThat(failure.summary()).startsWith("The mail server could not be reached or failed");
                });
    }

    private static Mailer mailer(int port) {
        Properties properties = new Properties();
        properties.put("mail.smtp.host", "127.0.0.1");
        properties.put("mail.smtp.port", String.valueOf(port));
        properties.put("mail.from", "onewindow@th.gov.example");
        Mailer mailer = new Mailer();
        mailer.session = Session.getInstance(properties);
        mailer.clock = Clock.fixed(Instant.parse("2026-11-23T01:00:00Z"), ZoneOffset.UTC);
        mailer.boundWaiting();
        return mailer;
    }

    /** Just enough SMTP for one client: everything is fine except every recipient, which is unknown. */
    private static void answerRefusingEveryRecipient(ServerSocket server) {
        try (Socket client = server.accept();
             BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.US_ASCII));
             PrintWriter out = new PrintWriter(client.getOutputStream(), true, StandardCharsets.US_ASCII)) {
            out.print("220 refusing.example ESMTP\r\n");
            out.flush();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String command = line.length() < 4 ? line : line.substring(0, 4).toUpperCase(Locale.ROOT);
                out.print(switch (command) {
                    case "RCPT" -> "550 5.1.1 No such user here\r\n";
                    case "QUIT" -> "221 Bye\r\n";
                    default -> "250 OK\r\n";
                });
                out.flush();
                if (command.equals("QUIT")) {
                    return;
                }
            }
        } catch (IOException closed) {
            // the client went away: nothing more to answer
        }
    }
}
