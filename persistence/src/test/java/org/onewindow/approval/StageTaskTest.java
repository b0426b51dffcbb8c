package org.onewindow.approval;

import org.junit.jupiter.api.Test;
import org.onewindow.applicant.Applicant;
import org.onewindow.applicant.ApplicantDetails;
import org.onewindow.applicant.ApplicantKind;
import org.onewindow.application.Application;
import org.onewindow.application.Channel;
import org.onewindow.application.SubmittedMaterial;
import org.onewindow.calendar.ChinaPublicHolidays;
import org.onewindow.calendar.OfficeHours;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.catalogue.Cooperation;
import org.onewindow.catalogue.Countersign;
import org.onewindow.catalogue.ItemKind;
import org.onewindow.catalogue.MaterialRequirement;
import org.onewindow.catalogue.ServiceItem;
import org.onewindow.catalogue.StageAction;
import org.onewindow.catalogue.StageDefinition;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.DepartmentKind;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.SaltedPassword;
import org.onewindow.organisation.Staff;
import org.onewindow.organisation.StaffRole;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PermissionDeniedException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A department's stage task guards its own rules: who may act, in which order, and how the clock runs. */
class StageTaskTest {

    private static final WorkingCalendar CALENDAR = new WorkingCalendar(
            Stream.concat(ChinaPublicHolidays.year(2025).stream(), ChinaPublicHolidays.year(2026).stream()).toList(),
            OfficeHours.standard());
    private static final SaltedPassword PASSWORD = SaltedPassword.of("OneWindow#2026");

    private static final Department MARKET = new Department("TH-SCJ", "天河区市场监督管理局", DepartmentKind.LEAD, null);
    private static final Department ENVIRONMENT = new Department("TH-STJ", "生态环境分局", DepartmentKind.LEAD, null);
    private static final Department FIRE = new Department("TH-XFJ", "消防救援大队", DepartmentKind.COOPERATING, null);

    private static final Staff CLERK = staff("zhang.wei", ENVIRONMENT, StaffRole.DEPARTMENT_CLERK);
    private static final Staff OTHER_CLERK = staff("zhao.lei", ENVIRONMENT, StaffRole.DEPARTMENT_CLERK);
    private static final Staff CHIEF = staff("liu.yang", ENVIRONMENT, StaffRole.SECTION_CHIEF);
    private static final Staff SECOND_CHIEF = staff("lv.ting", ENVIRONMENT, StaffRole.SECTION_CHIEF);
    private static final Staff DIRECTOR = staff("chen.jie", ENVIRONMENT, StaffRole.DIRECTOR);
    private static final Staff FIRE_CLERK = staff("yang.fan", FIRE, StaffRole.DEPARTMENT_CLERK);

    /** Monday 2 March 2026, 10:00 in Guangzhou. */
    private static final Instant MONDAY = beijing(2026, 3, 2, 10);

    @Test
    void a_task_moves_through_its_stages_each_handled_by_its_role_and_the_last_gives_the_answer() {
        SubApplication task = received(Countersign.NONE);
        assertThat(task.stageName()).isEqualTo("受理审查");
        // 4 working days from Monday 2 March: Tue 3 … Fri 6 March
        assertThat(task.stageDeadline()).isEqualTo(LocalDate.of(2026, 3, 6));
        assertThat(task.deadline()).isEqualTo(LocalDate.of(2026, 3, 16));

        assertThatThrownBy(() -> task.approve(CHIEF, null, false, MONDAY, CALENDAR)).isInstanceOf(PermissionDeniedException.class);
        assertThatThrownBy(() -> task.approve(FIRE_CLERK, null, false, MONDAY, CALENDAR)).isInstanceOf(NotYourDepartmentException.class);

        Instant wednesday = beijing(2026, 3, 4, 9);
        assertThat(task.approve(CLERK, "材料齐全", true, wednesday, CALENDAR)).isEqualTo(StageStep.ADVANCED);
        assertThat(task.stageName()).isEqualTo("审核");
        assertThat(task.stageRole()).isEqualTo(StaffRole.SECTION_CHIEF);
        // the review's 3 days count from when it began: Thu 5, Fri 6, Mon 9 March
        assertThat(task.stageDeadline()).isEqualTo(LocalDate.of(2026, 3, 9));
        assertThat(task.publicNote()).as("an internal opinion stays internal").isEmpty();

        assertThat(task.approve(CHIEF, "同意", false, wednesday, CALENDAR)).isEqualTo(StageStep.ADVANCED);
        assertThat(task.approve(DIRECTOR, "符合环评登记要求，同意", false, wednesday, CALENDAR)).isEqualTo(StageStep.DECIDED);
        assertThat(task.status()).isEqualTo(SubApplicationStatus.APPROVED);
        assertThat(task.decidedBy()).contains("chen.jie");
        assertThat(task.publicNote()).contains("符合环评登记要求，同意");
        assertThatThrownBy(() -> task.approve(DIRECTOR, "再次", false, wednesday, CALENDAR)).isInstanceOf(DomainException.class);
    }

    @Test
    void a_claimed_task_is_its_handlers_until_handed_over_to_a_colleague_of_the_same_role() {
        SubApplication task = received(Countersign.NONE);
        task.claim(CLERK);
        assertThatThrownBy(() -> task.approve(OTHER_CLERK, null, false, MONDAY, CALENDAR))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("task.claimed-by-other");
        assertThatThrownBy(() -> task.handOver(CLERK, CHIEF, "休假")).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> task.handOver(CLERK, FIRE_CLERK, "休假")).isInstanceOf(InvalidInputException.class);
        task.handOver(CLERK, OTHER_CLERK, "本人休假，转交赵磊");
        assertThat(task.assignee()).contains("zhao.lei");
        assertThatThrownBy(() -> task.claim(CLERK)).isInstanceOf(DomainException.class);
        assertThat(task.approve(OTHER_CLERK, null, false, MONDAY, CALENDAR)).isEqualTo(StageStep.ADVANCED);
        assertThat(task.assignee()).as("the next stage waits for its own role").isEmpty();
    }

    @Test
    void a_countersigned_stage_passes_only_when_every_invited_handler_has_agreed() {
        SubApplication task = received(Countersign.ALL);
        task.approve(CLERK, null, false, MONDAY, CALENDAR);
        assertThat(task.needsCountersigners()).isTrue();
        task.inviteCountersigners(List.of("liu.yang", "lv.ting"));

        assertThatThrownBy(() -> task.claim(CHIEF)).isInstanceOf(DomainException.class);
        assertThat(task.approve(CHIEF, "同意", true, MONDAY, CALENDAR)).isEqualTo(StageStep.SIGNED);
        assertThat(task.stageName()).isEqualTo("审核");
        assertThatThrownBy(() -> task.approve(CHIEF, "同意", true, MONDAY, CALENDAR))
                .as("one signature each").isInstanceOf(PermissionDeniedException.class);
        assertThat(task.actionsFor(SECOND_CHIEF)).contains("APPROVE", "RETURN").doesNotContain("CLAIM", "HAND_OVER");
        assertThat(task.approve(SECOND_CHIEF, "同意", true, MONDAY, CALENDAR)).isEqualTo(StageStep.ADVANCED);
        assertThat(task.stageName()).isEqualTo("审定");
        assertThat(task.countersignatures()).isEmpty();
    }

    @Test
    void a_return_goes_to_an_earlier_stage_with_a_reason_and_nothing_changes_without_one() {
        SubApplication task = received(Countersign.NONE);
        task.approve(CLERK, null, false, MONDAY, CALENDAR);
        task.approve(CHIEF, null, false, MONDAY, CALENDAR);
        assertThatThrownBy(() -> task.returnTo(DIRECTOR, 0, " ", MONDAY, CALENDAR)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> task.returnTo(DIRECTOR, 2, "自己", MONDAY, CALENDAR)).isInstanceOf(InvalidInputException.class);
        assertThat(task.stageName()).isEqualTo("审定");

        Instant thursday = beijing(2026, 3, 5, 15);
        task.returnTo(DIRECTOR, 0, "监测数据缺少采样日期，请重新审查", thursday, CALENDAR);
        assertThat(task.stageIndex()).isZero();
        assertThat(task.stageRole()).isEqualTo(StaffRole.DEPARTMENT_CLERK);
        assertThat(task.stageDeadline()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThatThrownBy(() -> task.returnTo(CLERK, 0, "不允许", thursday, CALENDAR))
                .as("the first stage has no earlier one, and it permits no return").isInstanceOf(DomainException.class);
    }

    @Test
    void only_a_stage_that_permits_it_refuses_and_a_refusal_needs_its_reason() {
        SubApplication task = received(Countersign.NONE);
        assertThatThrownBy(() -> task.refuse(CLERK, "不符合", false, MONDAY))
                .isInstanceOf(DomainException.class).extracting(e -> ((DomainException) e).messageKey()).isEqualTo("task.action-not-allowed");
        task.approve(CLERK, null, false, MONDAY, CALENDAR);
        task.approve(CHIEF, null, false, MONDAY, CALENDAR);
        assertThatThrownBy(() -> task.refuse(DIRECTOR, "", false, MONDAY)).isInstanceOf(InvalidInputException.class);
        assertThat(task.status()).isEqualTo(SubApplicationStatus.RECEIVED);
        task.refuse(DIRECTOR, "项目位于饮用水源保护区内", false, MONDAY);
        assertThat(task.status()).isEqualTo(SubApplicationStatus.REFUSED);
        assertThat(task.opinion()).contains("项目位于饮用水源保护区内");
    }

    @Test
    void a_suspension_moves_every_deadline_by_exactly_the_working_days_it_took() {
        SubApplication task = received(Countersign.NONE);
        LocalDate deadline = task.deadline();
        LocalDate stageDeadline = task.stageDeadline();
        List<LocalDate> plannedBefore = task.plannedStageDeadlines(CALENDAR);

        task.suspend(CLERK, SuspensionKind.EXPERT_REVIEW, 5, "组织专家论证噪声影响", MONDAY, CALENDAR);
        assertThat(task.status()).isEqualTo(SubApplicationStatus.SUSPENDED);
        assertThat(task.plannedResumption()).contains(LocalDate.of(2026, 3, 9));
        assertThatThrownBy(() -> task.approve(CLERK, null, false, MONDAY, CALENDAR)).isInstanceOf(DomainException.class);

        // resumed on Thursday: Tue, Wed, Thu did not count
        int lost = task.resumeAfterSuspension(CLERK, beijing(2026, 3, 5, 11), CALENDAR);
        assertThat(lost).isEqualTo(3);
        assertThat(task.deadline()).isEqualTo(CALENDAR.shiftByWorkingDays(deadline, 3));
        assertThat(task.stageDeadline()).isEqualTo(CALENDAR.shiftByWorkingDays(stageDeadline, 3));
        assertThat(task.plannedStageDeadlines(CALENDAR)).containsExactlyElementsOf(
                plannedBefore.stream().map(d -> CALENDAR.shiftByWorkingDays(d, 3)).toList());
        assertThat(task.stoppedWorkingDays()).isEqualTo(3);
        assertThat(task.status()).isEqualTo(SubApplicationStatus.RECEIVED);
    }

    @Test
    void a_suspension_over_a_holiday_counts_working_days_only_and_needs_a_kind_a_length_and_a_reason() {
        SubApplication task = received(Countersign.NONE);
        assertThatThrownBy(() -> task.suspend(CLERK, null, 5, "听证", MONDAY, CALENDAR)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> task.suspend(CLERK, SuspensionKind.HEARING, 0, "听证", MONDAY, CALENDAR)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> task.suspend(CLERK, SuspensionKind.HEARING, 5, "", MONDAY, CALENDAR)).isInstanceOf(InvalidInputException.class);
        assertThat(task.status()).isEqualTo(SubApplicationStatus.RECEIVED);

        LocalDate deadline = task.deadline();
        // suspended Thursday 30 April, resumed Thursday 7 May 2026: 1-5 May is the Labour Day holiday, 9 May a working Saturday
        task.suspend(CLERK, SuspensionKind.HEARING, 5, "举行听证", beijing(2026, 4, 30, 10), CALENDAR);
        int lost = task.resumeAfterSuspension(CLERK, beijing(2026, 5, 7, 10), CALENDAR);
        assertThat(lost).isEqualTo(CALENDAR.workingDaysBetween(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 7)));
        assertThat(task.deadline()).isEqualTo(CALENDAR.shiftByWorkingDays(deadline, lost));
    }

    @Test
    void the_case_clock_stops_once_while_several_departments_have_stopped_theirs() {
        Application application = accepted();
        LocalDate promised = application.promisedDate().orElseThrow();
        application.stopClock(MONDAY);
        application.stopClock(beijing(2026, 3, 3, 10));
        assertThat(application.restartClock(beijing(2026, 3, 4, 10), CALENDAR)).as("another department still stopped").isZero();
        assertThat(application.promisedDate()).contains(promised);
        assertThat(application.restartClock(beijing(2026, 3, 6, 10), CALENDAR)).isEqualTo(4);
        assertThat(application.promisedDate()).contains(CALENDAR.shiftByWorkingDays(promised, 4));
    }

    @Test
    void the_plan_of_a_department_without_defined_stages_is_one_stage_of_its_whole_limit() {
        Application application = accepted();
        SubApplication fire = SubApplication.cooperating(application, FIRE, TimeLimit.workingDays(10), MONDAY, CALENDAR);
        assertThat(fire.plan()).extracting(StageDefinition::name).containsExactly("审批");
        assertThat(fire.stageRole()).isEqualTo(StaffRole.DEPARTMENT_CLERK);
        assertThat(fire.stageDeadline()).isEqualTo(fire.deadline());
        assertThatThrownBy(() -> SubApplication.cooperating(application, MARKET, TimeLimit.workingDays(5), MONDAY, CALENDAR))
                .isInstanceOf(InvalidInputException.class);
    }

    private static SubApplication received(Countersign review) {
        Application application = accepted(review);
        SubApplication task = SubApplication.cooperating(application, ENVIRONMENT, TimeLimit.workingDays(10), MONDAY, CALENDAR);
        task.receive(MONDAY);
        return task;
    }

    private static Application accepted() {
        return accepted(Countersign.NONE);
    }

    private static Application accepted(Countersign review) {
        Set<StageAction> reviewActions = EnumSet.of(StageAction.RETURN, StageAction.HAND_OVER, StageAction.SUSPEND);
        ServiceItem item = new ServiceItem(new ServiceItem.ItemDefinition("BL-001", "开办餐饮企业联办", ItemKind.PARALLEL, "《食品安全法》",
                null, TimeLimit.workingDays(20), TimeLimit.workingDays(15), MARKET,
                List.of(new Cooperation(ENVIRONMENT, TimeLimit.workingDays(10)), new Cooperation(FIRE, TimeLimit.workingDays(10))),
                List.of(new MaterialRequirement("APPLY", "申请表", true)), List.of(), List.of())
                .withStages(List.of(
                        new StageDefinition(ENVIRONMENT, "受理审查", StaffRole.DEPARTMENT_CLERK, TimeLimit.workingDays(4), Countersign.NONE,
                                EnumSet.of(StageAction.HAND_OVER, StageAction.REQUEST_SUPPLEMENT, StageAction.SUSPEND)),
                        new StageDefinition(ENVIRONMENT, "审核", StaffRole.SECTION_CHIEF, TimeLimit.workingDays(3), review, reviewActions),
                        new StageDefinition(ENVIRONMENT, "审定", StaffRole.DIRECTOR, TimeLimit.workingDays(3), Countersign.NONE,
                                EnumSet.of(StageAction.RETURN, StageAction.REFUSE, StageAction.SUSPEND))),
                        null, null), 1, MONDAY);
        Applicant applicant = new Applicant(new ApplicantDetails(ApplicantKind.ENTERPRISE, "91350100M000100Y43", "粤味餐饮", "13912345678", null));
        Application application = new Application("YC2026030200000001", item, applicant, Channel.ONLINE, "{}",
                List.of(new SubmittedMaterial("APPLY", "apply.pdf", "application/pdf", 10, "a".repeat(64), MONDAY)), "ABCDEFGH", MONDAY);
        application.accept("wang.fang", MARKET, MONDAY, CALENDAR);
        return application;
    }

    private static Staff staff(String username, Department department, StaffRole role) {
        return new Staff(username, username, department, Set.of(role), null, null, PASSWORD);
    }

    private static Instant beijing(int year, int month, int day, int hour) {
        return LocalDateTime.of(year, month, day, hour, 0).atZone(OfficeHours.standard().zone()).toInstant();
    }
}
