package org.onewindow.sessionbeans;

import jakarta.annotation.Resource;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.Queue;
import jakarta.jms.QueueBrowser;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.approval.boundary.SubApplicationView;
import org.onewindow.messaging.boundary.DeadLetter;
import org.onewindow.messaging.boundary.DeadLetters;
import org.onewindow.messaging.control.Envelope;
import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.onewindow.acceptance.boundary.AcceptanceService;
import org.onewindow.acceptance.boundary.ApplicationStatusView;
import org.onewindow.acceptance.boundary.ApplicationView;
import org.onewindow.acceptance.boundary.HistoryEntry;
import org.onewindow.acceptance.boundary.SubmissionReceipt;
import org.onewindow.acceptance.boundary.SubmissionService;
import org.onewindow.acceptance.boundary.SubmitCommand;
import org.onewindow.applicant.ApplicantDetails;
import org.onewindow.applicant.ApplicantKind;
import org.onewindow.applicant.UnifiedSocialCreditCode;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.application.Channel;
import org.onewindow.application.MaterialFile;
import org.onewindow.application.TransitionNotAllowedException;
import org.onewindow.notification.boundary.DeliveryView;
import org.onewindow.notification.boundary.NotificationRecords;
import org.onewindow.notification.control.NotificationKind;
import org.onewindow.notification.control.Notifier;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.shared.ConcurrentChangeException;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.InvalidInputException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The session beans and message listeners themselves, in the server beside the deployed EAR (one
 * test archive for all, see {@link TestArchives}). First the acceptance slice, in the server beside the deployed EAR,
 * as the screens will call them: the same rules, transactions and permissions as over REST.
 */
@ExtendWith(ArquillianExtension.class)
class SessionBeansIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    @Deployment
    static WebArchive deployment() {
        return TestArchives.besideTheEar("session-beans-it.war", SessionBeansIT.class);
    }

    @EJB(lookup = "java:global/onewindow/onewindow-ejb/SubmissionService")
    SubmissionService submissions;

    @EJB(lookup = "java:global/onewindow/onewindow-ejb/AcceptanceService")
    AcceptanceService acceptance;

    @EJB
    WangFangClerk wangFang;

    @EJB
    Administrator administrator;

    @EJB(lookup = "java:global/onewindow/onewindow-ejb/DeadLetters")
    DeadLetters deadLetters;

    @EJB
    ZhouQiangClerk zhouQiang;

    @EJB
    LiNaClerk liNa;

    @Test
    void submit_request_correction_resubmit_and_accept_leave_the_case_accepted_and_every_step_audited() throws Exception {
        SubmissionReceipt receipt = submissions.submit(companyRegistration("广州天河会话测试有限公司"));
        String number = receipt.applicationNumber();

        wangFang.call(() -> acceptance.requestCorrection(number, List.of("住所使用证明缺少产权人签章"), null));
        assertThat(submissions.status(number, receipt.queryCode()).status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
        submissions.resubmit(number, receipt.queryCode(), fields("广州天河会话测试有限公司"),
                List.of(new MaterialFile("PREMISES", "premises-stamped.pdf", "application/pdf", pdf("stamped"))));

        ApplicationView accepted = wangFang.call(() -> acceptance.accept(number));
        assertThat(accepted.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(accepted.acceptedBy()).isEqualTo("wang.fang");
        assertThat(accepted.promisedDate()).isNotNull().isAfter(accepted.countingBase());

        ApplicationStatusView status = submissions.status(number, receipt.queryCode());
        assertThat(status.promisedDate()).isEqualTo(accepted.promisedDate());

        List<HistoryEntry> history = wangFang.call(() -> acceptance.history(number));
        assertThat(history).extracting(HistoryEntry::action).containsExactly("SUBMIT", "REQUEST_CORRECTION", "RESUBMIT", "ACCEPT");
        assertThat(history).extracting(HistoryEntry::toState)
                .containsExactly("SUBMITTED", "CORRECTION_REQUESTED", "SUBMITTED", "ACCEPTED");
    }

    @Test
    void two_clerks_accepting_at_once_through_the_session_beans_give_one_acceptance_and_one_clear_conflict() throws Exception {
        String number = submissions.submit(companyRegistration("广州天河会话并发有限公司")).applicationNumber();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<Object> first = pool.submit(() -> attempt(start, () -> wangFang.call(() -> acceptance.accept(number))));
            Future<Object> second = pool.submit(() -> attempt(start, () -> zhouQiang.call(() -> acceptance.accept(number))));
            start.countDown();
            List<Object> outcomes = new ArrayList<>(List.of(first.get(), second.get()));
            assertThat(outcomes).filteredOn(ApplicationView.class::isInstance).hasSize(1);
            assertThat(outcomes).filteredOn(o -> o instanceof ConcurrentChangeException || o instanceof TransitionNotAllowedException)
                    .hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        List<HistoryEntry> history = wangFang.call(() -> acceptance.history(number));
        assertThat(history).extracting(HistoryEntry::action).containsExactly("SUBMIT", "ACCEPT");
    }

    @Test
    void a_refused_submission_names_every_wrong_field_and_leaves_no_case_in_the_queue() throws Exception {
        int before = wangFang.call(() -> acceptance.queue()).size();
        SubmitCommand wrong = new SubmitCommand("SCJ-001",
                new ApplicantDetails(ApplicantKind.PERSON, "110105194912310021", "张三", "020-1234", null),
                Map.of("companyName", "测试"), Channel.HALL, List.of());
        assertThatThrownBy(() -> submissions.submit(wrong)).isInstanceOfSatisfying(InvalidInputException.class, refused ->
                assertThat(refused.errors()).extracting(e -> e.field()).contains("applicant.identifier", "applicant.phone",
                        "fields.address", "materials.APPLY", "materials.CHARTER"));
        assertThat(wangFang.call(() -> acceptance.queue())).hasSize(before);
    }

    @Test
    void a_clerk_of_another_department_is_refused_by_the_session_bean_itself() throws Exception {
        String number = submissions.submit(companyRegistration("广州天河会话越权有限公司")).applicationNumber();
        assertThatThrownBy(() -> liNa.call(() -> acceptance.accept(number))).isInstanceOf(NotYourDepartmentException.class);
        assertThat(wangFang.call(() -> acceptance.view(number)).status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    private static Object attempt(CountDownLatch start, Callable<Object> work) throws Exception {
        start.await();
        try {
            return work.call();
        } catch (DomainException refused) {
            return refused;
        }
    }

    private static SubmitCommand companyRegistration(String company) {
        String creditCode = UnifiedSocialCreditCode.complete("91440106" + String.format("%09d", SERIAL.incrementAndGet() + 500_000));
        List<MaterialFile> files = new ArrayList<>();
        for (String code : new String[]{"APPLY", "CHARTER", "SHAREHOLDER-ID", "PREMISES"}) {
            files.add(new MaterialFile(code, code.toLowerCase() + ".pdf", "application/pdf", pdf(code)));
        }
        return new SubmitCommand("SCJ-001", new ApplicantDetails(ApplicantKind.ENTERPRISE, creditCode, company, "13912345678", null),
                fields(company), Channel.HALL, files);
    }

    private static Map<String, String> fields(String company) {
        return Map.of("companyName", company, "address", "广州市天河区天河路385号", "registeredCapital", "100", "businessScope", "软件开发");
    }

    private static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    // ---- messaging: the routing queue as it misbehaves ----

    @Resource(lookup = "java:/ConnectionFactory")
    ConnectionFactory connections;

    @Resource(lookup = "java:/jms/queue/onewindow/routing")
    Queue routing;

    @Resource(lookup = "java:/jms/queue/onewindow/routing/DLQ")
    Queue routingDeadLetters;

    @Test
    void a_routing_message_delivered_twice_changes_nothing_the_second_time() throws Exception {
        String number = acceptedParallelCase("广州天河重复消息餐饮有限公司");
        List<SubApplicationView> parts = awaitAllReceived(number);
        int receivedBefore = count(number, "SUB_APPLICATION_RECEIVED");
        assertThat(receivedBefore).isEqualTo(4);

        SubApplicationView first = parts.get(0);
        String again = Envelope.routed(first.id(), number, first.department()).toJson();
        // the same message again, twice, as a redelivery after a lost acknowledgement would bring it
        onOwnThread(() -> {
            try (JMSContext jms = connections.createContext()) {
                jms.createProducer().send(routing, again);
                jms.createProducer().send(routing, again);
            }
            return null;
        });
        Thread.sleep(2_000);
        assertThat(count(number, "SUB_APPLICATION_RECEIVED")).isEqualTo(receivedBefore);
        assertThat(wangFang.call(() -> acceptance.departments(number))).extracting(SubApplicationView::status)
                .containsOnly(SubApplicationStatus.RECEIVED);
    }

    @Test
    void a_message_that_always_fails_ends_on_the_dead_letter_queue_and_the_others_go_through() throws Exception {
        String marker = "poison-" + System.nanoTime();
        onOwnThread(() -> {
            try (JMSContext jms = connections.createContext()) {
                jms.createProducer().setProperty("testMarker", marker).send(routing, "{\"type\":\"nonsense\",\"marker\":\"" + marker + "\"}");
            }
            return null;
        });
        // While the broken message is retried, a real case is routed as usual.
        String number = acceptedParallelCase("广州天河毒消息旁路餐饮有限公司");
        awaitAllReceived(number);

        Instant until = Instant.now().plus(Duration.ofSeconds(60));
        while (!inDeadLetters(marker)) {
            assertThat(Instant.now()).as("the broken message reaches the dead-letter queue within 60 s").isBefore(until);
            Thread.sleep(500);
        }

        // An administrator sees it and sends it back to its queue; nobody else may.
        List<DeadLetter> parked = administrator.call(() -> deadLetters.list());
        DeadLetter letter = parked.stream().filter(l -> l.body().contains(marker)).findFirst().orElseThrow();
        assertThat(letter.queue()).isEqualTo("routing");
        assertThatThrownBy(() -> wangFang.call(() -> deadLetters.list())).isInstanceOf(jakarta.ejb.EJBAccessException.class);
        assertThatThrownBy(() -> administrator.call(() -> deadLetters.retry("payments", letter.messageId())))
                .isInstanceOf(InvalidInputException.class);
        DeadLetter retried = administrator.call(() -> deadLetters.retry("routing", letter.messageId()));
        assertThat(retried.body()).contains(marker);
        assertThat(administrator.call(() -> deadLetters.list())).extracting(DeadLetter::messageId).doesNotContain(letter.messageId());
        assertThatThrownBy(() -> administrator.call(() -> deadLetters.retry("routing", letter.messageId())))
                .isInstanceOf(org.onewindow.shared.NotFoundException.class);
    }

    private boolean inDeadLetters(String marker) throws Exception {
        return onOwnThread(() -> browse(marker));
    }

    /** JMS work of the test runs off the server's request thread, which serves other requests afterwards. */
    private static <T> T onOwnThread(Callable<T> work) throws Exception {
        ExecutorService own = Executors.newSingleThreadExecutor();
        try {
            return own.submit(work).get();
        } finally {
            own.shutdownNow();
        }
    }

    private boolean browse(String marker) {
        try (JMSContext jms = connections.createContext(); QueueBrowser browser = jms.createBrowser(routingDeadLetters,
                "testMarker = '" + marker + "'")) {
            return browser.getEnumeration().hasMoreElements();
        } catch (jakarta.jms.JMSException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }

    private String acceptedParallelCase(String company) throws Exception {
        String creditCode = UnifiedSocialCreditCode.complete("91440106" + String.format("%09d", SERIAL.incrementAndGet() + 700_000));
        List<MaterialFile> files = new ArrayList<>();
        for (String code : new String[]{"APPLY", "LAYOUT", "EIA-FORM", "FIRE-SELF-CHECK", "HEALTH-CERT"}) {
            files.add(new MaterialFile(code, code.toLowerCase() + ".pdf", "application/pdf",
                    ("%PDF-1.4\n% " + code + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)));
        }
        String number = submissions.submit(new SubmitCommand("BL-001",
                new ApplicantDetails(ApplicantKind.ENTERPRISE, creditCode, company, "13912345678", null),
                Map.of("companyName", company, "address", "广州市天河区华夏路10号", "floorArea", "300", "seats", "80"),
                Channel.HALL, files)).applicationNumber();
        wangFang.call(() -> acceptance.accept(number));
        return number;
    }

    private List<SubApplicationView> awaitAllReceived(String number) throws Exception {
        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<SubApplicationView> parts = wangFang.call(() -> acceptance.departments(number));
            if (parts.size() == 4 && parts.stream().allMatch(p -> p.status() == SubApplicationStatus.RECEIVED)) {
                return parts;
            }
            assertThat(Instant.now()).as("every department receives its part within 30 s").isBefore(until);
            Thread.sleep(100);
        }
    }

    private int count(String number, String action) throws Exception {
        Callable<List<HistoryEntry>> history = () -> acceptance.history(number);
        return Collections.frequency(wangFang.call(history).stream().map(HistoryEntry::action).toList(), action);
    }

    // ---- notifications to staff ----

    @EJB(lookup = "java:global/onewindow/onewindow-ejb/Notifier")
    Notifier notifier;

    @EJB(lookup = "java:global/onewindow/onewindow-ejb/NotificationRecords")
    NotificationRecords notifications;

    @Resource
    UserTransaction transaction;

    @Test
    void staff_are_told_of_a_new_task_by_email_and_sms_only_when_the_change_commits() throws Exception {
        String number = submissions.submit(companyRegistration("广州天河待办通知有限公司")).applicationNumber();
        Map<String, String> facts = Map.of("item", "有限责任公司设立登记");

        transaction.begin();
        notifier.tellStaff(List.of("wu.jing"), NotificationKind.NEW_TASK, number, withDeadline(facts, "2026-12-07"));
        transaction.rollback();
        transaction.begin();
        notifier.tellStaff(List.of("wu.jing", "zheng.hao"), NotificationKind.NEW_TASK, number, withDeadline(facts, "2026-12-08"));
        transaction.commit();

        Instant until = Instant.now().plus(Duration.ofSeconds(30));
        List<DeliveryView> sent = List.of();
        while (sent.size() < 4) {
            assertThat(Instant.now()).as("both are told by e-mail and SMS within 30 s").isBefore(until);
            Thread.sleep(200);
            sent = wangFang.call(() -> notifications.ofCase(number)).stream().filter(d -> d.status().equals("SENT")).toList();
        }
        assertThat(sent).extracting(DeliveryView::recipient, DeliveryView::channel, DeliveryView::address).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("wu.jing", "EMAIL", "wu.jing@tianhe.example.gov.cn"),
                org.assertj.core.groups.Tuple.tuple("wu.jing", "SMS", "13800000007"),
                org.assertj.core.groups.Tuple.tuple("zheng.hao", "EMAIL", "zheng.hao@tianhe.example.gov.cn"),
                org.assertj.core.groups.Tuple.tuple("zheng.hao", "SMS", "13800000008"));
        assertThat(sent).allSatisfy(d -> {
            assertThat(d.audience()).isEqualTo("STAFF");
            assertThat(d.kind()).isEqualTo("NEW_TASK");
        });
        assertThat(sent).filteredOn(d -> d.channel().equals("SMS")).extracting(DeliveryView::text)
                .allSatisfy(text -> assertThat(text).contains(number, "2026年12月8日"));
        assertThat(wangFang.call(() -> notifications.ofCase(number))).as("nothing told of the change that rolled back").hasSize(4);
    }

    private static Map<String, String> withDeadline(Map<String, String> facts, String deadline) {
        Map<String, String> all = new java.util.HashMap<>(facts);
        all.put("deadline", deadline);
        return all;
    }
}
