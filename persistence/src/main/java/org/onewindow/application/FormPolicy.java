package org.onewindow.application;

import org.onewindow.catalogue.FormField;
import org.onewindow.catalogue.ServiceItem;
import org.onewindow.shared.FieldError;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** The item's own form: every field valid, and no field the item does not define (nothing slips in unseen). */
public final class FormPolicy {

    private FormPolicy() {
    }

    public static List<FieldError> problems(ServiceItem item, Map<String, String> values) {
        List<FieldError> problems = new ArrayList<>();
        Map<String, String> given = values == null ? Map.of() : values;
        Set<String> known = item.formFields().stream().map(FormField::fieldKey).collect(Collectors.toSet());
        for (String key : given.keySet()) {
            if (!known.contains(key)) {
                problems.add(FieldError.of("fields." + key, "form.field.unknown", key));
            }
        }
        for (FormField field : item.formFields()) {
            field.problem(given.get(field.fieldKey()))
                    .ifPresent(key -> problems.add(FieldError.of("fields." + field.fieldKey(), key, field.label(), field.maxLength())));
        }
        return problems;
    }
}
