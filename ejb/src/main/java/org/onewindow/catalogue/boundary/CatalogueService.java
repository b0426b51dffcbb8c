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
import org.onewindow.calendar.LimitUnit;
import org.onewindow.calendar.TimeLimit;
import org.onewindow.catalogue.Cooperation;
import org.onewindow.catalogue.Countersign;
import org.onewindow.catalogue.RefusalRule;
import org.onewindow.catalogue.ReviewMode;
import org.onewindow.catalogue.StageAction;
import org.onewindow.catalogue.StageDefinition;
import org.onewindow.catalogue.FeeItem;
import org.onewindow.catalogue.FieldType;
import org.onewindow.catalogue.FormField;
import org.onewindow.catalogue.ItemKind;
import org.onewindow.catalogue.MaterialRequirement;
import org.onewindow.catalogue.ServiceItem;
import org.onewindow.organisation.Department;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.organisation.StaffRole;
import org.onewindow.shared.NotFoundException;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
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

    /** An administrator's draft, departments resolved and every rule of an item checked, published as the next version. */
    @RolesAllowed(StaffRole.Names.ADMINISTRATOR)
    public ItemGuide publish(String code, ItemDraft draft) {
        if (draft == null) {
            throw InvalidInputException.of("item", "catalogue.item.required");
        }
        try {
            return publish(new ServiceItem.ItemDefinition(code, draft.name(), ItemKind.valueOf(String.valueOf(draft.kind())),
                    draft.legalBasis(), draft.conditions(), limit(draft.legalLimit()), limit(draft.promisedLimit()),
                    department(draft.leadDepartment()),
                    list(draft.cooperations()).stream().map(c -> new Cooperation(department(c.department()), limit(c.timeLimit()))).toList(),
                    list(draft.materials()).stream().map(m -> new MaterialRequirement(m.code(), m.name(), m.mandatory())).toList(),
                    list(draft.fees()).stream().map(f -> new FeeItem(f.code(), f.name(), f.amount(), f.basis())).toList(),
                    list(draft.formFields()).stream().map(f -> new FormField(f.key(), f.label(), FieldType.valueOf(String.valueOf(f.type())),
                            f.required(), f.maxLength(), f.pattern())).toList(),
                    list(draft.stages()).stream().map(this::stage).toList(),
                    draft.reviewMode() == null ? null : ReviewMode.valueOf(draft.reviewMode()),
                    draft.refusalRule() == null ? null : RefusalRule.valueOf(draft.refusalRule())));
        } catch (IllegalArgumentException | NullPointerException broken) {
            throw InvalidInputException.of("item", "catalogue.item.invalid", String.valueOf(broken.getMessage()));
        }
    }

    private Department department(String code) {
        return em.createQuery("SELECT d FROM Department d WHERE d.code = :code", Department.class).setParameter("code", code)
                .getResultStream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("department", "catalogue.department.not-found", String.valueOf(code)));
    }

    private StageDefinition stage(ItemGuide.Stage stage) {
        Set<StageAction> actions = EnumSet.noneOf(StageAction.class);
        list(stage.actions()).forEach(a -> actions.add(StageAction.valueOf(a)));
        return new StageDefinition(department(stage.department()), stage.name(), StaffRole.valueOf(String.valueOf(stage.role())),
                new TimeLimit(stage.timeLimit().amount(), LimitUnit.valueOf(String.valueOf(stage.timeLimit().unit()))),
                stage.countersign() == null ? Countersign.NONE : Countersign.valueOf(stage.countersign()), actions);
    }

    private static TimeLimit limit(ItemDraft.Limit limit) {
        return new TimeLimit(limit.amount(), LimitUnit.valueOf(String.valueOf(limit.unit())));
    }

    private static <T> List<T> list(List<T> given) {
        return given == null ? List.of() : given;
    }

    /**
     * Publishes a definition as the item's next version. Applications already submitted keep the
     * version they were submitted under; only new ones see the change.
     */
    ItemGuide publish(ServiceItem.ItemDefinition definition) {
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
