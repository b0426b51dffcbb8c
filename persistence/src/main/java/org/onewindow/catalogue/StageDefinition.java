package org.onewindow.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.organisation.Department;
import org.onewindow.organisation.StaffRole;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * One stage (办理环节) of one department's work on an item: its name, the role that handles it, its
 * time limit and what a handler may do there. Part of the item's version: a change is published as
 * a new version and applies only to applications submitted after it.
 */
@Embeddable
public class StageDefinition {

    static final int MAX_NAME_LENGTH = 32;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Department department;

    @Column(name = "stage_name")
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "stage_role")
    private StaffRole role;

    @Embedded
    private TimeLimit timeLimit;

    @Enumerated(EnumType.STRING)
    private Countersign countersign;

    @Convert(converter = StageActionsConverter.class)
    @Column(name = "allowed_actions")
    private Set<StageAction> actions = EnumSet.noneOf(StageAction.class);

    protected StageDefinition() {
        // for JPA
    }

    public StageDefinition(Department department, String name, StaffRole role, TimeLimit timeLimit, Countersign countersign,
                           Set<StageAction> actions) {
        this.department = Objects.requireNonNull(department, "department");
        this.name = Objects.requireNonNull(name, "name").strip();
        this.role = Objects.requireNonNull(role, "role");
        this.timeLimit = Objects.requireNonNull(timeLimit, "timeLimit");
        this.countersign = Objects.requireNonNull(countersign, "countersign");
        this.actions = actions.isEmpty() ? EnumSet.noneOf(StageAction.class) : EnumSet.copyOf(actions);
        if (this.name.isEmpty() || this.name.length() > MAX_NAME_LENGTH) {
            throw new IllegalArgumentException("a stage name is 1 to " + MAX_NAME_LENGTH + " characters");
        }
        if (role == StaffRole.LEADER || role == StaffRole.SUPERVISOR || role == StaffRole.ADMINISTRATOR) {
            throw new IllegalArgumentException("a stage is handled by window clerks, department clerks, section chiefs or directors");
        }
    }

    /** A simple stage: one handler, every action permitted. */
    public static StageDefinition of(Department department, String name, StaffRole role, TimeLimit timeLimit) {
        return new StageDefinition(department, name, role, timeLimit, Countersign.NONE, EnumSet.allOf(StageAction.class));
    }

    public boolean allows(StageAction action) {
        return actions.contains(action);
    }

    public Department department() {
        return department;
    }

    public String name() {
        return name;
    }

    public StaffRole role() {
        return role;
    }

    public TimeLimit timeLimit() {
        return timeLimit;
    }

    public Countersign countersign() {
        return countersign;
    }

    public Set<StageAction> actions() {
        return actions.isEmpty() ? EnumSet.noneOf(StageAction.class) : EnumSet.copyOf(actions);
    }
}
