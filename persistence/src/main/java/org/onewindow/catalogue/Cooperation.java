package org.onewindow.catalogue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.organisation.Department;

import java.util.Objects;

/** A cooperating department of a parallel item and the time it has for its sub-application. */
@Embeddable
public class Cooperation {

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Department department;

    @Embedded
    private TimeLimit timeLimit;

    protected Cooperation() {
        // for JPA
    }

    public Cooperation(Department department, TimeLimit timeLimit) {
        this.department = Objects.requireNonNull(department, "department");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
    }

    public Department department() {
        return department;
    }

    public TimeLimit timeLimit() {
        return timeLimit;
    }
}
