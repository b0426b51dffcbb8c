package org.onewindow.audit;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;

import java.time.Instant;
import java.util.Objects;

/** One line of the audit trail: who did what to which subject, when, from which state to which, and why. Never changed. */
@Entity
public class AuditRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "audit_record_seq")
    @SequenceGenerator(name = "audit_record_seq", sequenceName = "audit_record_seq", allocationSize = 50)
    private Long id;

    private Instant occurredAt;
    private String actor;
    private String action;
    private String subjectType;
    private String subjectId;
    private String fromState;
    private String toState;
    private String reason;
    private String detail;
    private String department;

    protected AuditRecord() {
        // for JPA
    }

    public AuditRecord(Instant occurredAt, String actor, String action, String subjectType, String subjectId,
                       String fromState, String toState, String reason, String detail) {
        this.occurredAt = Objects.requireNonNull(occurredAt, "occurredAt");
        this.actor = Objects.requireNonNull(actor, "actor");
        this.action = Objects.requireNonNull(action, "action");
        this.subjectType = Objects.requireNonNull(subjectType, "subjectType");
        this.subjectId = Objects.requireNonNull(subjectId, "subjectId");
        this.fromState = fromState;
        this.toState = toState;
        this.reason = truncate(reason, 1000);
        this.detail = truncate(detail, 4000);
    }

    /** A record of one department's work on the subject, so each department's history can be told apart. */
    public AuditRecord(Instant occurredAt, String actor, String department, String action, String subjectType, String subjectId,
                       String fromState, String toState, String reason, String detail) {
        this(occurredAt, actor, action, subjectType, subjectId, fromState, toState, reason, detail);
        this.department = department;
    }

    private static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }

    public Long id() {
        return id;
    }

    public Instant occurredAt() {
        return occurredAt;
    }

    public String actor() {
        return actor;
    }

    public String action() {
        return action;
    }

    public String subjectType() {
        return subjectType;
    }

    public String subjectId() {
        return subjectId;
    }

    public String fromState() {
        return fromState;
    }

    public String toState() {
        return toState;
    }

    public String reason() {
        return reason;
    }

    public String detail() {
        return detail;
    }

    /** The department whose work this was, or null for the case as a whole. */
    public String department() {
        return department;
    }
}
