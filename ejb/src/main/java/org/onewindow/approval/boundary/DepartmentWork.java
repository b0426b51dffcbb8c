package org.onewindow.approval.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import org.onewindow.audit.control.RefusalAudit;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import org.onewindow.acceptance.boundary.ApplicationView;
import org.onewindow.acceptance.boundary.HistoryEntry;
import org.onewindow.application.Application;
import org.onewindow.application.ApplicationStatus;
import org.onewindow.approval.StageStep;
import org.onewindow.approval.SubApplication;
import org.onewindow.approval.SubApplicationStatus;
import org.onewindow.approval.SuspensionKind;
import org.onewindow.approval.control.PartStaff;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.calendar.boundary.CalendarCache;
import org.onewindow.catalogue.StageDefinition;
import org.onewindow.messaging.control.Envelope;
import org.onewindow.messaging.control.Outbox;
import org.onewindow.notification.control.NotificationKind;
import org.onewindow.notification.control.Notifier;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.Staff;
import org.onewindow.organisation.StaffRole;
import org.onewindow.organisation.control.CurrentStaff;
import org.onewindow.shared.ConcurrentChangeException;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.NotFoundException;
import org.onewindow.supervision.control.CardWatch;
import org.onewindow.supervision.control.ProcedureChecks;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/**
 * A department's stage work on its parts of cases: the work list of my department and role, and every
 * action on a stage task. Each action checks the caller's department and stage role on the object,
 * records the handler, the opinion and the time in the audit trail, and tells the next handlers.
 */
@Stateless
@RolesAllowed({StaffRole.Names.DEPARTMENT_CLERK, StaffRole.Names.SECTION_CHIEF, StaffRole.Names.DIRECTOR,
        StaffRole.Names.WINDOW_CLERK})
@Interceptors(RefusalAudit.class)
public class DepartmentWork {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final EnumSet<SubApplicationStatus> ON_THE_DESK =
            EnumSet.of(SubApplicationStatus.RECEIVED, SubApplicationStatus.SUSPENDED, SubApplicationStatus.AWAITING_SUPPLEMENT);

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentStaff currentStaff;

    @Inject
    CalendarCache calendar;

    @Inject
    Outbox outbox;

    @Inject
    AuditTrail audit;

    @Inject
    Notifier notifier;

    @Inject
    PartStaff partStaff;

    @Inject
    Clock clock;

    @Inject
    CardWatch cardWatch;

    @Inject
    ProcedureChecks procedure;

    /** My department's tasks at stages of my roles, free or mine, nearest stage deadline first, with working days left. */
    public List<SubApplicationView> workList() {
        Staff me = currentStaff.get();
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        WorkingCalendar days = calendar.get();
        return em.createQuery("""
                        SELECT s FROM SubApplication s
                        WHERE s.department = :department AND s.stageRole IN :roles AND s.status IN :onTheDesk
                          AND (s.assignee IS NULL OR s.assignee = :me)
                        ORDER BY s.stageDeadline, s.id""", SubApplication.class)
                .setParameter("department", me.department())
                .setParameter("roles", me.roles())
                .setParameter("onTheDesk", ON_THE_DESK)
                .setParameter("me", me.username())
                .setMaxResults(500).getResultList().stream()
                .map(s -> new Object[]{s, s.actionsFor(me)})
                .filter(pair -> ((SubApplication) pair[0]).status() != SubApplicationStatus.RECEIVED || !((List<?>) pair[1]).isEmpty())
                .map(pair -> {
                    SubApplication s = (SubApplication) pair[0];
                    @SuppressWarnings("unchecked") List<String> actions = (List<String>) pair[1];
                    return SubApplicationView.of(s, days.workingDaysBetween(today, s.deadline()),
                            days.workingDaysBetween(today, s.stageDeadline()), actions);
                }).toList();
    }

    /** A task with the case, the unified form, materials, the stage plan and my department's history of opinions. */
    public TaskDetail task(long id) {
        Staff me = currentStaff.get();
        SubApplication sub = ownTask(me, id);
        WorkingCalendar days = calendar.get();
        LocalDate today = LocalDate.now(clock.withZone(CHINA));
        List<StageDefinition> stages = sub.plan();
        List<LocalDate> planned = sub.plannedStageDeadlines(days);
        List<StagePlanRow> plan = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            StageDefinition stage = stages.get(i);
            plan.add(StagePlanRow.of(i, stage.name(), stage.role(), stage.timeLimit(), stage.countersign(), planned.get(i),
                    i == sub.stageIndex() && sub.status().isOpen()));
        }
        String department = sub.department().code();
        List<HistoryEntry> history = audit.of("APPLICATION", sub.applicationNumber()).stream()
                .filter(r -> r.department() == null || r.department().equals(department) || sub.isLead())
                .map(HistoryEntry::of).toList();
        return new TaskDetail(
                SubApplicationView.of(sub, days.workingDaysBetween(today, sub.deadline()),
                        days.workingDaysBetween(today, sub.stageDeadline()), sub.actionsFor(me)),
                ApplicationView.of(sub.application()), plan,
                sub.countersignatures().stream().map(c -> new TaskDetail.Countersigner(c.handler(), c.hasSigned())).toList(),
                history);
    }

    public SubApplicationView claim(long id) {
        Staff me = currentStaff.get();
        SubApplication sub = ownTask(me, id);
        sub.claim(me);
        flush(sub);
        audit.recordFor(sub.department().code(), me.username(), "TASK_CLAIMED", "APPLICATION", number(sub),
                sub.stageName(), sub.stageName(), null, null);
        return view(sub, me);
    }

    /** Approves the current stage: on to the next stage, or at the last one the department's answer is yes. */
    public SubApplicationView approve(long id, String opinion, boolean internal) {
        Staff me = currentStaff.get();
        SubApplication sub = ownTask(me, id);
        String from = sub.stageName();
        Instant now = clock.instant();
        int stageBefore = sub.stageIndex();
        StageStep step = sub.approve(me, opinion, internal, now, calendar.get());
        procedure.stageApproved(sub, me, stageBefore, step);
        flush(sub);
        String department = sub.department().code();
        switch (step) {
            case SIGNED -> audit.recordFor(department, me.username(), "COUNTERSIGNED", "APPLICATION", number(sub), from, from,
                    opinion, visibility(internal));
            case ADVANCED -> {
                audit.recordFor(department, me.username(), "STAGE_APPROVED", "APPLICATION", number(sub), from, sub.stageName(),
                        opinion, visibility(internal));
                partStaff.stageEntered(sub);
            }
            case DECIDED -> answered(sub, me, now, internal);
        }
        return view(sub, me);
    }

    /** The department's final answer, given at its last stage: approve, or refuse with the reason. */
    public SubApplicationView decide(long id, boolean approve, String opinion) {
        Staff me = currentStaff.get();
        SubApplication sub = ownTask(me, id);
        if (approve && sub.stageIndex() < sub.plan().size() - 1) {
            throw new DomainException("task.not-last-stage", sub.stageName());
        }
        return approve ? approve(id, opinion, false) : refuse(id, opinion, false);
    }

    public SubApplicationView refuse(long id, String opinion, boolean internal) {
        Staff me = currentStaff.get();
        SubApplication sub = ownTask(me, id);
        Instant now = clock.instant();
        sub.refuse(me, opinion, internal, now);
        procedure.refused(sub, me.username());
        flush(sub);
        answered(sub, me, now, internal);
        return view(sub, me);
    }

    public SubApplicationView returnTo(long id, int earlierStage, String reason) {
        Staff me = currentStaff.get();
        SubApplication sub = ownTask(me, id);
        String from = sub.stageName();
        sub.returnTo(me, earlierStage, reason, clock.instant(), calendar.get());
        flush(sub);
        audit.recordFor(sub.department().code(), me.username(), "STAGE_RETURNED", "APPLICATION", number(sub), from,
                sub.stageName(), reason, "internal");
        partStaff.stageEntered(sub);
        return view(sub, me);
    }

    public SubApplicationView handOver(long id, String colleagueUsername, String reason) {
        Staff me = currentStaff.get();
        SubApplication sub = ownTask(me, id);
        sub.handOver(me, partStaff.colleague(colleagueUsername), reason);
        flush(sub);
        audit.recordFor(sub.department().code(), me.username(), "TASK_HANDED_OVER", "APPLICATION", number(sub),
                sub.stageName(), sub.stageName(), reason, "to " + colleagueUsername);
        partStaff.handedOver(sub);
        return view(sub, me);
    }

    /** Asks the applicant, through the lead window, for supplementary materials: the part's and the case's clocks stop. */
    public SubApplicationView requestSupplement(long id, List<String> missing, String note) {
        Staff me = currentStaff.get();
        SubApplication sub = ownTask(me, id);
        Application application = lockCase(sub);
        Instant now = clock.instant();
        ApplicationStatus before = application.status();
        sub.awaitSupplement(me, now);
        application.requestSupplement(sub.department(), missing, note);
        application.stopClock(now);
        cardWatch.caseOf(application);
        flush(sub);
        audit.recordFor(sub.department().code(), me.username(), "SUPPLEMENT_REQUESTED", "APPLICATION", number(sub), before,
                application.status(), note, String.join("；", application.corrections()));
        notifier.tellApplicant(number(sub), NotificationKind.SUPPLEMENT_REQUESTED, Map.of("item", application.item().name(),
                "department", sub.department().name(), "materials", String.join("；", application.corrections())));
        return view(sub, me);
    }

    /** Stops the clock for a special procedure; the applicant is told, with the planned end. */
    public SubApplicationView suspend(long id, SuspensionKind kind, int plannedWorkingDays, String reason) {
        Staff me = currentStaff.get();
        SubApplication sub = ownTask(me, id);
        Application application = lockCase(sub);
        Instant now = clock.instant();
        sub.suspend(me, kind, plannedWorkingDays, reason, now, calendar.get());
        application.stopClock(now);
        cardWatch.caseOf(application);
        flush(sub);
        audit.recordFor(sub.department().code(), me.username(), "SUSPENDED", "APPLICATION", number(sub),
                SubApplicationStatus.RECEIVED, SubApplicationStatus.SUSPENDED, reason,
                kind + ", " + plannedWorkingDays + " working days planned, until " + sub.plannedResumption().orElseThrow());
        notifier.tellApplicant(number(sub), NotificationKind.SUSPENDED, Map.of("item", application.item().name(),
                "department", sub.department().name(), "kind", kind.name(), "reason", reason.strip(),
                "plannedResumption", sub.plannedResumption().orElseThrow().toString()));
        return view(sub, me);
    }

    /** The special procedure is over: the clock runs again and every deadline moves by the working days it took. */
    public SubApplicationView resume(long id) {
        Staff me = currentStaff.get();
        SubApplication sub = ownTask(me, id);
        Application application = lockCase(sub);
        Instant now = clock.instant();
        WorkingCalendar days = calendar.get();
        int lost = sub.resumeAfterSuspension(me, now, days);
        application.restartClock(now, days);
        cardWatch.caseOf(application);
        flush(sub);
        audit.recordFor(sub.department().code(), me.username(), "RESUMED", "APPLICATION", number(sub),
                SubApplicationStatus.SUSPENDED, SubApplicationStatus.RECEIVED, null,
                lost + " working days not counted; deadline " + sub.deadline() + ", promised date " + application.promisedDate().orElseThrow());
        notifier.tellApplicant(number(sub), NotificationKind.RESUMED, Map.of("item", application.item().name(),
                "department", sub.department().name(), "promisedDate", application.promisedDate().orElseThrow().toString()));
        return view(sub, me);
    }

    /**
     * The part is answered. A cooperating department's answer travels back to the lead department over
     * JMS in this transaction; the lead department's answer is the case's decision, told to the applicant.
     */
    private void answered(SubApplication sub, Staff me, Instant now, boolean internal) {
        String department = sub.department().code();
        boolean approved = sub.status() == SubApplicationStatus.APPROVED;
        if (!sub.isLead()) {
            audit.recordFor(department, me.username(), approved ? "SUB_APPLICATION_APPROVED" : "SUB_APPLICATION_REFUSED",
                    "APPLICATION", number(sub), sub.stageName(), sub.status(), sub.opinion().orElse(null), visibility(internal));
            outbox.reportDecision(Envelope.decided(sub.id(), number(sub), department));
            return;
        }
        // read under the case's lock: the collection that started this stage has surely committed its mark
        Application application = lockCase(sub);
        ApplicationStatus before = application.status();
        application.decide(approved, me.department(), sub.opinion().orElse(null), now);
        cardWatch.caseOf(application);
        audit.recordFor(department, me.username(), approved ? "APPROVE" : "REFUSE", "APPLICATION", number(sub), before,
                application.status(), sub.opinion().orElse(null), "at stage " + sub.stageName());
        notifier.tellApplicant(number(sub), approved ? NotificationKind.APPROVED : NotificationKind.REFUSED,
                approved ? Map.of("item", application.item().name())
                        : Map.of("item", application.item().name(), "reason", application.refusalReason().orElseThrow()));
    }

    /**
     * The case's row lock, taken before a change of the case, so departments acting at once are counted
     * one after the other; the case is read again under it, whatever this transaction had read before.
     */
    private Application lockCase(SubApplication sub) {
        Application application = sub.application();
        em.refresh(application, LockModeType.PESSIMISTIC_WRITE);
        return application;
    }

    /** A task of my department, or a refusal that is audited: another department's work is not mine to see. */
    private SubApplication ownTask(Staff me, long id) {
        SubApplication sub = em.find(SubApplication.class, id);
        if (sub == null) {
            throw new NotFoundException("sub-application.not-found", id);
        }
        if (!sub.department().code().equals(me.department().code())) {
            throw new NotYourDepartmentException(me.department().name(), sub.department().name());
        }
        return sub;
    }

    private void flush(SubApplication sub) {
        try {
            // supervision's look at the task, written in the same update; inside, so a lost race is still a conflict
            cardWatch.task(sub);
            em.flush();
        } catch (OptimisticLockException lostRace) {
            throw new ConcurrentChangeException(number(sub));
        }
    }

    private SubApplicationView view(SubApplication sub, Staff me) {
        return SubApplicationView.of(sub, null, null, sub.actionsFor(me));
    }

    private static String number(SubApplication sub) {
        return sub.applicationNumber();
    }

    private static String visibility(boolean internal) {
        return internal ? "internal" : "public";
    }
}
