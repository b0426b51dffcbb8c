package org.onewindow.organisation.control;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.Resource;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.organisation.Staff;
import org.onewindow.shared.DomainException;

/** The member of staff behind the current call, as the security domain authenticated them. */
@Stateless
@PermitAll
public class CurrentStaff {

    @Resource
    EJBContext context;

    @PersistenceContext
    EntityManager em;

    public Staff get() {
        String username = context.getCallerPrincipal().getName();
        return em.createQuery("SELECT s FROM Staff s WHERE s.username = :username AND s.active = TRUE", Staff.class)
                .setParameter("username", username)
                .getResultStream().findFirst()
                .orElseThrow(() -> new DomainException("organisation.not-staff", username));
    }
}
