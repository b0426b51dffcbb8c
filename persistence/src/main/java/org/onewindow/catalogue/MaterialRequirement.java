package org.onewindow.catalogue;

import jakarta.persistence.Embeddable;

import java.util.Objects;

/** A material an applicant hands in for an item; mandatory ones must be present before a clerk sees the case. */
@Embeddable
public class MaterialRequirement {

    private String code;
    private String name;
    private boolean mandatory;

    protected MaterialRequirement() {
        // for JPA
    }

    public MaterialRequirement(String code, String name, boolean mandatory) {
        this.code = Objects.requireNonNull(code, "code");
        this.name = Objects.requireNonNull(name, "name");
        this.mandatory = mandatory;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public boolean mandatory() {
        return mandatory;
    }
}
