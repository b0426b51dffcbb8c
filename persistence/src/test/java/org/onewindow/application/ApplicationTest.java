package org.onewindow.application;

import org.junit.jupiter.api.Test;
import org.onewindow.applicant.Applicant;
import org.onewindow.applicant.ApplicantDetails;
import org.onewindow.applicant.ApplicantKind;
import org.onewindow.calendar.ChinaPublicHolidays;
import org.onewindow.calendar.OfficeHours;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.catalogue.ItemKind;
import org.onewindow.catalogue.MaterialRequirement;
import org.onewindow.catalogue.ServiceItem;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.DepartmentKind;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The application aggregate guards its own rules, without a server. */
class ApplicationTest {

    private static final Department MARKET = new Department("TH-SCJ", "天河区市场监督管理局", DepartmentKind.LEAD, null);
    private static final Department PLANNING = new Department("TH-GHZ", "规划分局", DepartmentKind.LEAD, null);
    private static final WorkingCalendar CALENDAR = new WorkingCalendar(
            Stream.concat(ChinaPublicHolidays.year(2025).stream(), ChinaPublicHolidays.year(2026).stream()).toList(),
            OfficeHours.standard());
    /** Friday 13 Feb 2026, 10:00 in Guangzhou. */
    private static final Instant FRIDAY_BEFORE_SPRING_FESTIVAL = Instant.parse("2026-02-13T02:00:00Z");

    @Test
    void acceptance_fixes_the_promised_date_on_the_working_day_calendar() {
        Application application = submitted(item(ItemKind.SINGLE_DEPARTMENT, 5));
        application.accept("wang.fang", MARKET, FRIDAY_BEFORE_SPRING_FESTIVAL, CALENDAR);
        assertThat(application.status()).isEqualTo(ApplicationStatus.ACCEPTED);
        assertThat(application.countingBase()).contains(LocalDate.of(2026, 2, 13));
        // 14 Feb (working Saturday), then 24, 25, 26, 27 Feb after the Spring Festival
        assertThat(application.promisedDate()).contains(LocalDate.of(2026, 2, 27));
        assertThat(application.acceptedBy()).contains("wang.fang");
    }

    @Test
    void an_instant_item_is_decided_at_acceptance() {
        Application application = submitted(item(ItemKind.INSTANT, 0));
        application.accept("wang.fang", MARKET, FRIDAY_BEFORE_SPRING_FESTIVAL, CALENDAR);
        assertThat(application.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(application.decidedAt()).contains(FRIDAY_BEFORE_SPRING_FESTIVAL);
    }

    @Test
    void only_the_lead_department_answers_and_a_refusal_changes_nothing() {
        Application application = submitted(item(ItemKind.SINGLE_DEPARTMENT, 5));
        assertThatThrownBy(() -> application.accept("guo.ping", PLANNING, FRIDAY_BEFORE_SPRING_FESTIVAL, CALENDAR))
                .isInstanceOf(NotYourDepartmentException.class);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.promisedDate()).isEmpty();
    }

    @Test
    void a_correction_request_needs_a_list_and_the_resubmission_keeps_the_same_case() {
        Application application = submitted(item(ItemKind.SINGLE_DEPARTMENT, 5));
        assertThatThrownBy(() -> application.requestCorrection(MARKET, List.of(" "), null))
                .isInstanceOf(InvalidInputException.class);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);

        application.requestCorrection(MARKET, List.of("公司章程缺少股东签字"), "请补充");
        assertThat(application.status()).isEqualTo(ApplicationStatus.CORRECTION_REQUESTED);
        assertThat(application.corrections()).containsExactly("公司章程缺少股东签字");
        assertThat(application.promisedDate()).as("the clock has not started").isEmpty();

        SubmittedMaterial signed = new SubmittedMaterial("CHARTER", "charter-signed.pdf", "application/pdf", 10, "b".repeat(64),
                FRIDAY_BEFORE_SPRING_FESTIVAL);
        application.resubmit("{}", List.of(signed), FRIDAY_BEFORE_SPRING_FESTIVAL);
        assertThat(application.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(application.applicationNumber()).isEqualTo("YC2026021300000001");
        assertThat(application.materials()).extracting(SubmittedMaterial::fileName).containsExactly("charter-signed.pdf");
    }

    @Test
    void a_rejection_needs_a_reason() {
        Application application = submitted(item(ItemKind.SINGLE_DEPARTMENT, 5));
        assertThatThrownBy(() -> application.reject(MARKET, "", FRIDAY_BEFORE_SPRING_FESTIVAL))
                .isInstanceOf(InvalidInputException.class);
        application.reject(MARKET, "名称与已登记企业相同", FRIDAY_BEFORE_SPRING_FESTIVAL);
        assertThat(application.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(application.refusalReason()).contains("名称与已登记企业相同");
        assertThatThrownBy(() -> application.accept("wang.fang", MARKET, FRIDAY_BEFORE_SPRING_FESTIVAL, CALENDAR))
                .isInstanceOf(TransitionNotAllowedException.class);
    }

    @Test
    void a_changed_calendar_moves_the_promised_date_of_a_running_case_only() {
        Application application = submitted(item(ItemKind.SINGLE_DEPARTMENT, 5));
        application.accept("wang.fang", MARKET, FRIDAY_BEFORE_SPRING_FESTIVAL, CALENDAR);
        WorkingCalendar extraHoliday = new WorkingCalendar(Stream.concat(
                Stream.concat(ChinaPublicHolidays.year(2025).stream(), ChinaPublicHolidays.year(2026).stream()),
                Stream.of(org.onewindow.calendar.SpecialDay.holiday(LocalDate.of(2026, 2, 25), "临时放假"))).toList(),
                OfficeHours.standard());
        assertThat(application.recomputePromisedDate(extraHoliday)).isTrue();
        // 14 Feb, 24, 26, 27 Feb, then 28 Feb (a working Saturday) once 25 Feb is off
        assertThat(application.promisedDate()).contains(LocalDate.of(2026, 2, 28));
        assertThat(application.recomputePromisedDate(extraHoliday)).isFalse();

        Application waiting = submitted(item(ItemKind.SINGLE_DEPARTMENT, 5));
        assertThat(waiting.recomputePromisedDate(extraHoliday)).isFalse();
    }

    private static ServiceItem item(ItemKind kind, int promisedDays) {
        return new ServiceItem(new ServiceItem.ItemDefinition("SCJ-001", "有限责任公司设立登记", kind, "《公司法》", null,
                TimeLimit.workingDays(15), TimeLimit.workingDays(promisedDays), MARKET, List.of(),
                List.of(new MaterialRequirement("CHARTER", "公司章程", true)), List.of(), List.of()), 1, FRIDAY_BEFORE_SPRING_FESTIVAL);
    }

    private static Application submitted(ServiceItem item) {
        Applicant applicant = new Applicant(new ApplicantDetails(ApplicantKind.ENTERPRISE, "91350100M000100Y43", "云帆科技", "13912345678", null));
        SubmittedMaterial charter = new SubmittedMaterial("CHARTER", "charter.pdf", "application/pdf", 10, "a".repeat(64),
                FRIDAY_BEFORE_SPRING_FESTIVAL);
        return new Application("YC2026021300000001", item, applicant, Channel.ONLINE, "{}", List.of(charter), "ABCDEFGH",
                FRIDAY_BEFORE_SPRING_FESTIVAL);
    }
}
