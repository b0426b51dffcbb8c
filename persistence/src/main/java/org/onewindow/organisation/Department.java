package org.onewindow.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import java.util.Objects;

/** A government department (部门): the lead department of some items, a cooperating one of others. */
@Entity
@Cacheable
public class Department {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "department_seq")
    @SequenceGenerator(name = "department_seq", sequenceName = "department_seq", allocationSize = 50)
    private Long id;

    private String code;

    private String name;

    @Enumerated(EnumType.STRING)
    private DepartmentKind kind;

    @ManyToOne(fetch = FetchType.LAZY)
    private Department parent;

    @Version
    private int version;

    protected Department() {
        // for JPA
    }

    public Department(String code, String name, DepartmentKind kind, Department parent) {
        this.code = requireText(code, "code");
        this.name = requireText(name, "name");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.parent = parent;
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("A department needs a " + what);
        }
        return value.strip();
    }

    public Long id() {
        return id;
    }

    public String code() {
        return code;
    }

    public String name() {
        return name;
    }

    public DepartmentKind kind() {
        return kind;
    }

    public Department parent() {
        return parent;
    }

    public void rename(String newName) {
        this.name = requireText(newName, "name");
    }
}
