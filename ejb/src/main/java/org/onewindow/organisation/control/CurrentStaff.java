package org.onewindow.organisation.control;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJBContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.organisation.Staff;
import org.onewindow.shared.DomainException;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The member of staff behind the current call, as the security domain authenticated them. Every
 * session bean call asks, so a username's id is remembered (usernames never change) and the staff
 * row comes from the second-level cache; a deactivated account is refused all the same.
 */
@Stateless
@PermitAll
public class CurrentStaff {

    private static final Map<String, Long> IDS = new ConcurrentHashMap<>();

    @Resource
    EJBContext context;

    @PersistenceContext
    EntityManager em;

    public Staff get() {
        String username = context.getCallerPrincipal().getName();
        Long id = IDS.get(username);
        Staff staff = id == null ? byUsername(username) : em.find(Staff.class, id);
        if (staff == null || !staff.isActive() || !staff.username().equals(username)) {
            IDS.remove(username);
            throw new DomainException("organisation.not-staff", username);
        }
        IDS.putIfAbsent(username, staff.id());
        return staff;
    }

    private Staff byUsername(String username) {
        return em.createQuery("SELECT s FROM Staff s WHERE s.username = :username", Staff.class)
                .setParameter("username", username).getResultStream().findFirst().orElse(null);
    }
}
