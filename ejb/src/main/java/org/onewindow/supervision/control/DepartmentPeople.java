package org.onewindow.supervision.control;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.organisation.StaffRole;

import java.util.List;

/** Who is told of supervision's findings: a department's holders of a role, its chiefs and director, the supervisors. */
@Dependent
public class DepartmentPeople {

    @PersistenceContext
    EntityManager em;

    public List<String> holders(String departmentCode, StaffRole role) {
        return em.createQuery("""
                        SELECT s.username FROM Staff s
                        WHERE s.department.code = :department AND :role MEMBER OF s.roles AND s.active = TRUE
                        ORDER BY s.username""", String.class)
                .setParameter("department", departmentCode).setParameter("role", role).getResultList();
    }

    public List<String> chiefsAndDirector(String departmentCode) {
        return em.createQuery("""
                        SELECT s.username FROM Staff s WHERE s.department.code = :department AND s.active = TRUE
                          AND (:chief MEMBER OF s.roles OR :director MEMBER OF s.roles) ORDER BY s.username""", String.class)
                .setParameter("department", departmentCode).setParameter("chief", StaffRole.SECTION_CHIEF)
                .setParameter("director", StaffRole.DIRECTOR).getResultList();
    }

    public List<String> supervisors() {
        return em.createQuery("SELECT s.username FROM Staff s WHERE :role MEMBER OF s.roles AND s.active = TRUE ORDER BY s.username",
                        String.class)
                .setParameter("role", StaffRole.SUPERVISOR).getResultList();
    }
}
