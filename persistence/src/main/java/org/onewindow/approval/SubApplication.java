package org.onewindow.approval;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.onewindow.application.Application;
import org.onewindow.calendar.LimitUnit;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.catalogue.Countersign;
import org.onewindow.catalogue.ServiceItem;
import org.onewindow.catalogue.StageAction;
import org.onewindow.catalogue.StageDefinition;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.Staff;
import org.onewindow.organisation.StaffRole;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.PermissionDeniedException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One department's part of a case: a cooperating department's sub-application (前置审批子项), or the
 * lead department's own final stages. It is also the department's stage task: it carries the current
 * stage, its deadline and its handler, and moves through the stages the item defines for the
 * department. Its own aggregate, so two departments working at once never collide.
 */
@Entity
public class SubApplication {

    static final int MAX_OPINION_LENGTH = 2000;
    static final int MAX_SUSPENSION_DAYS = 60;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sub_application_seq")
    @SequenceGenerator(name = "sub_application_seq", sequenceName = "sub_application_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Application application;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Department department;

    // The case's item version, number and applicant, copied (they never change): a stage action reads
    // its task and the cached item, not the whole case.
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private ServiceItem item;
    private String applicationNumber;
    private String applicantName;

    @Enumerated(EnumType.STRING)
    private PartKind part;

    @Enumerated(EnumType.STRING)
    private SubApplicationStatus status;

    @Embedded
    private TimeLimit timeLimit;

    private LocalDate deadline;
    private Instant routedAt;
    private Instant receivedAt;
    private Instant decidedAt;
    private String decidedBy;
    private String opinion;
    private String publicNote;
    private Instant collectedAt;

    private int stageIndex;
    private String stageName;
    @Enumerated(EnumType.STRING)
    private StaffRole stageRole;
    private Instant stageStartedAt;
    private LocalDate stageDeadline;
    private String assignee;

    private Instant clockStoppedAt;
    @Enumerated(EnumType.STRING)
    private SuspensionKind suspensionKind;
    private LocalDate plannedResumption;
    private int stoppedWorkingDays;
    private int rounds;

    /** The next day supervision looks at this again (a card may fall due); set by supervision, null when nothing can. */
    private LocalDate watchDate;
    private Integer workingDaysUsed;
    private Boolean onTime;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "sub_application_signature", joinColumns = @JoinColumn(name = "sub_application_id"))
    @OrderColumn(name = "list_index")
    private List<Countersignature> countersignatures = new ArrayList<>();

    @Version
    private int version;

    protected SubApplication() {
        // for JPA
    }

    private SubApplication(Application application, Department department, PartKind part, TimeLimit timeLimit, LocalDate deadline,
                           Instant startedAt, WorkingCalendar calendar) {
        this.application = Objects.requireNonNull(application, "application");
        this.item = application.item();
        this.applicationNumber = application.applicationNumber();
        this.applicantName = application.applicant().name();
        this.department = Objects.requireNonNull(department, "department");
        this.part = part;
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.deadline = deadline;
        this.routedAt = startedAt;
        enterStage(0, startedAt, calendar);
    }

    /** Fanned out at acceptance (or added later): the department's own limit counts from that instant. */
    public static SubApplication cooperating(Application application, Department department, TimeLimit timeLimit, Instant at,
                                             WorkingCalendar calendar) {
        if (department.code().equals(application.item().leadDepartment().code())) {
            throw InvalidInputException.of("department", "sub-application.lead-cannot-cooperate");
        }
        SubApplication sub = new SubApplication(application, department, PartKind.COOPERATING, timeLimit,
                calendar.deadline(at, timeLimit), at, calendar);
        sub.status = SubApplicationStatus.ROUTED;
        return sub;
    }

    /**
     * The lead department's own stages: at acceptance of a single-department item, after every
     * answer is in for a parallel one. Due by the promised date, which moves when the clock stops.
     */
    public static SubApplication lead(Application application, Instant at, WorkingCalendar calendar) {
        SubApplication sub = new SubApplication(application, application.item().leadDepartment(), PartKind.LEAD,
                application.item().leadPartLimit(), application.promisedDate().orElseThrow(), at, calendar);
        sub.status = SubApplicationStatus.RECEIVED;
        sub.receivedAt = at;
        return sub;
    }

    /** The routing message arrived in the department; a second delivery changes nothing. */
    public boolean receive(Instant at) {
        if (status != SubApplicationStatus.ROUTED) {
            return false;
        }
        this.status = SubApplicationStatus.RECEIVED;
        this.receivedAt = at;
        return true;
    }

    /** Takes the task: colleagues of the same role no longer see it in their queue. */
    public void claim(Staff handler) {
        requireWorkable(handler);
        if (stage().countersign() != Countersign.NONE) {
            throw new DomainException("task.countersign-not-claimable", stageName);
        }
        this.assignee = handler.username();
    }

    /**
     * Approves the current stage: on to the next stage, or, at the last one, the department's answer
     * is yes. At a countersigned stage every invited handler (or any one of them) must agree first.
     */
    public StageStep approve(Staff handler, String opinionText, boolean internal, Instant at, WorkingCalendar calendar) {
        requireWorkable(handler);
        String checked = optionalText(opinionText, "opinion");
        if (stage().countersign() == Countersign.ALL && !countersignatures.isEmpty()) {
            int mine = pendingSignatureOf(handler.username());
            countersignatures.set(mine, countersignatures.get(mine).signed(at));
            note(checked, internal);
            if (countersignatures.stream().anyMatch(s -> !s.hasSigned())) {
                return StageStep.SIGNED;
            }
        } else {
            note(checked, internal);
        }
        if (stageIndex == plan().size() - 1) {
            decide(SubApplicationStatus.APPROVED, handler, checked, at);
            return StageStep.DECIDED;
        }
        enterStage(stageIndex + 1, at, calendar);
        return StageStep.ADVANCED;
    }

    /**
     * The department's opinion recorded in a concluded joint review meeting is its answer, whatever
     * stage its own work had reached. A part whose clock is stopped, or already answered, is left as it is.
     */
    public boolean decideInJointReview(boolean agreed, String opinionText, String representative, Instant at) {
        if (status != SubApplicationStatus.RECEIVED && status != SubApplicationStatus.ROUTED) {
            return false;
        }
        this.opinion = opinionText;
        this.publicNote = opinionText;
        this.status = agreed ? SubApplicationStatus.APPROVED : SubApplicationStatus.REFUSED;
        this.decidedBy = representative;
        this.decidedAt = at;
        this.assignee = null;
        clearCountersignatures();
        return true;
    }

    /** Refuses: the department's answer (at the lead department, the case's) is no, with the reason. */
    public void refuse(Staff handler, String reason, boolean internal, Instant at) {
        requireAllowed(handler, StageAction.REFUSE);
        String checked = requiredText(reason, "opinion", "sub-application.refusal-needs-reason");
        note(checked, internal);
        decide(SubApplicationStatus.REFUSED, handler, checked, at);
    }

    /** Sends the task back to an earlier stage, with the reason; it waits there for that stage's role. */
    public void returnTo(Staff handler, int earlierStage, String reason, Instant at, WorkingCalendar calendar) {
        requireAllowed(handler, StageAction.RETURN);
        String checked = requiredText(reason, "reason", "task.reason-required");
        if (earlierStage < 0 || earlierStage >= stageIndex) {
            throw InvalidInputException.of("stage", "task.return-to-earlier-stage", stageIndex);
        }
        note(checked, true);
        enterStage(earlierStage, at, calendar);
    }

    /** Gives the task to a colleague of the same department who holds the stage's role. */
    public void handOver(Staff handler, Staff colleague, String reason) {
        requireAllowed(handler, StageAction.HAND_OVER);
        if (stage().countersign() != Countersign.NONE) {
            throw new DomainException("task.countersign-not-claimable", stageName);
        }
        if (colleague == null || !colleague.isActive() || !colleague.department().code().equals(department.code())
                || !colleague.has(stageRole) || colleague.username().equals(handler.username())) {
            throw InvalidInputException.of("colleague", "task.colleague-invalid", stageRole);
        }
        note(optionalText(reason, "reason"), true);
        this.assignee = colleague.username();
    }

    /** Asks for supplementary materials through the lead window: the clock stops until they arrive. */
    public void awaitSupplement(Staff handler, Instant at) {
        requireAllowed(handler, StageAction.REQUEST_SUPPLEMENT);
        this.status = SubApplicationStatus.AWAITING_SUPPLEMENT;
        this.clockStoppedAt = at;
    }

    /** Stops the clock for a special procedure, planned to take some working days. */
    public void suspend(Staff handler, SuspensionKind kind, int plannedWorkingDays, String reason, Instant at,
                        WorkingCalendar calendar) {
        requireAllowed(handler, StageAction.SUSPEND);
        if (kind == null) {
            throw InvalidInputException.of("kind", "task.suspension-kind-required");
        }
        if (plannedWorkingDays < 1 || plannedWorkingDays > MAX_SUSPENSION_DAYS) {
            throw InvalidInputException.of("plannedWorkingDays", "task.suspension-days", MAX_SUSPENSION_DAYS);
        }
        String checked = requiredText(reason, "reason", "task.reason-required");
        note(checked, false);
        this.status = SubApplicationStatus.SUSPENDED;
        this.suspensionKind = kind;
        this.clockStoppedAt = at;
        this.plannedResumption = calendar.addWorkingDays(calendar.countingBase(at), plannedWorkingDays);
    }

    /** The special procedure ended: a handler of the stage resumes, and every deadline moves by the working days it took. */
    public int resumeAfterSuspension(Staff handler, Instant at, WorkingCalendar calendar) {
        requireOwnDepartment(handler);
        if (status != SubApplicationStatus.SUSPENDED) {
            throw new DomainException("task.not-suspended", status);
        }
        requireStageRole(handler);
        return restartClock(at, calendar);
    }

    /** The applicant handed in what was asked for: the clock runs again, deadlines moved by the time it took. */
    public int supplementArrived(Instant at, WorkingCalendar calendar) {
        if (status != SubApplicationStatus.AWAITING_SUPPLEMENT) {
            throw new DomainException("task.not-awaiting-supplement", status);
        }
        return restartClock(at, calendar);
    }

    /** Taken off a running case: the collection no longer waits for it. True when its clock had been stopped. */
    public boolean withdraw() {
        if (part != PartKind.COOPERATING || !status.isOpen()) {
            throw new DomainException("sub-application.not-withdrawable", status);
        }
        boolean clockWasStopped = status.isClockStopped();
        this.status = SubApplicationStatus.WITHDRAWN;
        this.assignee = null;
        this.clockStoppedAt = null;
        return clockWasStopped;
    }

    /** A department taken off the case is added again: it starts over, with a new limit counted from now. */
    public void reinstate(TimeLimit newLimit, Instant at, WorkingCalendar calendar) {
        if (status != SubApplicationStatus.WITHDRAWN) {
            throw new DomainException("coordination.department-already-working", department.name());
        }
        this.timeLimit = Objects.requireNonNull(newLimit, "timeLimit");
        this.deadline = calendar.deadline(at, newLimit);
        this.routedAt = at;
        this.receivedAt = null;
        this.status = SubApplicationStatus.ROUTED;
        this.rounds++;
        enterStage(0, at, calendar);
    }

    /** The case was refused before this part was answered. */
    public boolean cancel() {
        if (!status.isOpen()) {
            return false;
        }
        this.status = SubApplicationStatus.CANCELLED;
        this.assignee = null;
        return true;
    }

    /** The lead department has the decision; a second delivery changes nothing. */
    public boolean collect(Instant at) {
        if (!status.isDecided() || collectedAt != null) {
            return false;
        }
        this.collectedAt = at;
        return true;
    }

    /** The handlers of a countersigned stage, invited when the stage begins. */
    public void inviteCountersigners(Collection<String> usernames) {
        countersignatures.clear();
        if (stage().countersign() == Countersign.ALL) {
            usernames.stream().distinct().sorted().map(Countersignature::new).forEach(countersignatures::add);
        }
    }

    public boolean needsCountersigners() {
        return status.isOpen() && stage().countersign() == Countersign.ALL && countersignatures.isEmpty();
    }

    /** What this handler may do now, for screens to offer only that. */
    public List<String> actionsFor(Staff handler) {
        List<String> actions = new ArrayList<>();
        if (!handler.department().code().equals(department.code())) {
            return actions;
        }
        if (status == SubApplicationStatus.SUSPENDED && handler.has(stageRole)) {
            actions.add("RESUME");
        }
        if (status != SubApplicationStatus.RECEIVED || !handler.has(stageRole)
                || (assignee != null && !assignee.equals(handler.username()))) {
            return actions;
        }
        boolean countersigned = stage().countersign() != Countersign.NONE;
        if (countersigned && stage().countersign() == Countersign.ALL && !countersignatures.isEmpty()
                && countersignatures.stream().noneMatch(s -> s.handler().equals(handler.username()) && !s.hasSigned())) {
            return actions;
        }
        if (!countersigned && assignee == null) {
            actions.add("CLAIM");
        }
        actions.add("APPROVE");
        for (StageAction action : StageAction.values()) {
            if (stage().allows(action) && !(action == StageAction.RETURN && stageIndex == 0)
                    && !(action == StageAction.HAND_OVER && countersigned)) {
                actions.add(action.name());
            }
        }
        return actions;
    }

    private void decide(SubApplicationStatus answer, Staff handler, String opinionText, Instant at) {
        this.status = answer;
        this.decidedBy = handler.username();
        this.opinion = opinionText;
        this.decidedAt = at;
        this.assignee = null;
        clearCountersignatures();
    }

    /** Only a countersigned stage ever has signatures: other stages leave the collection unread. */
    private void clearCountersignatures() {
        if (stageName != null && stage().countersign() != Countersign.NONE) {
            countersignatures.clear();
        }
    }

    private int restartClock(Instant at, WorkingCalendar calendar) {
        int lost = Math.max(0, calendar.workingDaysBetween(clockStoppedAt, at));
        this.deadline = calendar.shiftByWorkingDays(deadline, lost);
        this.stageDeadline = calendar.shiftByWorkingDays(stageDeadline, lost);
        this.stoppedWorkingDays += lost;
        this.status = SubApplicationStatus.RECEIVED;
        this.clockStoppedAt = null;
        this.suspensionKind = null;
        this.plannedResumption = null;
        return lost;
    }

    private void enterStage(int index, Instant at, WorkingCalendar calendar) {
        clearCountersignatures();
        StageDefinition next = plan().get(index);
        this.stageIndex = index;
        this.stageName = next.name();
        this.stageRole = next.role();
        this.stageStartedAt = at;
        this.stageDeadline = calendar.deadline(at, next.timeLimit());
        this.assignee = null;
    }

    private void note(String text, boolean internal) {
        if (text != null && !internal) {
            this.publicNote = text;
        }
    }

    private int pendingSignatureOf(String username) {
        for (int i = 0; i < countersignatures.size(); i++) {
            if (countersignatures.get(i).handler().equals(username) && !countersignatures.get(i).hasSigned()) {
                return i;
            }
        }
        throw new PermissionDeniedException("task.not-a-countersigner", stageName);
    }

    private void requireAllowed(Staff handler, StageAction action) {
        requireWorkable(handler);
        if (!stage().allows(action)) {
            throw new DomainException("task.action-not-allowed", action, stageName);
        }
    }

    private void requireWorkable(Staff handler) {
        requireOwnDepartment(handler);
        if (status != SubApplicationStatus.RECEIVED) {
            throw new DomainException("sub-application.not-decidable", status);
        }
        requireStageRole(handler);
        if (assignee != null && !assignee.equals(handler.username())) {
            throw new DomainException("task.claimed-by-other", stageName, assignee);
        }
    }

    private void requireOwnDepartment(Staff handler) {
        if (handler == null || !handler.department().code().equals(department.code())) {
            throw new NotYourDepartmentException(handler == null ? "-" : handler.department().name(), department.name());
        }
    }

    private void requireStageRole(Staff handler) {
        if (!handler.has(stageRole)) {
            throw new PermissionDeniedException("task.not-your-stage", stageName, stageRole);
        }
    }

    private static String optionalText(String text, String field) {
        String checked = text == null ? "" : text.strip();
        if (checked.length() > MAX_OPINION_LENGTH) {
            throw InvalidInputException.of(field, "application.reason.too-long", MAX_OPINION_LENGTH);
        }
        return checked.isEmpty() ? null : checked;
    }

    private static String requiredText(String text, String field, String missingKey) {
        String checked = optionalText(text, field);
        if (checked == null) {
            throw InvalidInputException.of(field, missingKey);
        }
        return checked;
    }

    /** The stages this department works through, as the item's version defines them. */
    public List<StageDefinition> plan() {
        return item.stagesOf(department, timeLimit);
    }

    public StageDefinition stage() {
        return plan().get(stageIndex);
    }

    /**
     * When each stage is planned to end: the current one by its deadline, the later ones after it
     * by their own limits. They move whenever the clock stops and resumes.
     */
    public List<LocalDate> plannedStageDeadlines(WorkingCalendar calendar) {
        List<StageDefinition> stages = plan();
        List<LocalDate> planned = new ArrayList<>();
        LocalDate end = stageDeadline;
        for (int i = 0; i < stages.size(); i++) {
            if (i < stageIndex) {
                planned.add(null);
            } else if (i == stageIndex) {
                planned.add(end);
            } else {
                end = stages.get(i).timeLimit().unit() == LimitUnit.WORKING_DAYS
                        ? calendar.addWorkingDays(end, stages.get(i).timeLimit().amount())
                        : end.plusDays(stages.get(i).timeLimit().amount());
                planned.add(end);
            }
        }
        return planned;
    }

    public Long id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public Department department() {
        return department;
    }

    public ServiceItem item() {
        return item;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public String applicantName() {
        return applicantName;
    }

    public PartKind part() {
        return part;
    }

    public boolean isLead() {
        return part == PartKind.LEAD;
    }

    public SubApplicationStatus status() {
        return status;
    }

    public TimeLimit timeLimit() {
        return timeLimit;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public Instant routedAt() {
        return routedAt;
    }

    public Optional<Instant> receivedAt() {
        return Optional.ofNullable(receivedAt);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<String> opinion() {
        return Optional.ofNullable(opinion);
    }

    /** The latest opinion its author did not mark internal: what the applicant may read. */
    public Optional<String> publicNote() {
        return Optional.ofNullable(publicNote);
    }

    public Optional<Instant> collectedAt() {
        return Optional.ofNullable(collectedAt);
    }

    public boolean isCollected() {
        return collectedAt != null;
    }

    public int stageIndex() {
        return stageIndex;
    }

    public String stageName() {
        return stageName;
    }

    public StaffRole stageRole() {
        return stageRole;
    }

    public Instant stageStartedAt() {
        return stageStartedAt;
    }

    public LocalDate stageDeadline() {
        return stageDeadline;
    }

    public Optional<String> assignee() {
        return Optional.ofNullable(assignee);
    }

    public Optional<Instant> clockStoppedAt() {
        return Optional.ofNullable(clockStoppedAt);
    }

    public Optional<SuspensionKind> suspensionKind() {
        return Optional.ofNullable(suspensionKind);
    }

    public Optional<LocalDate> plannedResumption() {
        return Optional.ofNullable(plannedResumption);
    }

    public int stoppedWorkingDays() {
        return stoppedWorkingDays;
    }

    public List<Countersignature> countersignatures() {
        return List.copyOf(countersignatures);
    }

    public int version() {
        return version;
    }

    /** How many times the part was sent to its department again after being withdrawn: 0 for most. */
    public int rounds() {
        return rounds;
    }

    /** Supervision's next look: the yellow day, the day after the deadline, or null (clock stopped, finished, nothing left to raise). */
    public void watchFrom(LocalDate nextLook) {
        this.watchDate = nextLook;
    }

    public Optional<LocalDate> watchDate() {
        return Optional.ofNullable(watchDate);
    }

    /** Supervision measured the finished work: the working days it used (stops of the clock not counted), and whether it was on time. */
    public void measured(int workingDays, boolean inTime) {
        this.workingDaysUsed = workingDays;
        this.onTime = inTime;
    }

    public Optional<Integer> workingDaysUsed() {
        return Optional.ofNullable(workingDaysUsed);
    }

    public Optional<Boolean> onTime() {
        return Optional.ofNullable(onTime);
    }
}
