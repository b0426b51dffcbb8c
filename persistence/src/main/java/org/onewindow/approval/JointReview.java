package org.onewindow.approval;

import jakarta.persistence.CollectionTable;
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
import org.onewindow.application.Application;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A joint review meeting or joint site inspection (联审制): the lead department convenes it with at
 * least a day's notice, each invited department's representative records the department's opinion in
 * it, and the lead department concludes it with the minutes, which are kept. The recorded opinions
 * become those departments' answers.
 */
@Entity
public class JointReview {

    static final int MAX_MINUTES_LENGTH = 4000;
    static final int MAX_PLACE_LENGTH = 200;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "joint_review_seq")
    @SequenceGenerator(name = "joint_review_seq", sequenceName = "joint_review_seq", allocationSize = 50)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Application application;

    @Enumerated(EnumType.STRING)
    private JointReviewStatus status;

    private Instant scheduledAt;
    private String place;
    private String convenedBy;
    private Instant convenedAt;
    private String minutes;
    private Instant concludedAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "joint_review_opinion", joinColumns = @JoinColumn(name = "joint_review_id"))
    @OrderColumn(name = "list_index")
    private List<JointReviewOpinion> opinions = new ArrayList<>();

    @Version
    private int version;

    protected JointReview() {
        // for JPA
    }

    /** Convened for a running parallel case, for a day after today (the departments get a day's notice at least). */
    public JointReview(Application application, Instant scheduledAt, String place, Collection<Department> invited, String convenor,
                       Instant now, ZoneId officeZone) {
        this.application = Objects.requireNonNull(application, "application");
        if (scheduledAt == null) {
            throw InvalidInputException.of("scheduledAt", "joint-review.time-required");
        }
        LocalDate today = LocalDate.ofInstant(now, officeZone);
        if (!LocalDate.ofInstant(scheduledAt, officeZone).isAfter(today)) {
            throw InvalidInputException.of("scheduledAt", "joint-review.notice-too-short");
        }
        if (place == null || place.isBlank() || place.length() > MAX_PLACE_LENGTH) {
            throw InvalidInputException.of("place", "joint-review.place-required", MAX_PLACE_LENGTH);
        }
        if (invited.isEmpty()) {
            throw InvalidInputException.of("departments", "joint-review.nobody-invited");
        }
        this.scheduledAt = scheduledAt;
        this.place = place.strip();
        this.convenedBy = convenor;
        this.convenedAt = now;
        this.status = JointReviewStatus.SCHEDULED;
        invited.stream().map(JointReviewOpinion::new).forEach(opinions::add);
    }

    /** An invited department's representative records its opinion; a second recording replaces the first until the minutes close it. */
    public void record(Department department, boolean agrees, String opinion, String representative, Instant at) {
        requireScheduled();
        int index = invitationOf(department);
        String text = opinion == null ? "" : opinion.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("opinion", "joint-review.opinion-required");
        }
        if (text.length() > 2000) {
            throw InvalidInputException.of("opinion", "application.reason.too-long", 2000);
        }
        opinions.set(index, opinions.get(index).recorded(agrees, text, representative, at));
    }

    /** The lead department closes the meeting with its minutes; the opinions recorded become the departments' answers. */
    public List<JointReviewOpinion> conclude(String minutesText, Instant at) {
        requireScheduled();
        String text = minutesText == null ? "" : minutesText.strip();
        if (text.isEmpty()) {
            throw InvalidInputException.of("minutes", "joint-review.minutes-required");
        }
        if (text.length() > MAX_MINUTES_LENGTH) {
            throw InvalidInputException.of("minutes", "application.reason.too-long", MAX_MINUTES_LENGTH);
        }
        this.minutes = text;
        this.concludedAt = at;
        this.status = JointReviewStatus.CONCLUDED;
        return opinions.stream().filter(JointReviewOpinion::hasRecorded).toList();
    }

    public boolean invites(Department department) {
        return opinions.stream().anyMatch(o -> o.department().code().equals(department.code()));
    }

    private int invitationOf(Department department) {
        for (int i = 0; i < opinions.size(); i++) {
            if (opinions.get(i).department().code().equals(department.code())) {
                return i;
            }
        }
        throw new NotYourDepartmentException(department.name(), application.item().leadDepartment().name());
    }

    private void requireScheduled() {
        if (status != JointReviewStatus.SCHEDULED) {
            throw new DomainException("joint-review.not-scheduled", status);
        }
    }

    public Long id() {
        return id;
    }

    public Application application() {
        return application;
    }

    public JointReviewStatus status() {
        return status;
    }

    public Instant scheduledAt() {
        return scheduledAt;
    }

    public String place() {
        return place;
    }

    public String convenedBy() {
        return convenedBy;
    }

    public Instant convenedAt() {
        return convenedAt;
    }

    public Optional<String> minutes() {
        return Optional.ofNullable(minutes);
    }

    public Optional<Instant> concludedAt() {
        return Optional.ofNullable(concludedAt);
    }

    public List<JointReviewOpinion> opinions() {
        return List.copyOf(opinions);
    }
}
