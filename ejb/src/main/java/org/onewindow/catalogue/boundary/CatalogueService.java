package org.onewindow.catalogue.boundary;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.onewindow.audit.control.AuditTrail;
import org.onewindow.catalogue.ServiceItem;
import org.onewindow.organisation.StaffRole;
import org.onewindow.shared.NotFoundException;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** The catalogue of service items: public reading, and publishing new versions for administrators. */
@Stateless
@PermitAll
public class CatalogueService {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Resource
    SessionContext session;

    public List<ItemSummary> currentItems() {
        return em.createQuery("SELECT i FROM ServiceItem i WHERE i.currentVersion = TRUE ORDER BY i.code", ServiceItem.class)
                .getResultList().stream().map(ItemSummary::of).toList();
    }

    public ItemGuide guide(String code) {
        return ItemGuide.of(current(code).orElseThrow(() -> new NotFoundException("catalogue.item.not-found", code)));
    }

    public Optional<ServiceItem> current(String code) {
        return em.createQuery("SELECT i FROM ServiceItem i WHERE i.code = :code AND i.currentVersion = TRUE", ServiceItem.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * Publishes a definition as the item's next version. Applications already submitted keep the
     * version they were submitted under; only new ones see the change.
     */
    @RolesAllowed(StaffRole.Names.ADMINISTRATOR)
    public ItemGuide publish(ServiceItem.ItemDefinition definition) {
        Optional<ServiceItem> previous = current(definition.code());
        previous.ifPresent(ServiceItem::supersede);
        int version = previous.map(p -> p.itemVersion() + 1).orElse(1);
        ServiceItem item = new ServiceItem(definition, version, clock.instant());
        em.persist(item);
        audit.record(session.getCallerPrincipal().getName(), "ITEM_PUBLISHED", "SERVICE_ITEM", item.code(),
                previous.map(p -> "v" + p.itemVersion()).orElse(null), "v" + version, null, item.name());
        return ItemGuide.of(item);
    }
}
