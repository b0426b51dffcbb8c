package org.onewindow.supervision;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A yellow or red card (黄牌/红牌): raised once per cause (its unique cause key), for a department, about a
 * case, a stage visit, a follow-up or a complaint; kept on record for good, closed when its cause ends.
 */
@Entity
public class SupervisionCard {

    static final int MAX_DETAIL = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "supervision_card_seq")
    @SequenceGenerator(name = "supervision_card_seq", sequenceName = "supervision_card_seq", allocationSize = 50)
    private Long id;

    private String causeKey;

    @Enumerated(EnumType.STRING)
    private CardCause cause;

    @Enumerated(EnumType.STRING)
    private CardColor color;

    @Enumerated(EnumType.STRING)
    private CardStatus status;

    private String applicationNumber;
    private Long subApplicationId;
    /** What the card is about beyond the case: a stage visit (its start), a receipt, a follow-up, a complaint. */
    private String subjectRef;
    private String departmentCode;
    private String itemCode;
    private String stageName;
    private String responsible;
    private LocalDate dueDate;
    private Instant raisedAt;
    private String raisedBy;
    private Instant closedAt;
    private String closedReason;
    private String detail;

    @Version
    private int version;

    protected SupervisionCard() {
        // for JPA
    }

    public SupervisionCard(CardDraft draft, Instant at) {
        Objects.requireNonNull(draft, "draft");
        this.causeKey = draft.causeKey();
        this.cause = draft.cause();
        this.color = draft.cause().color();
        this.status = CardStatus.ACTIVE;
        this.applicationNumber = draft.applicationNumber();
        this.subApplicationId = draft.subApplicationId();
        this.subjectRef = draft.subjectRef();
        this.departmentCode = Objects.requireNonNull(draft.departmentCode(), "departmentCode");
        this.itemCode = draft.itemCode();
        this.stageName = draft.stageName();
        this.responsible = draft.responsible();
        this.dueDate = draft.dueDate();
        this.raisedAt = Objects.requireNonNull(at, "at");
        this.raisedBy = draft.raisedBy();
        this.detail = draft.detail() == null || draft.detail().length() <= MAX_DETAIL ? draft.detail()
                : draft.detail().substring(0, MAX_DETAIL);
    }

    /** The cause ended: the card stays on record, closed, with why. A second close changes nothing. */
    public boolean close(String reason, Instant at) {
        if (status == CardStatus.CLOSED) {
            return false;
        }
        this.status = CardStatus.CLOSED;
        this.closedAt = at;
        this.closedReason = reason;
        return true;
    }

    public Long id() {
        return id;
    }

    public String causeKey() {
        return causeKey;
    }

    public CardCause cause() {
        return cause;
    }

    public CardColor color() {
        return color;
    }

    public CardStatus status() {
        return status;
    }

    public String applicationNumber() {
        return applicationNumber;
    }

    public Long subApplicationId() {
        return subApplicationId;
    }

    public String subjectRef() {
        return subjectRef;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String itemCode() {
        return itemCode;
    }

    public String stageName() {
        return stageName;
    }

    public Optional<String> responsible() {
        return Optional.ofNullable(responsible);
    }

    public LocalDate dueDate() {
        return dueDate;
    }

    public Instant raisedAt() {
        return raisedAt;
    }

    public String raisedBy() {
        return raisedBy;
    }

    public Optional<Instant> closedAt() {
        return Optional.ofNullable(closedAt);
    }

    public Optional<String> closedReason() {
        return Optional.ofNullable(closedReason);
    }

    public String detail() {
        return detail;
    }
}
