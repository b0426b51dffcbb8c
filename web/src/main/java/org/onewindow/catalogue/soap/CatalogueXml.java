package org.onewindow.catalogue.soap;

import org.onewindow.catalogue.boundary.ItemGuide;
import org.onewindow.catalogue.soap.contract.Department;
import org.onewindow.catalogue.soap.contract.Fee;
import org.onewindow.catalogue.soap.contract.FormFieldDefinition;
import org.onewindow.catalogue.soap.contract.ItemSummary;
import org.onewindow.catalogue.soap.contract.Material;
import org.onewindow.catalogue.soap.contract.ServiceGuide;
import org.onewindow.catalogue.soap.contract.Stage;
import org.onewindow.platform.soap.TimeLimits;
import org.onewindow.platform.soap.contract.TimeLimit;

/** The catalogue's transfer records in the WSDL's shapes. */
final class CatalogueXml {

    private CatalogueXml() {
    }

    static ItemSummary summary(org.onewindow.catalogue.boundary.ItemSummary item) {
        ItemSummary xml = new ItemSummary();
        xml.setCode(item.code());
        xml.setVersion(item.version());
        xml.setName(item.name());
        xml.setKind(item.kind().name());
        xml.setLeadDepartment(item.leadDepartment());
        xml.setPromisedLimit(TimeLimits.of(item.promisedLimit(), item.promisedLimitUnit()));
        return xml;
    }

    static ServiceGuide guide(ItemGuide guide) {
        ServiceGuide xml = new ServiceGuide();
        xml.setCode(guide.code());
        xml.setVersion(guide.version());
        xml.setName(guide.name());
        xml.setKind(guide.kind().name());
        xml.setLegalBasis(guide.legalBasis());
        xml.setConditions(guide.conditions());
        xml.setLegalLimit(limit(guide.legalLimit()));
        xml.setPromisedLimit(limit(guide.promisedLimit()));
        xml.setLeadDepartment(department(guide.leadDepartment().code(), guide.leadDepartment().name(), null));
        guide.cooperatingDepartments().forEach(d -> xml.getCooperatingDepartment().add(department(d.code(), d.name(), limit(d.timeLimit()))));
        guide.materials().forEach(m -> {
            Material material = new Material();
            material.setCode(m.code());
            material.setName(m.name());
            material.setMandatory(m.mandatory());
            xml.getMaterial().add(material);
        });
        guide.fees().forEach(f -> {
            Fee fee = new Fee();
            fee.setCode(f.code());
            fee.setName(f.name());
            fee.setAmount(f.amount());
            fee.setBasis(f.basis());
            xml.getFee().add(fee);
        });
        guide.formFields().forEach(f -> {
            FormFieldDefinition field = new FormFieldDefinition();
            field.setKey(f.key());
            field.setLabel(f.label());
            field.setType(f.type());
            field.setRequired(f.required());
            field.setMaxLength(f.maxLength());
            field.setPattern(f.pattern());
            xml.getFormField().add(field);
        });
        guide.stages().forEach(s -> {
            Stage stage = new Stage();
            stage.setDepartment(s.department());
            stage.setName(s.name());
            stage.setRole(s.role());
            stage.setTimeLimit(limit(s.timeLimit()));
            stage.setCountersign(s.countersign());
            stage.getAction().addAll(s.actions());
            xml.getStage().add(stage);
        });
        xml.setReviewMode(guide.reviewMode());
        xml.setRefusalRule(guide.refusalRule());
        xml.setPublishedAt(guide.publishedAt());
        return xml;
    }

    private static Department department(String code, String name, TimeLimit limit) {
        Department xml = new Department();
        xml.setCode(code);
        xml.setName(name);
        xml.setTimeLimit(limit);
        return xml;
    }

    private static TimeLimit limit(ItemGuide.Limit limit) {
        return TimeLimits.of(limit.amount(), limit.unit());
    }
}
