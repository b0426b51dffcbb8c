package org.onewindow.approval;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.onewindow.organisation.Department;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** One invited department of a joint review, and the opinion its representative recorded in the meeting. */
@Embeddable
public class JointReviewOpinion {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Department department;

    private Boolean agreed;

    @Column(name = "opinion")
    private String opinion;

    private String recordedBy;

    private Instant recordedAt;

    protected JointReviewOpinion() {
        // for JPA
    }

    JointReviewOpinion(Department department) {
        this.department = Objects.requireNonNull(department, "department");
    }

    JointReviewOpinion recorded(boolean agrees, String text, String by, Instant at) {
        JointReviewOpinion recorded = new JointReviewOpinion(department);
        recorded.agreed = agrees;
        recorded.opinion = text;
        recorded.recordedBy = by;
        recorded.recordedAt = at;
        return recorded;
    }

    public Department department() {
        return department;
    }

    public boolean hasRecorded() {
        return agreed != null;
    }

    public Optional<Boolean> agreed() {
        return Optional.ofNullable(agreed);
    }

    public Optional<String> opinion() {
        return Optional.ofNullable(opinion);
    }

    public Optional<String> recordedBy() {
        return Optional.ofNullable(recordedBy);
    }

    public Optional<Instant> recordedAt() {
        return Optional.ofNullable(recordedAt);
    }
}
