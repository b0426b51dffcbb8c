package org.onewindow.acceptance.soap;

import org.onewindow.acceptance.boundary.ApplicationStatusView;
import org.onewindow.acceptance.soap.contract.ApplicationStatus;
import org.onewindow.acceptance.soap.contract.DepartmentProgress;
import org.onewindow.shared.Messages;

import java.util.Locale;

/** The public status in the WSDL's shape, each state also named in the caller's language. Nothing internal is in the view. */
final class StatusXml {

    private StatusXml() {
    }

    static ApplicationStatus of(ApplicationStatusView view, Locale locale) {
        ApplicationStatus xml = new ApplicationStatus();
        xml.setApplicationNumber(view.applicationNumber());
        xml.setItemCode(view.itemCode());
        xml.setItemName(view.itemName());
        xml.setLeadDepartment(view.leadDepartment());
        xml.setStatus(view.status().name());
        xml.setStatusText(Messages.text(locale, "enum.ApplicationStatus." + view.status().name()));
        xml.setSubmittedAt(view.submittedAt());
        xml.setAcceptedAt(view.acceptedAt());
        xml.setPromisedDate(view.promisedDate());
        xml.setDecidedAt(view.decidedAt());
        xml.setReason(view.reason());
        xml.getCorrection().addAll(view.corrections());
        view.departments().forEach(d -> {
            DepartmentProgress progress = new DepartmentProgress();
            progress.setDepartment(d.department());
            progress.setPart(d.part().name());
            progress.setStatus(d.status().name());
            progress.setStatusText(Messages.text(locale, "enum.SubApplicationStatus." + d.status().name()));
            progress.setStage(d.stage());
            progress.setDeadline(d.deadline());
            progress.setPlannedResumption(d.plannedResumption());
            progress.setDecidedAt(d.decidedAt());
            progress.setRemark(d.remark());
            xml.getDepartment().add(progress);
        });
        return xml;
    }
}
