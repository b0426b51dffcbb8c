package org.onewindow.catalogue.boundary;

import org.onewindow.catalogue.ItemKind;
import org.onewindow.catalogue.ServiceItem;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The service guide (办事指南) of an item: everything an applicant reads before applying. */
public record ItemGuide(String code, int version, String name, ItemKind kind, String legalBasis, String conditions,
                        Limit legalLimit, Limit promisedLimit, Department leadDepartment,
                        List<CooperatingDepartment> cooperatingDepartments, List<Material> materials,
                        List<Fee> fees, List<Field> formFields, List<Stage> stages, String reviewMode, String refusalRule,
                        Instant publishedAt) {

    public record Limit(int amount, String unit) {
    }

    public record Department(String code, String name) {
    }

    public record CooperatingDepartment(String code, String name, Limit timeLimit) {
    }

    public record Material(String code, String name, boolean mandatory) {
    }

    public record Fee(String code, String name, BigDecimal amount, String basis) {
    }

    public record Field(String key, String label, String type, boolean required, int maxLength, String pattern) {
    }

    /** One stage of a department's work on the item (the flow the guide shows); an administrator writes the same shape. */
    public record Stage(String department, String name, String role, Limit timeLimit, String countersign, List<String> actions) {
    }

    static ItemGuide of(ServiceItem item) {
        return new ItemGuide(item.code(), item.itemVersion(), item.name(), item.kind(), item.legalBasis(), item.conditions(),
                new Limit(item.legalLimit().amount(), item.legalLimit().unit().name()),
                new Limit(item.promisedLimit().amount(), item.promisedLimit().unit().name()),
                new Department(item.leadDepartment().code(), item.leadDepartment().name()),
                item.cooperations().stream().map(c -> new CooperatingDepartment(c.department().code(), c.department().name(),
                        new Limit(c.timeLimit().amount(), c.timeLimit().unit().name()))).toList(),
                item.materials().stream().map(m -> new Material(m.code(), m.name(), m.mandatory())).toList(),
                item.fees().stream().map(f -> new Fee(f.code(), f.name(), f.amount(), f.basis())).toList(),
                item.formFields().stream().map(f -> new Field(f.fieldKey(), f.label(), f.fieldType().name(), f.required(),
                        f.maxLength(), f.pattern())).toList(),
                item.stages().stream().map(s -> new Stage(s.department().code(), s.name(), s.role().name(),
                        new Limit(s.timeLimit().amount(), s.timeLimit().unit().name()), s.countersign().name(),
                        s.actions().stream().map(Enum::name).sorted().toList())).toList(),
                item.reviewMode().name(), item.refusalRule().name(), item.publishedAt());
    }
}
