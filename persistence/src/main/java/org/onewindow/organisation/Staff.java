package org.onewindow.organisation;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Version;

import org.hibernate.annotations.Cache;
import org.hibernate.annotations.CacheConcurrencyStrategy;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/** A member of staff of one department, with one or more roles. Signs in with the local realm. */
@Entity
@Cacheable
public class Staff {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "staff_seq")
    @SequenceGenerator(name = "staff_seq", sequenceName = "staff_seq", allocationSize = 50)
    private Long id;

    private String username;

    private String fullName;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    private Department department;

    private String email;

    private String phone;

    private String passwordHash;

    private String passwordSalt;

    private boolean active;

    @ElementCollection(fetch = FetchType.EAGER)
    @Cache(usage = CacheConcurrencyStrategy.READ_WRITE)
    @CollectionTable(name = "staff_role", joinColumns = @JoinColumn(name = "staff_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "role_name")
    private Set<StaffRole> roles = EnumSet.noneOf(StaffRole.class);

    @Version
    private int version;

    protected Staff() {
        // for JPA
    }

    public Staff(String username, String fullName, Department department, Set<StaffRole> roles,
                 String email, String phone, SaltedPassword password) {
        if (username == null || !username.matches("[a-z][a-z0-9._-]{2,63}")) {
            throw new IllegalArgumentException("A username is 3 to 64 lower-case letters, digits, '.', '_' or '-'");
        }
        if (roles == null || roles.isEmpty()) {
            throw new IllegalArgumentException("A member of staff needs at least one role");
        }
        this.username = username;
        this.fullName = Objects.requireNonNull(fullName, "fullName");
        this.department = Objects.requireNonNull(department, "department");
        this.roles = EnumSet.copyOf(roles);
        this.email = email;
        this.phone = phone;
        changePassword(password);
        this.active = true;
    }

    public void changePassword(SaltedPassword password) {
        this.passwordHash = password.hashHex();
        this.passwordSalt = password.saltHex();
    }

    public Long id() {
        return id;
    }

    public String username() {
        return username;
    }

    public String fullName() {
        return fullName;
    }

    public Department department() {
        return department;
    }

    public Set<StaffRole> roles() {
        return EnumSet.copyOf(roles);
    }

    public boolean has(StaffRole role) {
        return roles.contains(role);
    }

    public boolean isActive() {
        return active;
    }

    public String email() {
        return email;
    }

    public String phone() {
        return phone;
    }
}
