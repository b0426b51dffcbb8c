package org.onewindow.approval.soap;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import org.onewindow.approval.boundary.DepartmentWork;
import org.onewindow.approval.soap.contract.DepartmentsPortType;
import org.onewindow.approval.soap.contract.RefusalFault;
import org.onewindow.approval.soap.contract.SubApplication;
import org.onewindow.approval.soap.contract.Task;
import org.onewindow.platform.soap.Refusals;
import org.onewindow.platform.soap.SoapLanguage;

import java.util.List;

/**
 * A department's own approval system on its parts of cases (WEB-INF/wsdl/departments.wsdl, /soap/departments),
 * signed in as the department's staff: the same session bean, rules and refusals as REST's
 * /api/department/sub-applications, including the audited refusal of another department's part.
 */
@WebService(serviceName = "DepartmentsService", portName = "DepartmentsPort",
        targetNamespace = "http://onewindow.gov.cn/integration/2026/12/departments",
        endpointInterface = "org.onewindow.approval.soap.contract.DepartmentsPortType",
        wsdlLocation = "WEB-INF/wsdl/departments.wsdl")
public class DepartmentsEndpoint implements DepartmentsPortType {

    @Inject
    DepartmentWork work;

    @Resource
    WebServiceContext context;

    @Override
    public List<Task> listSubApplications() throws RefusalFault {
        return Refusals.answer(context, RefusalFault::new,
                () -> work.workList().stream().map(task -> TaskXml.of(task, SoapLanguage.of(context))).toList());
    }

    @Override
    public SubApplication getSubApplication(long id) throws RefusalFault {
        return Refusals.answer(context, RefusalFault::new, () -> TaskXml.detail(work.task(id), SoapLanguage.of(context)));
    }

    @Override
    public Task claimSubApplication(long id) throws RefusalFault {
        return Refusals.answer(context, RefusalFault::new, () -> TaskXml.of(work.claim(id), SoapLanguage.of(context)));
    }

    @Override
    public Task approveStage(long id, String opinion, Boolean internal) throws RefusalFault {
        return Refusals.answer(context, RefusalFault::new,
                () -> TaskXml.of(work.approve(id, opinion, Boolean.TRUE.equals(internal)), SoapLanguage.of(context)));
    }

    @Override
    public Task refuseSubApplication(long id, String opinion, Boolean internal) throws RefusalFault {
        return Refusals.answer(context, RefusalFault::new,
                () -> TaskXml.of(work.refuse(id, opinion, Boolean.TRUE.equals(internal)), SoapLanguage.of(context)));
    }

    @Override
    public Task returnToStage(long id, int stage, String reason) throws RefusalFault {
        return Refusals.answer(context, RefusalFault::new,
                () -> TaskXml.of(work.returnTo(id, stage, reason), SoapLanguage.of(context)));
    }
}
