package org.onewindow.sessionbeans;

import jakarta.ejb.EJB;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
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
 * The acceptance slice through the session beans themselves, in the server beside the deployed EAR,
 * as the screens will call them: the same rules, transactions and permissions as over REST.
 */
@ExtendWith(ArquillianExtension.class)
class AcceptanceSessionBeansIT {

    private static final AtomicInteger SERIAL = new AtomicInteger((int) (System.nanoTime() % 100_000));

    /** The test archive sees the EAR's classes, and runs under the application's security domain. */
    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "acceptance-session-beans-it.war")
                .addClasses(AcceptanceSessionBeansIT.class, WangFangClerk.class, ZhouQiangClerk.class, LiNaClerk.class)
                .addAsWebInfResource(new StringAsset("""
                        <jboss-deployment-structure xmlns="urn:jboss:deployment-structure:1.3">
                          <deployment>
                            <dependencies>
                              <module name="deployment.onewindow.ear"/>
                              <module name="deployment.onewindow.ear.onewindow-ejb.jar"/>
                            </dependencies>
                          </deployment>
                        </jboss-deployment-structure>"""), "jboss-deployment-structure.xml")
                .addAsWebInfResource(new StringAsset("""
                        <jboss-web xmlns="urn:jboss:jakartaee:1.0" version="15.0"><security-domain>onewindow</security-domain></jboss-web>"""),
                        "jboss-web.xml")
                // The domain's refusals reach the test as they are, as they reach the screens.
                .addAsWebInfResource(new StringAsset("""
                        <ejb-jar xmlns="https://jakarta.ee/xml/ns/jakartaee" version="4.0"><assembly-descriptor><application-exception>
                          <exception-class>org.onewindow.shared.DomainException</exception-class><rollback>true</rollback><inherited>true</inherited>
                        </application-exception></assembly-descriptor></ejb-jar>"""), "ejb-jar.xml")
                .addPackages(true, "org.assertj.core");
    }

    @EJB(lookup = "java:global/onewindow/onewindow-ejb/SubmissionService")
    SubmissionService submissions;

    @EJB(lookup = "java:global/onewindow/onewindow-ejb/AcceptanceService")
    AcceptanceService acceptance;

    @EJB
    WangFangClerk wangFang;

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
        assertThatThrownBy(() -> acceptance.accept(number)).as("anonymous callers are not window clerks")
                .isInstanceOf(jakarta.ejb.EJBAccessException.class);
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
}
