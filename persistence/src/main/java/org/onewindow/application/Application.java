package org.onewindow.application;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import org.onewindow.applicant.Applicant;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.catalogue.ItemKind;
import org.onewindow.catalogue.ServiceItem;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One applicant's case (办件), from submission to decision. Guards its own rules: every change of
 * status goes through {@link ApplicationLifecycle}, and only the lead department's window acts on it.
 */
@Entity
public class Application {

    static final int MAX_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "application_seq")
    @SequenceGenerator(name = "application_seq", sequenceName = "application_seq", allocationSize = 50)
    private Long id;

    private String applicationNumber;

    private String queryCode;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private ServiceItem item;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Applicant applicant;

    @Enumerated(EnumType.STRING)
    private Channel channel;

    @Enumerated(EnumType.STRING)
    private ApplicationStatus status;

    // bound as a plain string: TEXT on PostgreSQL, CLOB on H2 and DB2 (see V1__foundation.sql)
    @Column(name = "form_data", length = 1_048_576)
    private String formData;

    private Instant submittedAt;
    private Instant resubmittedAt;
    private Instant acceptedAt;
    private String acceptedBy;
    private LocalDate countingBase;
    private LocalDate promisedDate;
    private Instant decidedAt;
    private String refusalReason;
    private String correctionNote;
    private Instant collectedAt;
    private String decisionOpinion;
    private int stoppedClocks;
    private Instant clockStoppedAt;
    private int stoppedWorkingDays;
    private String supplementRequestedBy;

    /** The next day supervision looks at this again (a card may fall due); set by supervision, null when nothing can. */
    private LocalDate watchDate;
    private Integer workingDaysUsed;
    private Boolean onTime;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_material", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "list_index")
    private List<SubmittedMaterial> materials = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "application_correction", joinColumns = @JoinColumn(name = "application_id"))
    @OrderColumn(name = "list_index")
    @Column(name = "description")
    private List<String> corrections = new ArrayList<>();

    @Version
    private int version;

    protected Application() {
        // for JPA
    }

    /** A submission that passed the form and material rules, under the number the window's counter gave it. */
    public Application(String applicationNumber, ServiceItem item, Applicant applicant, Channel channel, String formData,
                       List<SubmittedMaterial> materials, String queryCode, Instant submittedAt) {
        this.applicationNumber = Objects.requireNonNull(applicationNumber, "applicationNumber");
        this.item = Objects.requireNonNull(item, "item");
        this.applicant = Objects.requireNonNull(applicant, "applicant");
        this.channel = Objects.requireNonNull(channel, "channel");
        this.formData = Objects.requireNonNull(formData, "formData");
        this.materials.addAll(materials);
        this.queryCode = Objects.requireNonNull(queryCode, "queryCode");
        this.submittedAt = Objects.requireNonNull(submittedAt, "submittedAt");
        this.status = ApplicationStatus.SUBMITTED;
    }

    /**
     * The window accepts: the clock starts and the promised date is fixed on the working-day calendar.
     * An instant item is decided on the spot.
     */
    public void accept(String clerk, Department clerkDepartment, Instant at, WorkingCalendar calendar) {
        requireLeadDepartment(clerkDepartment);
        this.status = ApplicationLifecycle.next(status, ApplicationTransition.ACCEPT);
        this.acceptedAt = at;
        this.acceptedBy = clerk;
        this.countingBase = calendar.countingBase(at);
        this.promisedDate = calendar.deadline(at, item.promisedLimit());
        this.corrections.clear();
        if (item.kind() == ItemKind.INSTANT) {
            approve(at);
        }
    }

    /** The window refuses to accept (不予受理); the reason is told to the applicant. */
    public void reject(Department clerkDepartment, String reason, Instant at) {
        requireLeadDepartment(clerkDepartment);
        String checked = requireReason(reason);
        this.status = ApplicationLifecycle.next(status, ApplicationTransition.REJECT);
        this.refusalReason = checked;
        this.decidedAt = at;
    }

    /** The window asks for corrections (补正); the clock does not start until the applicant resubmits. */
    public void requestCorrection(Department clerkDepartment, List<String> missing, String note) {
        requireLeadDepartment(clerkDepartment);
        List<String> checked = checkedCorrections(missing, note);
        this.status = ApplicationLifecycle.next(status, ApplicationTransition.REQUEST_CORRECTION);
        this.corrections.clear();
        this.corrections.addAll(checked);
        this.correctionNote = note == null || note.isBlank() ? null : note.strip();
    }

    /** The applicant hands in the corrected case: same application, same number, back to the window. */
    public void resubmit(String newFormData, List<SubmittedMaterial> replacedOrAdded, Instant at) {
        this.status = ApplicationLifecycle.next(status, ApplicationTransition.RESUBMIT);
        replaceForm(newFormData, replacedOrAdded);
        this.resubmittedAt = at;
    }

    private void replaceForm(String newFormData, List<SubmittedMaterial> replacedOrAdded) {
        this.formData = Objects.requireNonNull(newFormData, "formData");
        for (SubmittedMaterial material : replacedOrAdded) {
            materials.removeIf(m -> m.requirementCode().equals(material.requirementCode()));
            materials.add(material);
        }
    }

    private static List<String> checkedCorrections(List<String> missing, String note) {
        List<String> checked = missing == null ? List.of() : missing.stream()
                .filter(Objects::nonNull).map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (checked.isEmpty()) {
            throw InvalidInputException.of("missing", "application.correction.items-required");
        }
        if (checked.stream().anyMatch(s -> s.length() > 500)) {
            throw InvalidInputException.of("missing", "application.correction.item-too-long", 500);
        }
        if (note != null && note.length() > MAX_REASON_LENGTH) {
            throw InvalidInputException.of("note", "application.reason.too-long", MAX_REASON_LENGTH);
        }
        return checked;
    }

    /**
     * A department asks, through the lead window, for supplementary materials (补正) on an accepted
     * case: the applicant is told, and the clock stops until they hand them in.
     */
    public void requestSupplement(Department requester, List<String> missing, String note) {
        List<String> checked = checkedCorrections(missing, note);
        if (status == ApplicationStatus.SUPPLEMENT_REQUESTED) {
            // a second department asks while the first request is open: one request, both lists
            this.corrections.addAll(checked);
            this.supplementRequestedBy = supplementRequestedBy + "," + requester.code();
            if (note != null && !note.isBlank()) {
                this.correctionNote = correctionNote == null ? note.strip() : correctionNote + "；" + note.strip();
            }
            return;
        }
        this.status = ApplicationLifecycle.next(status, ApplicationTransition.REQUEST_SUPPLEMENT);
        this.corrections.clear();
        this.corrections.addAll(checked);
        this.correctionNote = note == null || note.isBlank() ? null : note.strip();
        this.supplementRequestedBy = requester.code();
    }

    /** The applicant hands in the supplement: the case runs again; each waiting part restarts its clock. */
    public void supply(String newFormData, List<SubmittedMaterial> replacedOrAdded, Instant at) {
        this.status = ApplicationLifecycle.next(status, ApplicationTransition.SUPPLY);
        replaceForm(newFormData, replacedOrAdded);
        this.resubmittedAt = at;
        this.corrections.clear();
        this.supplementRequestedBy = null;
    }

    /**
     * Some part of the case stopped its clock (a special procedure, a supplement). The promised
     * date moves only for the time during which at least one clock was stopped, counted once.
     */
    public void stopClock(Instant at) {
        if (stoppedClocks++ == 0) {
            this.clockStoppedAt = at;
        }
    }

    /** A stopped clock runs again; when the last one does, the promised date moves by the working days lost. */
    public int restartClock(Instant at, WorkingCalendar calendar) {
        if (stoppedClocks == 0) {
            return 0;
        }
        if (--stoppedClocks > 0) {
            return 0;
        }
        int lost = Math.max(0, calendar.workingDaysBetween(clockStoppedAt, at));
        this.stoppedWorkingDays += lost;
        this.promisedDate = calendar.shiftByWorkingDays(promisedDate, lost);
        this.clockStoppedAt = null;
        return lost;
    }

    /** A cooperating department refused and the item's rule makes that the case's answer. */
    public void refuseOnDepartmentsAnswer(String reason, Instant at) {
        this.status = ApplicationLifecycle.next(status, ApplicationTransition.REFUSE);
        this.refusalReason = requireReason(reason);
        this.decisionOpinion = refusalReason;
        this.decidedAt = at;
    }

    /** A department was added to the case after every earlier answer was in: collection starts again. */
    public void reopenCollection() {
        this.collectedAt = null;
    }

    /** The lead department approves the case (for an instant item, at acceptance). */
    public void approve(Instant at) {
        this.status = ApplicationLifecycle.next(status, ApplicationTransition.APPROVE);
        this.decidedAt = at;
    }

    /** Every cooperating department has answered: the lead department's own decision may follow. */
    public void markCollected(Instant at) {
        if (!status.isRunning()) {
            throw new TransitionNotAllowedException(status, ApplicationTransition.APPROVE);
        }
        if (collectedAt == null) {
            this.collectedAt = at;
        }
    }

    /**
     * The lead department decides last (集中回复): approve, or refuse with the reason told to the
     * applicant. A parallel case waits until every department's answer is collected.
     */
    public void decide(boolean approve, Department clerkDepartment, String opinion, Instant at) {
        requireLeadDepartment(clerkDepartment);
        if (item.isParallel() && collectedAt == null && status.isRunning()) {
            throw new org.onewindow.shared.DomainException("application.waiting-for-departments");
        }
        if (approve) {
            this.status = ApplicationLifecycle.next(status, ApplicationTransition.APPROVE);
            this.decisionOpinion = opinion == null || opinion.isBlank() ? null : opinion.strip();
        } else {
            String reason = requireReason(opinion);
            this.status = ApplicationLifecycle.next(status, ApplicationTransition.REFUSE);
            this.refusalReason = reason;
            this.decisionOpinion = reason;
        }
        this.decidedAt = at;
    }

    /** After a change of the calendar: true when the promised date moved. */
    public boolean recomputePromisedDate(WorkingCalendar calendar) {
        if (!status.isRunning() || acceptedAt == null) {
            return false;
        }
        LocalDate recomputed = calendar.shiftByWorkingDays(calendar.deadline(acceptedAt, item.promisedLimit()), stoppedWorkingDays);
        if (recomputed.equals(promisedDate)) {
            return false;
        }
        this.countingBase = calendar.countingBase(acceptedAt);
        this.promisedDate = recomputed;
        return true;
    }

    private void requireLeadDepartment(Department clerkDepartment) {
        if (clerkDepartment == null || !clerkDepartment.code().equals(item.leadDepartment().code())) {
            throw new NotYourDepartmentException(clerkDepartment == null ? "-" : clerkDepartment.name(),
                    item.leadDepartment().name());
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "application.reason.required");
        }
        if (reason.length() > MAX_REASON_LENGTH) {
            throw InvalidInputException.of("reason", "application.reason.too-long", MAX_REASON_LENGTH);
        }
        return reason.strip();
    }

    public boolean answersTo(String candidateQueryCode) {
        return QueryCode.matches(queryCode, candidateQueryCode);
    }

    public Long id() {
        return id;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public String queryCode() {
        return queryCode;
    }

    public ServiceItem item() {
        return item;
    }

    public Applicant applicant() {
        return applicant;
    }

    public Channel channel() {
        return channel;
    }

    public ApplicationStatus status() {
        return status;
    }

    public String formData() {
        return formData;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Optional<Instant> resubmittedAt() {
        return Optional.ofNullable(resubmittedAt);
    }

    public Optional<Instant> acceptedAt() {
        return Optional.ofNullable(acceptedAt);
    }

    public Optional<String> acceptedBy() {
        return Optional.ofNullable(acceptedBy);
    }

    public Optional<LocalDate> countingBase() {
        return Optional.ofNullable(countingBase);
    }

    public Optional<LocalDate> promisedDate() {
        return Optional.ofNullable(promisedDate);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> refusalReason() {
        return Optional.ofNullable(refusalReason);
    }

    public Optional<Instant> collectedAt() {
        return Optional.ofNullable(collectedAt);
    }

    public Optional<String> decisionOpinion() {
        return Optional.ofNullable(decisionOpinion);
    }

    public Optional<String> correctionNote() {
        return Optional.ofNullable(correctionNote);
    }

    public List<SubmittedMaterial> materials() {
        return List.copyOf(materials);
    }

    public List<String> corrections() {
        return List.copyOf(corrections);
    }

    public int version() {
        return version;
    }

    public boolean isClockStopped() {
        return stoppedClocks > 0;
    }

    public Optional<Instant> clockStoppedAt() {
        return Optional.ofNullable(clockStoppedAt);
    }

    public int stoppedWorkingDays() {
        return stoppedWorkingDays;
    }

    public Optional<String> supplementRequestedBy() {
        return Optional.ofNullable(supplementRequestedBy);
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
