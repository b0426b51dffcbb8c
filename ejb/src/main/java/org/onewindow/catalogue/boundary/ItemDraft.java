package org.onewindow.catalogue.boundary;

import java.math.BigDecimal;
import java.util.List;

/** An item as an administrator writes it, departments named by code; becomes the item's next version. */
public record ItemDraft(String name, String kind, String legalBasis, String conditions, Limit legalLimit, Limit promisedLimit,
                        String leadDepartment, List<CooperationDraft> cooperations, List<MaterialDraft> materials,
                        List<FeeDraft> fees, List<FieldDraft> formFields, List<ItemGuide.Stage> stages, String reviewMode,
                        String refusalRule) {

    public record Limit(int amount, String unit) {
    }

    public record CooperationDraft(String department, Limit timeLimit) {
    }

    public record MaterialDraft(String code, String name, boolean mandatory) {
    }

    public record FeeDraft(String code, String name, BigDecimal amount, String basis) {
    }

    public record FieldDraft(String key, String label, String type, boolean required, int maxLength, String pattern) {
    }
}
