package org.onewindow.approval.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.application.Application;
import org.onewindow.approval.SubApplication;

import java.util.List;

/** Reads the parts of a case; callers have already checked who may see them. */
@Stateless
@PermitAll
public class SubApplications {

    @PersistenceContext
    EntityManager em;

    public List<SubApplicationView> of(Application application) {
        return em.createQuery("SELECT s FROM SubApplication s WHERE s.application = :application ORDER BY s.id", SubApplication.class)
                .setParameter("application", application).getResultList().stream()
                .map(SubApplicationView::of).toList();
    }

    /** What the applicant may see of each department: its progress, stage and dates, and only the remarks not marked internal. */
    public List<DepartmentProgress> progress(String applicationNumber) {
        return em.createQuery("""
                        SELECT new org.onewindow.approval.boundary.DepartmentProgress(d.name, s.part, s.status, s.stageName, s.deadline,
                               s.plannedResumption, s.decidedAt, s.publicNote)
                        FROM SubApplication s JOIN s.department d
                        WHERE s.application.applicationNumber = :number ORDER BY s.id""", DepartmentProgress.class)
                .setParameter("number", applicationNumber).getResultList();
    }
}
