package org.onewindow.supervision;

import jakarta.persistence.Column;
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
import org.onewindow.application.ApplicationStatus;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.Staff;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;

/**
 * The applicant's rating of a finished case (一事一评), once per case, with a comment; a bad one (不满意,
 * 非常不满意) must say why and opens a follow-up (整改/回访) that the lead department answers by a deadline.
 */
@Entity
public class Rating {

    static final int MAX_COMMENT = 1000;
    static final int MAX_ANSWER = 2000;
    private static final EnumSet<ApplicationStatus> RATEABLE =
            EnumSet.of(ApplicationStatus.APPROVED, ApplicationStatus.REFUSED, ApplicationStatus.REJECTED);

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "rating_seq")
    @SequenceGenerator(name = "rating_seq", sequenceName = "rating_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Application application;

    private String applicationNumber;
    private String departmentCode;
    private String itemCode;

    @Enumerated(EnumType.STRING)
    private RatingGrade grade;

    private int score;

    @Column(name = "rating_comment")
    private String comment;

    private Instant ratedAt;

    @Enumerated(EnumType.STRING)
    private FollowUpStatus followUpStatus;

    private LocalDate followUpDue;
    private String followUpAnswer;
    private String followUpBy;
    private Instant followUpAt;

    @Version
    private int version;

    protected Rating() {
        // for JPA
    }

    /** @param followUpDue when a bad rating's follow-up must be answered (the rule's working days on) */
    public Rating(Application application, RatingGrade grade, String comment, Instant at, LocalDate followUpDue) {
        this.application = Objects.requireNonNull(application, "application");
        if (!RATEABLE.contains(application.status())) {
            throw new DomainException("rating.not-finished", application.status());
        }
        if (grade == null) {
            throw InvalidInputException.of("grade", "rating.grade-required");
        }
        String checked = comment == null ? "" : comment.strip();
        if (checked.length() > MAX_COMMENT) {
            throw InvalidInputException.of("comment", "application.reason.too-long", MAX_COMMENT);
        }
        if (grade.isBad() && checked.isEmpty()) {
            throw InvalidInputException.of("comment", "rating.bad-needs-comment");
        }
        this.applicationNumber = application.applicationNumber();
        this.departmentCode = application.item().leadDepartment().code();
        this.itemCode = application.item().code();
        this.grade = grade;
        this.score = grade.score();
        this.comment = checked.isEmpty() ? null : checked;
        this.ratedAt = Objects.requireNonNull(at, "at");
        if (grade.isBad()) {
            this.followUpStatus = FollowUpStatus.OPEN;
            this.followUpDue = Objects.requireNonNull(followUpDue, "followUpDue");
        }
    }

    /** The rated department answers the follow-up: what it corrected, what the applicant was told. */
    public void answerFollowUp(Staff staff, String answer, Instant at) {
        if (staff == null || !staff.department().code().equals(departmentCode)) {
            throw new NotYourDepartmentException(staff == null ? "-" : staff.department().name(), departmentCode);
        }
        if (followUpStatus != FollowUpStatus.OPEN) {
            throw new DomainException("rating.no-open-follow-up");
        }
        String checked = answer == null ? "" : answer.strip();
        if (checked.isEmpty()) {
            throw InvalidInputException.of("answer", "rating.answer-required");
        }
        if (checked.length() > MAX_ANSWER) {
            throw InvalidInputException.of("answer", "application.reason.too-long", MAX_ANSWER);
        }
        this.followUpStatus = FollowUpStatus.ANSWERED;
        this.followUpAnswer = checked;
        this.followUpBy = staff.username();
        this.followUpAt = at;
    }

    public Long id() {
        return id;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String itemCode() {
        return itemCode;
    }

    public RatingGrade grade() {
        return grade;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }

    public Instant ratedAt() {
        return ratedAt;
    }

    public Optional<FollowUpStatus> followUpStatus() {
        return Optional.ofNullable(followUpStatus);
    }

    public Optional<LocalDate> followUpDue() {
        return Optional.ofNullable(followUpDue);
    }

    public Optional<String> followUpAnswer() {
        return Optional.ofNullable(followUpAnswer);
    }

    public Optional<String> followUpBy() {
        return Optional.ofNullable(followUpBy);
    }

    public Optional<Instant> followUpAt() {
        return Optional.ofNullable(followUpAt);
    }
}
