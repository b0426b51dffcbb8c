package org.onewindow.notification;

import io.restassured.path.json.JsonPath;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.onewindow.platform.Api;
import org.onewindow.platform.Applications;
import org.onewindow.platform.MailServer;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.onewindow.platform.Applications.COMPANY_MATERIALS;

/**
 * The applicant is told, after the change commits: by e-mail through the server's mail session (to the
 * GreenMail server the test run started) and by SMS (the log-only gateway, on record in the case's
 * notification log). A mail server that is down delays the mail, never the approval.
 */
class NotificationIT {

    private static final Duration USUAL = Duration.ofSeconds(30);
    /** The queue retries after 5 s, then 10 s, 20 s, … */
    private static final Duration AFTER_RETRIES = Duration.ofSeconds(90);

    @Test
    void an_accepted_applicant_gets_a_chinese_email_with_the_number_and_the_promised_date_and_an_sms() throws Exception {
        String company = "广州天河知信科技有限公司";
        String email = mailbox("accepted");
        String number = submit(company, email);

        JsonPath accepted = Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200)
                .extract().jsonPath();
        LocalDate promised = LocalDate.parse(accepted.getString("promisedDate"));

        MimeMessage mail = awaitMail(email, number, USUAL);
        assertThat(mail.getSubject()).isEqualTo("【天河区政务服务】您的申请 " + number + " 已受理");
        assertThat(mail.getContentType()).containsIgnoringCase("charset=UTF-8");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("onewindow@th.gov.example");
        assertThat((String) mail.getContent())
                .startsWith(company + "：")
                .contains("您的申请 " + number + "（有限责任公司设立登记）已受理")
                .contains("承诺办结日期 " + promised.getYear() + "年" + promised.getMonthValue() + "月" + promised.getDayOfMonth() + "日")
                .contains("/status.html?number=" + number);

        Map<String, Object> sms = await(() -> delivery(number, "SMS").filter(d -> "SENT".equals(d.get("status"))), USUAL);
        assertThat(sms).containsEntry("gateway", "log").containsEntry("address", "13912345678").containsEntry("kind", "ACCEPTED")
                .containsEntry("audience", "APPLICANT").containsEntry("attempts", 1);
        assertThat((String) sms.get("text")).startsWith("【天河区政务服务】您的申请 " + number).contains("已受理");
        Map<String, Object> sentMail = await(() -> delivery(number, "EMAIL").filter(d -> "SENT".equals(d.get("status"))), USUAL);
        assertThat(sentMail).containsEntry("address", email).containsEntry("text", mail.getSubject()).containsEntry("attempts", 1);
        assertThat(MailServer.receivedBy(email)).as("one mail, however the broker delivers").hasSize(1);
    }

    @Test
    void a_rejection_and_a_correction_request_reach_the_applicant_with_what_the_window_said() throws Exception {
        String email = mailbox("window-answers");
        String rejected = submit("广州天河前置许可餐饮有限公司", email);
        Api.json(Api.as("wang.fang")).body("{\"reason\":\"经营范围含须经前置许可的项目，请先取得许可\"}")
                .post("/window/applications/{n}/rejection", rejected).then().statusCode(200);
        MimeMessage rejection = awaitMail(email, rejected, USUAL);
        assertThat(rejection.getSubject()).isEqualTo("【天河区政务服务】您的申请 " + rejected + " 不予受理");
        assertThat((String) rejection.getContent()).contains("理由：经营范围含须经前置许可的项目，请先取得许可。");

        String incomplete = submit("广州天河缺章程信息科技有限公司", email);
        Api.json(Api.as("wang.fang")).body("{\"missing\":[\"公司章程未经全体股东签字\",\"住所使用证明已过期\"]}")
                .post("/window/applications/{n}/correction-request", incomplete).then().statusCode(200);
        MimeMessage correction = awaitMail(email, incomplete, USUAL);
        assertThat(correction.getSubject()).isEqualTo("【天河区政务服务】您的申请 " + incomplete + " 需要补正");
        assertThat((String) correction.getContent()).contains("需要补正：公司章程未经全体股东签字；住所使用证明已过期。");
    }

    @Test
    void the_approval_goes_on_while_the_mail_server_is_down_and_the_mail_follows_when_it_is_back() throws Exception {
        String email = mailbox("relay-down");
        String number = submit("广州天河断网测试科技有限公司", email);

        MailServer.stop();
        try {
            Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200)
                    .body("status", equalTo("ACCEPTED"));
            Map<String, Object> failed = await(() -> delivery(number, "EMAIL").filter(d -> "FAILED".equals(d.get("status"))), USUAL);
            assertThat((String) failed.get("lastError")).contains("The mail server could not be reached");
            // The SMS does not wait for the mail.
            Map<String, Object> sms = await(() -> delivery(number, "SMS").filter(d -> "SENT".equals(d.get("status"))), USUAL);
            assertThat(sms).containsEntry("attempts", 1);
            assertThat(Api.as("wang.fang").get("/window/applications/{n}", number).then().statusCode(200)
                    .extract().path("status").toString()).isEqualTo("ACCEPTED");
        } finally {
            MailServer.start();
        }

        MimeMessage mail = awaitMail(email, number, AFTER_RETRIES);
        assertThat(mail.getSubject()).contains(number).contains("已受理");
        Map<String, Object> sent = await(() -> delivery(number, "EMAIL").filter(d -> "SENT".equals(d.get("status"))), USUAL);
        assertThat((Integer) sent.get("attempts")).isGreaterThanOrEqualTo(2);
        assertThat(delivery(number, "SMS").orElseThrow()).as("the retry does not send the SMS again").containsEntry("attempts", 1);
        assertThat(MailServer.receivedBy(email)).hasSize(1);
    }

    @Test
    void the_departments_clerks_are_reminded_of_their_new_tasks_in_one_message_each() throws Exception {
        int before = MailServer.receivedBy("yang.fan@tianhe.example.gov.cn").size();
        String number = Api.submit(Applications.restaurant("广州天河待办提醒餐饮有限公司"), Api.pdfs(Applications.RESTAURANT_MATERIALS))
                .then().statusCode(201).extract().path("applicationNumber");
        Api.as("wang.fang").post("/window/applications/{n}/acceptance", number).then().statusCode(200);

        // the test server reminds every 2 seconds (-Donewindow.task-reminders.seconds=2)
        MimeMessage reminder = await(() -> MailServer.receivedBy("yang.fan@tianhe.example.gov.cn").stream().skip(before)
                .filter(message -> subjectOf(message).contains("新的待办")).findFirst(), USUAL);
        assertThat(subjectOf(reminder)).matches("【天河区政务服务】您有 \\d+ 件新的待办");
        assertThat((String) reminder.getContent()).startsWith("杨帆：").contains("最早的办理期限为");
        for (String clerk : List.of("zhang.wei", "he.xin", "lin.tao")) {
            await(() -> MailServer.receivedBy(clerk + "@tianhe.example.gov.cn").stream()
                    .filter(message -> subjectOf(message).contains("新的待办")).findFirst(), USUAL);
        }
    }

    @Test
    void only_the_lead_department_reads_who_was_told_what() {
        String number = submit("广州天河保密测试科技有限公司", mailbox("private"));
        Api.as("li.na").get("/window/applications/{n}/notifications", number).then().statusCode(403);
        Api.anonymous().get("/window/applications/{n}/notifications", number).then().statusCode(401);
        Api.as("wang.fang").get("/window/applications/{n}/notifications", "YC2026010100009999").then().statusCode(404);
    }

    private static String submit(String company, String email) {
        return Api.submit(Applications.companyRegistration(company, Applications.creditCode(), email), Api.pdfs(COMPANY_MATERIALS))
                .then().statusCode(201).extract().path("applicationNumber");
    }

    /** A fresh address per test, so each test reads only its own mail. */
    private static String mailbox(String purpose) {
        return purpose + "." + System.nanoTime() + "@applicant.example.com";
    }

    private static Optional<Map<String, Object>> delivery(String number, String channel) {
        List<Map<String, Object>> deliveries = Api.as("wang.fang").get("/window/applications/{n}/notifications", number)
                .then().statusCode(200).extract().jsonPath().getList("$");
        return deliveries.stream().filter(d -> channel.equals(d.get("channel"))).findFirst();
    }

    private static MimeMessage awaitMail(String address, String number, Duration within) throws InterruptedException {
        return await(() -> MailServer.receivedBy(address).stream().filter(message -> subjectOf(message).contains(number)).findFirst(),
                within);
    }

    private static String subjectOf(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (jakarta.mail.MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    /** Polls until the answer is there, for at most {@code within}. */
    private static <T> T await(Supplier<Optional<T>> answer, Duration within) throws InterruptedException {
        Instant until = Instant.now().plus(within);
        Optional<T> found = answer.get();
        while (found.isEmpty()) {
            if (Instant.now().isAfter(until)) {
                throw new AssertionError("Not there within " + within.toSeconds() + " s");
            }
            Thread.sleep(200);
            found = answer.get();
        }
        return found.get();
    }
}
