package org.onewindow.catalogue;

import jakarta.persistence.Embeddable;

import java.math.BigDecimal;
import java.util.Objects;

/** A fee of an item's fee schedule (收费项目), in yuan, with the rule that allows it. */
@Embeddable
public class FeeItem {

    private String code;
    private String name;
    private BigDecimal amount;
    private String basis;

    protected FeeItem() {
        // for JPA
    }

    public FeeItem(String code, String name, BigDecimal amount, String basis) {
        if (amount == null || amount.signum() < 0) {
            throw new IllegalArgumentException("A fee is zero or more yuan");
        }
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.amount = amount;
        this.basis = basis;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public BigDecimal amount() {
        return amount;
    }

    public String basis() {
        return basis;
    }
}
