package org.onewindow.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.onewindow.organisation.NotYourDepartmentException;
import org.onewindow.organisation.Staff;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.FieldError;
import org.onewindow.shared.InvalidInputException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A supervisor's urging notice (催办/督办) to one department about one case: the reason, and the day by which
 * the department must answer. The department acknowledges it, then answers; unanswered past its day it
 * raises a red card. Urgings are counted per case and per department.
 */
@Entity
public class Urging {

    static final int MAX_REASON = 1000;
    static final int MAX_ANSWER = 2000;
    static final int MAX_ANSWER_DAYS = 30;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "urging_seq")
    @SequenceGenerator(name = "urging_seq", sequenceName = "urging_seq", allocationSize = 50)
    private Long id;

    private String urgingNumber;
    private String applicationNumber;
    private String departmentCode;
    private String itemCode;
    private String reason;
    private LocalDate answerBy;
    private String issuedBy;
    private Instant issuedAt;

    @Enumerated(EnumType.STRING)
    private UrgingStatus status;

    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;

    @Version
    private int version;

    protected Urging() {
        // for JPA
    }

    /**
     * @param today       the supervisor's today (office zone)
     * @param latest      the latest answer day allowed (30 working days on)
     */
    public Urging(String urgingNumber, String applicationNumber, String departmentCode, String itemCode, String reason,
                  LocalDate answerBy, LocalDate today, LocalDate latest, String supervisor, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        String checked = reason == null ? "" : reason.strip();
        if (checked.isEmpty()) {
            errors.add(FieldError.of("reason", "urging.reason-required"));
        } else if (checked.length() > MAX_REASON) {
            errors.add(FieldError.of("reason", "application.reason.too-long", MAX_REASON));
        }
        if (answerBy == null) {
            errors.add(FieldError.of("answerBy", "urging.answer-by-required"));
        } else if (!answerBy.isAfter(today) || answerBy.isAfter(latest)) {
            errors.add(FieldError.of("answerBy", "urging.answer-by-range", today.plusDays(1).toString(), latest.toString()));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.urgingNumber = Objects.requireNonNull(urgingNumber, "urgingNumber");
        this.applicationNumber = Objects.requireNonNull(applicationNumber, "applicationNumber");
        this.departmentCode = Objects.requireNonNull(departmentCode, "departmentCode");
        this.itemCode = itemCode;
        this.reason = checked;
        this.answerBy = answerBy;
        this.issuedBy = Objects.requireNonNull(supervisor, "supervisor");
        this.issuedAt = Objects.requireNonNull(at, "at");
        this.status = UrgingStatus.ISSUED;
    }

    /** Someone of the urged department confirms the notice reached them. */
    public void acknowledge(Staff staff, Instant at) {
        requireDepartment(staff);
        if (status != UrgingStatus.ISSUED) {
            throw new DomainException("urging.already", status);
        }
        this.status = UrgingStatus.ACKNOWLEDGED;
        this.acknowledgedBy = staff.username();
        this.acknowledgedAt = at;
    }

    /** The department answers (what it did, when it will finish); an answer acknowledges too. */
    public void answer(Staff staff, String text, Instant at) {
        requireDepartment(staff);
        if (status == UrgingStatus.ANSWERED) {
            throw new DomainException("urging.already", status);
        }
        String checked = text == null ? "" : text.strip();
        if (checked.isEmpty()) {
            throw InvalidInputException.of("answer", "urging.answer-required");
        }
        if (checked.length() > MAX_ANSWER) {
            throw InvalidInputException.of("answer", "application.reason.too-long", MAX_ANSWER);
        }
        if (status == UrgingStatus.ISSUED) {
            this.acknowledgedBy = staff.username();
            this.acknowledgedAt = at;
        }
        this.status = UrgingStatus.ANSWERED;
        this.answer = checked;
        this.answeredBy = staff.username();
        this.answeredAt = at;
    }

    private void requireDepartment(Staff staff) {
        if (staff == null || !staff.department().code().equals(departmentCode)) {
            throw new NotYourDepartmentException(staff == null ? "-" : staff.department().name(), departmentCode);
        }
    }

    public Long id() {
        return id;
    }

    public String urgingNumber() {
        return urgingNumber;
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

    public String reason() {
        return reason;
    }

    public LocalDate answerBy() {
        return answerBy;
    }

    public String issuedBy() {
        return issuedBy;
    }

    public Instant issuedAt() {
        return issuedAt;
    }

    public UrgingStatus status() {
        return status;
    }

    public Optional<String> acknowledgedBy() {
        return Optional.ofNullable(acknowledgedBy);
    }

    public Optional<Instant> acknowledgedAt() {
        return Optional.ofNullable(acknowledgedAt);
    }

    public Optional<String> answer() {
        return Optional.ofNullable(answer);
    }

    public Optional<String> answeredBy() {
        return Optional.ofNullable(answeredBy);
    }

    public Optional<Instant> answeredAt() {
        return Optional.ofNullable(answeredAt);
    }
}
