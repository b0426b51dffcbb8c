package org.onewindow.catalogue.soap;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import org.onewindow.catalogue.boundary.CatalogueService;
import org.onewindow.catalogue.soap.contract.CataloguePortType;
import org.onewindow.catalogue.soap.contract.ItemSummary;
import org.onewindow.catalogue.soap.contract.RefusalFault;
import org.onewindow.catalogue.soap.contract.ServiceGuide;
import org.onewindow.platform.soap.Refusals;

import java.util.List;

/** The catalogue for integrating systems (WEB-INF/wsdl/catalogue.wsdl, /soap/catalogue): what REST's /api/items answers. */
@WebService(serviceName = "CatalogueService", portName = "CataloguePort",
        targetNamespace = "http://onewindow.gov.cn/integration/2026/12/catalogue",
        endpointInterface = "org.onewindow.catalogue.soap.contract.CataloguePortType",
        wsdlLocation = "WEB-INF/wsdl/catalogue.wsdl")
public class CatalogueEndpoint implements CataloguePortType {

    @Inject
    CatalogueService catalogue;

    @Resource
    WebServiceContext context;

    @Override
    public List<ItemSummary> listItems() throws RefusalFault {
        return Refusals.answer(context, RefusalFault::new,
                () -> catalogue.currentItems().stream().map(CatalogueXml::summary).toList());
    }

    @Override
    public ServiceGuide getServiceGuide(String itemCode) throws RefusalFault {
        return Refusals.answer(context, RefusalFault::new, () -> CatalogueXml.guide(catalogue.guide(itemCode)));
    }
}
