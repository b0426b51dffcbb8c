package org.onewindow.approval.soap;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.onewindow.acceptance.boundary.ApplicationView;
import org.onewindow.acceptance.boundary.HistoryEntry;
import org.onewindow.approval.boundary.StagePlanRow;
import org.onewindow.approval.boundary.SubApplicationView;
import org.onewindow.approval.boundary.TaskDetail;
import org.onewindow.approval.soap.contract.Case;
import org.onewindow.approval.soap.contract.Countersigner;
import org.onewindow.approval.soap.contract.MaterialInfo;
import org.onewindow.approval.soap.contract.PlannedStage;
import org.onewindow.approval.soap.contract.SubApplication;
import org.onewindow.approval.soap.contract.Task;
import org.onewindow.platform.soap.TimeLimits;
import org.onewindow.platform.soap.contract.FormField;
import org.onewindow.shared.Messages;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A department's task and its detail in the WSDL's shapes. */
final class TaskXml {

    private TaskXml() {
    }

    static Task of(SubApplicationView view, Locale locale) {
        Task xml = new Task();
        xml.setId(view.id());
        xml.setApplicationNumber(view.applicationNumber());
        xml.setItemName(view.itemName());
        xml.setApplicantName(view.applicantName());
        xml.setDepartment(view.department());
        xml.setDepartmentName(view.departmentName());
        xml.setPart(view.part().name());
        xml.setStatus(view.status().name());
        xml.setStatusText(Messages.text(locale, "enum.SubApplicationStatus." + view.status().name()));
        xml.setDeadline(view.deadline());
        xml.setWorkingDaysLeft(view.workingDaysLeft());
        xml.setStageIndex(view.stageIndex());
        xml.setStageCount(view.stageCount());
        xml.setStageName(view.stageName());
        xml.setStageRole(view.stageRole().name());
        xml.setStageDeadline(view.stageDeadline());
        xml.setStageWorkingDaysLeft(view.stageWorkingDaysLeft());
        xml.setAssignee(view.assignee());
        xml.setSuspensionKind(view.suspensionKind() == null ? null : view.suspensionKind().name());
        xml.setPlannedResumption(view.plannedResumption());
        xml.setStoppedWorkingDays(view.stoppedWorkingDays());
        xml.setReceivedAt(view.receivedAt());
        xml.setDecidedAt(view.decidedAt());
        xml.setDecidedBy(view.decidedBy());
        xml.setOpinion(view.opinion());
        xml.setPublicNote(view.publicNote());
        xml.setCollectedAt(view.collectedAt());
        xml.getAction().addAll(view.actions());
        xml.setVersion(view.version());
        return xml;
    }

    static SubApplication detail(TaskDetail detail, Locale locale) {
        SubApplication xml = new SubApplication();
        xml.setTask(of(detail.task(), locale));
        xml.setApplication(application(detail.application()));
        detail.plan().forEach(row -> xml.getStage().add(stage(row)));
        detail.countersigners().forEach(c -> {
            Countersigner signer = new Countersigner();
            signer.setHandler(c.handler());
            signer.setSigned(c.signed());
            xml.getCountersigner().add(signer);
        });
        detail.history().forEach(h -> xml.getHistory().add(history(h)));
        return xml;
    }

    private static Case application(ApplicationView view) {
        Case xml = new Case();
        xml.setApplicationNumber(view.applicationNumber());
        xml.setItemCode(view.itemCode());
        xml.setItemVersion(view.itemVersion());
        xml.setItemName(view.itemName());
        xml.setApplicantKind(view.applicantKind().name());
        xml.setApplicantName(view.applicantName());
        xml.setApplicantIdentifier(view.applicantIdentifier());
        xml.setApplicantPhone(view.applicantPhone());
        xml.setChannel(view.channel().name());
        xml.setStatus(view.status().name());
        xml.getField().addAll(fields(view.formData()));
        view.materials().forEach(m -> {
            MaterialInfo material = new MaterialInfo();
            material.setCode(m.requirementCode());
            material.setFileName(m.fileName());
            material.setContentType(m.contentType());
            material.setSizeBytes(m.sizeBytes());
            material.setSha256(m.sha256());
            xml.getMaterial().add(material);
        });
        xml.setSubmittedAt(view.submittedAt());
        xml.setAcceptedAt(view.acceptedAt());
        xml.setPromisedDate(view.promisedDate());
        return xml;
    }

    /** The unified form is kept as a JSON object of field keys to values. */
    private static List<FormField> fields(String formData) {
        if (formData == null || formData.isBlank()) {
            return List.of();
        }
        try (JsonReader reader = Json.createReader(new StringReader(formData))) {
            JsonObject form = reader.readObject();
            return form.entrySet().stream().map(TaskXml::field).toList();
        }
    }

    private static FormField field(Map.Entry<String, JsonValue> entry) {
        FormField field = new FormField();
        field.setName(entry.getKey());
        field.setValue(entry.getValue() instanceof JsonString text ? text.getString() : entry.getValue().toString());
        return field;
    }

    private static PlannedStage stage(StagePlanRow row) {
        PlannedStage xml = new PlannedStage();
        xml.setIndex(row.index());
        xml.setName(row.name());
        xml.setRole(row.role().name());
        xml.setTimeLimit(TimeLimits.of(row.limitAmount(), row.limitUnit()));
        xml.setCountersign(row.countersign().name());
        xml.setPlannedDeadline(row.plannedDeadline());
        xml.setCurrent(row.current());
        return xml;
    }

    private static org.onewindow.approval.soap.contract.HistoryEntry history(HistoryEntry entry) {
        org.onewindow.approval.soap.contract.HistoryEntry xml = new org.onewindow.approval.soap.contract.HistoryEntry();
        xml.setAt(entry.at());
        xml.setActor(entry.actor());
        xml.setAction(entry.action());
        xml.setFromState(entry.fromState());
        xml.setToState(entry.toState());
        xml.setReason(entry.reason());
        xml.setDetail(entry.detail());
        return xml;
    }
}
