package org.onewindow.supervision;

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
import org.onewindow.application.ApplicationStatus;
import org.onewindow.catalogue.FeeItem;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.FieldError;
import org.onewindow.shared.InvalidInputException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The fees of an approved case, collected once by the lead department's window when it hands out the
 * decision (收费), each checked against the item's fee schedule, under a receipt number.
 */
@Entity
public class FeePayment {

    static final int MIN_OVERRIDE_REASON = 6;
    static final int MAX_OVERRIDE_REASON = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fee_payment_seq")
    @SequenceGenerator(name = "fee_payment_seq", sequenceName = "fee_payment_seq", allocationSize = 50)
    private Long id;

    private String receiptNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    private Application application;

    private String applicationNumber;
    private String departmentCode;
    private String itemCode;
    private BigDecimal total;
    private String collectedBy;
    private Instant collectedAt;

    @Enumerated(EnumType.STRING)
    private FeePath path;

    private String overrideReason;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fee_payment_line", joinColumns = @JoinColumn(name = "fee_payment_id"))
    @OrderColumn(name = "list_index")
    private List<FeeLine> lines = new ArrayList<>();

    @Version
    private int version;

    protected FeePayment() {
        // for JPA
    }

    /**
     * Checks every charge against the schedule of the case's item version: a known code, once, at most two
     * decimals, not negative; above the schedule only on an override (with its reason) or from an integration.
     */
    public FeePayment(Application application, List<FeeCharge> charges, FeePath path, String overrideReason, String receiptNumber,
                      String collector, Instant at) {
        this.application = Objects.requireNonNull(application, "application");
        if (application.status() != ApplicationStatus.APPROVED) {
            throw new DomainException("fee.not-approved", application.status());
        }
        List<FeeItem> schedule = application.item().fees();
        List<FieldError> errors = new ArrayList<>();
        if (charges == null || charges.isEmpty()) {
            errors.add(FieldError.of("fees", schedule.isEmpty() ? "fee.no-schedule" : "fee.charges-required"));
        }
        String reason = overrideReason == null ? "" : overrideReason.strip();
        if (path == FeePath.OVERRIDE && (reason.length() < MIN_OVERRIDE_REASON || reason.length() > MAX_OVERRIDE_REASON)) {
            errors.add(FieldError.of("overrideReason", "fee.override-reason", MIN_OVERRIDE_REASON, MAX_OVERRIDE_REASON));
        }
        Set<String> seen = new HashSet<>();
        List<FeeLine> checked = new ArrayList<>();
        for (int i = 0; charges != null && i < charges.size(); i++) {
            FeeCharge charge = charges.get(i);
            String field = "fees[" + i + "]";
            Optional<FeeItem> item = charge == null || charge.code() == null ? Optional.empty()
                    : schedule.stream().filter(f -> f.code().equals(charge.code())).findFirst();
            if (item.isEmpty()) {
                errors.add(FieldError.of(field + ".code", "fee.not-in-schedule", charge == null ? "-" : String.valueOf(charge.code())));
                continue;
            }
            if (!seen.add(charge.code())) {
                errors.add(FieldError.of(field + ".code", "fee.twice", charge.code()));
                continue;
            }
            BigDecimal amount = charge.amount();
            if (amount == null || amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
                errors.add(FieldError.of(field + ".amount", "fee.amount-format"));
                continue;
            }
            FeeLine line = new FeeLine(item.get().code(), item.get().name(), amount.setScale(2), item.get().amount());
            if (line.isAboveSchedule() && path == FeePath.WINDOW) {
                errors.add(FieldError.of(field + ".amount", "fee.above-schedule", item.get().name(), item.get().amount().toPlainString()));
                continue;
            }
            checked.add(line);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        this.lines.addAll(checked);
        this.total = checked.stream().map(FeeLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
        this.receiptNumber = Objects.requireNonNull(receiptNumber, "receiptNumber");
        this.applicationNumber = application.applicationNumber();
        this.departmentCode = application.item().leadDepartment().code();
        this.itemCode = application.item().code();
        this.path = Objects.requireNonNull(path, "path");
        this.overrideReason = reason.isEmpty() ? null : reason;
        this.collectedBy = Objects.requireNonNull(collector, "collector");
        this.collectedAt = Objects.requireNonNull(at, "at");
    }

    public boolean isAboveSchedule() {
        return lines.stream().anyMatch(FeeLine::isAboveSchedule);
    }

    public Long id() {
        return id;
    }

    public String receiptNumber() {
        return receiptNumber;
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

    public BigDecimal total() {
        return total;
    }

    public String collectedBy() {
        return collectedBy;
    }

    public Instant collectedAt() {
        return collectedAt;
    }

    public FeePath path() {
        return path;
    }

    public Optional<String> overrideReason() {
        return Optional.ofNullable(overrideReason);
    }

    public List<FeeLine> lines() {
        return List.copyOf(lines);
    }
}
