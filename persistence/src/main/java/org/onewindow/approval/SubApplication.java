package org.onewindow.approval;

import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.onewindow.application.Application;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.calendar.WorkingCalendar;
import org.onewindow.catalogue.Cooperation;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The part of a parallel case one cooperating department decides (前置审批子项), with its own deadline
 * on the working-day calendar. Its own aggregate, so two departments deciding at once never collide.
 */
@Entity
public class SubApplication {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sub_application_seq")
    @SequenceGenerator(name = "sub_application_seq", sequenceName = "sub_application_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Application application;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Department department;

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
    private Instant collectedAt;

    @Version
    private int version;

    protected SubApplication() {
        // for JPA
    }

    /** Fanned out at acceptance: the department's own limit counts from the same acceptance instant. */
    public SubApplication(Application application, Cooperation cooperation, Instant acceptedAt, WorkingCalendar calendar) {
        this.application = Objects.requireNonNull(application, "application");
        this.department = cooperation.department();
        this.timeLimit = cooperation.timeLimit();
        this.deadline = calendar.deadline(acceptedAt, cooperation.timeLimit());
        this.routedAt = acceptedAt;
        this.status = SubApplicationStatus.ROUTED;
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

    /** The department decides; a refusal needs its reason, and only the department itself decides. */
    public void decide(boolean approve, String handler, Department handlerDepartment, String reason, Instant at) {
        if (handlerDepartment == null || !handlerDepartment.code().equals(department.code())) {
            throw new NotYourDepartmentException(handlerDepartment == null ? "-" : handlerDepartment.name(), department.name());
        }
        if (status != SubApplicationStatus.RECEIVED) {
            throw new DomainException("sub-application.not-decidable", status);
        }
        String checked = reason == null ? "" : reason.strip();
        if (!approve && checked.isEmpty()) {
            throw InvalidInputException.of("opinion", "sub-application.refusal-needs-reason");
        }
        if (checked.length() > 2000) {
            throw InvalidInputException.of("opinion", "application.reason.too-long", 2000);
        }
        this.status = approve ? SubApplicationStatus.APPROVED : SubApplicationStatus.REFUSED;
        this.decidedBy = handler;
        this.opinion = checked.isEmpty() ? null : checked;
        this.decidedAt = at;
    }

    /** The lead department has the decision; a second delivery changes nothing. */
    public boolean collect(Instant at) {
        if (!status.isDecided() || collectedAt != null) {
            return false;
        }
        this.collectedAt = at;
        return true;
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

    public Optional<Instant> collectedAt() {
        return Optional.ofNullable(collectedAt);
    }

    public boolean isCollected() {
        return collectedAt != null;
    }
}
