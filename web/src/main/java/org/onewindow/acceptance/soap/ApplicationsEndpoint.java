package org.onewindow.acceptance.soap;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import org.onewindow.acceptance.boundary.SubmissionReceipt;
import org.onewindow.acceptance.boundary.SubmissionService;
import org.onewindow.acceptance.boundary.SubmitCommand;
import org.onewindow.acceptance.soap.contract.Applicant;
import org.onewindow.acceptance.soap.contract.ApplicationStatus;
import org.onewindow.acceptance.soap.contract.ApplicationsPortType;
import org.onewindow.acceptance.soap.contract.Material;
import org.onewindow.acceptance.soap.contract.Receipt;
import org.onewindow.acceptance.soap.contract.RefusalFault;
import org.onewindow.application.Channel;
import org.onewindow.platform.soap.Refusals;
import org.onewindow.platform.soap.SoapLanguage;
import org.onewindow.platform.soap.contract.FormField;

import java.util.List;

/**
 * Submission and status for other government portals (WEB-INF/wsdl/applications.wsdl, /soap/applications):
 * the same session bean, the same checks and the same answers as REST's /api/applications. Materials may come as
 * MTOM/XOP attachments or inline; answers carry no binary content, so they stay plain XML (no MTOM on the way out).
 */
@WebService(serviceName = "ApplicationsService", portName = "ApplicationsPort",
        targetNamespace = "http://onewindow.gov.cn/integration/2026/12/applications",
        endpointInterface = "org.onewindow.acceptance.soap.contract.ApplicationsPortType",
        wsdlLocation = "WEB-INF/wsdl/applications.wsdl")
public class ApplicationsEndpoint implements ApplicationsPortType {

    @Inject
    SubmissionService submissions;

    @Resource
    WebServiceContext context;

    @Override
    public Receipt submitApplication(String itemCode, Applicant applicant, List<FormField> field, List<Material> material)
            throws RefusalFault {
        return Refusals.answer(context, RefusalFault::new, () -> {
            SubmissionReceipt receipt = submissions.submit(new SubmitCommand(itemCode, SubmissionXml.applicant(applicant),
                    SubmissionXml.fields(field), Channel.API, SubmissionXml.materials(material)));
            return SubmissionXml.receipt(receipt);
        });
    }

    @Override
    public ApplicationStatus getStatus(String applicationNumber, String queryCode) throws RefusalFault {
        return Refusals.answer(context, RefusalFault::new,
                () -> StatusXml.of(submissions.status(applicationNumber, queryCode), SoapLanguage.of(context)));
    }
}
