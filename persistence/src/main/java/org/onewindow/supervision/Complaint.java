package org.onewindow.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;
import org.onewindow.application.QueryCode;
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
 * A complaint (投诉) about a case or a department, followed by the complainant with its number and query
 * code. Supervisors accept it, investigate and decide (upheld or not), and reply; each step is due within
 * its working days ({@link ComplaintStatus}), near or past which it raises cards.
 */
@Entity
public class Complaint {

    static final int MAX_SUBJECT = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_REPLY = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "complaint_seq")
    @SequenceGenerator(name = "complaint_seq", sequenceName = "complaint_seq", allocationSize = 50)
    private Long id;

    private String complaintNumber;
    private String queryCode;

    @Enumerated(EnumType.STRING)
    private ComplaintChannel channel;

    private String complainantName;
    private String complainantPhone;
    private String applicationNumber;
    private String departmentCode;
    private String subject;
    private String description;

    @Enumerated(EnumType.STRING)
    private ComplaintStatus status;

    private Instant filedAt;
    private LocalDate stepDue;
    private String handler;
    private String findings;
    private Boolean upheld;
    private String decision;
    private String reply;
    private Instant decidedAt;
    private Instant repliedAt;

    @Version
    private int version;

    protected Complaint() {
        // for JPA
    }

    /** A complaint whose complainant, phone and department were checked by the caller; the texts are checked here. */
    public Complaint(String complaintNumber, String queryCode, ComplaintChannel channel, String complainantName,
                     String complainantPhone, String applicationNumber, String departmentCode, String subject, String description,
                     Instant at, LocalDate acceptBy) {
        List<FieldError> errors = problems(channel, complainantName, subject, description);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        String name = text(complainantName);
        String about = text(subject);
        String what = text(description);
        this.complaintNumber = Objects.requireNonNull(complaintNumber, "complaintNumber");
        this.queryCode = Objects.requireNonNull(queryCode, "queryCode");
        this.channel = channel;
        this.complainantName = name;
        this.complainantPhone = Objects.requireNonNull(complainantPhone, "complainantPhone");
        this.applicationNumber = applicationNumber;
        this.departmentCode = Objects.requireNonNull(departmentCode, "departmentCode");
        this.subject = about;
        this.description = what;
        this.filedAt = Objects.requireNonNull(at, "at");
        this.status = ComplaintStatus.FILED;
        this.stepDue = acceptBy;
    }

    /** What is wrong with a complaint's own texts, field by field (the caller checks the phone and the department). */
    public static List<FieldError> problems(ComplaintChannel channel, String complainantName, String subject, String description) {
        List<FieldError> errors = new ArrayList<>();
        String name = text(complainantName);
        if (name.isEmpty() || name.length() > 100) {
            errors.add(FieldError.of("complainant.name", "complaint.name-required", 100));
        }
        String about = text(subject);
        if (about.isEmpty() || about.length() > MAX_SUBJECT) {
            errors.add(FieldError.of("subject", "complaint.subject-required", MAX_SUBJECT));
        }
        String what = text(description);
        if (what.length() < 10 || what.length() > MAX_TEXT) {
            errors.add(FieldError.of("description", "complaint.description-length", 10, MAX_TEXT));
        }
        if (channel == null) {
            errors.add(FieldError.of("channel", "complaint.channel-required"));
        }
        return errors;
    }

    /** A supervisor takes it up for investigation; the decision is due by {@code decideBy}. */
    public void accept(String supervisor, LocalDate decideBy) {
        move(ComplaintStatus.FILED, ComplaintStatus.INVESTIGATING, decideBy);
        this.handler = Objects.requireNonNull(supervisor, "supervisor");
    }

    /** The investigation's findings and the decision: upheld (the department was at fault) or not. */
    public void decide(String supervisor, String findingsText, Boolean isUpheld, String decisionText, LocalDate replyBy, Instant at) {
        List<FieldError> errors = new ArrayList<>();
        String found = text(findingsText);
        if (found.isEmpty() || found.length() > MAX_TEXT) {
            errors.add(FieldError.of("findings", "complaint.findings-required", MAX_TEXT));
        }
        if (isUpheld == null) {
            errors.add(FieldError.of("upheld", "complaint.upheld-required"));
        }
        String decided = text(decisionText);
        if (decided.isEmpty() || decided.length() > MAX_REPLY) {
            errors.add(FieldError.of("decision", "complaint.decision-required", MAX_REPLY));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        move(ComplaintStatus.INVESTIGATING, ComplaintStatus.DECIDED, replyBy);
        this.handler = supervisor;
        this.findings = found;
        this.upheld = isUpheld;
        this.decision = decided;
        this.decidedAt = at;
    }

    /** The reply the complainant reads with their number and query code. */
    public void reply(String supervisor, String replyText, Instant at) {
        String text = text(replyText);
        if (text.isEmpty() || text.length() > MAX_REPLY) {
            throw InvalidInputException.of("reply", "complaint.reply-required", MAX_REPLY);
        }
        move(ComplaintStatus.DECIDED, ComplaintStatus.REPLIED, null);
        this.handler = supervisor;
        this.reply = text;
        this.repliedAt = at;
    }

    private void move(ComplaintStatus from, ComplaintStatus to, LocalDate due) {
        if (status != from) {
            throw new DomainException("complaint.wrong-step", status, to);
        }
        this.status = to;
        this.stepDue = due;
    }

    public boolean answersTo(String candidate) {
        return QueryCode.matches(queryCode, candidate);
    }

    private static String text(String value) {
        return value == null ? "" : value.strip();
    }

    public Long id() {
        return id;
    }

    public String complaintNumber() {
        return complaintNumber;
    }

    public String queryCode() {
        return queryCode;
    }

    public ComplaintChannel channel() {
        return channel;
    }

    public String complainantName() {
        return complainantName;
    }

    public String complainantPhone() {
        return complainantPhone;
    }

    public Optional<String> applicationNumber() {
        return Optional.ofNullable(applicationNumber);
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String subject() {
        return subject;
    }

    public String description() {
        return description;
    }

    public ComplaintStatus status() {
        return status;
    }

    public Instant filedAt() {
        return filedAt;
    }

    public Optional<LocalDate> stepDue() {
        return Optional.ofNullable(stepDue);
    }

    public Optional<String> handler() {
        return Optional.ofNullable(handler);
    }

    public Optional<String> findings() {
        return Optional.ofNullable(findings);
    }

    public Optional<Boolean> upheld() {
        return Optional.ofNullable(upheld);
    }

    public Optional<String> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<String> reply() {
        return Optional.ofNullable(reply);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<Instant> repliedAt() {
        return Optional.ofNullable(repliedAt);
    }
}
