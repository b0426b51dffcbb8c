package org.onewindow.catalogue.boundary;

import org.onewindow.catalogue.ItemKind;
import org.onewindow.catalogue.ServiceItem;

/** An item as the catalogue lists it. */
public record ItemSummary(String code, int version, String name, ItemKind kind, String leadDepartment,
                          int promisedLimit, String promisedLimitUnit) {

    static ItemSummary of(ServiceItem item) {
        return new ItemSummary(item.code(), item.itemVersion(), item.name(), item.kind(), item.leadDepartment().name(),
                item.promisedLimit().amount(), item.promisedLimit().unit().name());
    }
}
