package org.onewindow.platform.soap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBException;
import org.apache.cxf.interceptor.Fault;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.AbstractPhaseInterceptor;
import org.apache.cxf.phase.Phase;
import org.onewindow.platform.soap.contract.Refusal;
import org.onewindow.platform.soap.contract.RefusalKind;
import org.onewindow.shared.Messages;

import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every SOAP fault carries a Refusal, also those the XML layer raises before an endpoint runs (malformed XML,
 * a DTD or an entity, a message that does not fit the WSDL, a request over the size limit): their text in the
 * caller's language replaces the parser's, which names classes and positions. A refusal of the caller's making is
 * a Client fault, an internal error a Server fault with an incident number. Installed for the deployment's
 * endpoints by WEB-INF/jboss-webservices.xml.
 */
public class UniformFaults extends AbstractPhaseInterceptor<Message> {

    private static final Logger LOG = Logger.getLogger(UniformFaults.class.getName());
    private static final JAXBContext REFUSAL;

    static {
        try {
            REFUSAL = JAXBContext.newInstance(Refusal.class);
        } catch (JAXBException broken) {
            throw new ExceptionInInitializerError(broken);
        }
    }

    public UniformFaults() {
        // after the declared faults' details are written (WebFaultOutInterceptor), before the SOAP fault is
        super(Phase.PRE_PROTOCOL);
        addAfter("org.apache.cxf.jaxws.interceptors.WebFaultOutInterceptor");
    }

    @Override
    public void handleMessage(Message message) {
        if (!(message.getContent(Exception.class) instanceof Fault fault)) {
            return;
        }
        Refusal declared = declaredRefusal(fault.getCause());
        if (declared != null) {
            if (declared.getKind() != RefusalKind.INTERNAL) {
                fault.setFaultCode(Fault.FAULT_CODE_CLIENT);
            }
            return;
        }
        Locale locale = language(message);
        Refusal refusal;
        if (isCallersFault(fault)) {
            refusal = tooLarge(fault)
                    ? Refusals.refusal(RefusalKind.UNREADABLE, "soap.too-large", Messages.text(locale, "soap.too-large", 20))
                    : Refusals.refusal(RefusalKind.UNREADABLE, "soap.unreadable-xml", Messages.text(locale, "soap.unreadable-xml"));
            LOG.fine(() -> "SOAP request refused before an endpoint: " + fault.getMessage());
        } else {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            LOG.log(Level.SEVERE, "Incident " + incident, fault);
            refusal = Refusals.refusal(RefusalKind.INTERNAL, "error.internal", Messages.text(locale, "error.internal", incident));
            refusal.setIncident(incident);
        }
        fault.setMessage(refusal.getMessage());
        try {
            REFUSAL.createMarshaller().marshal(refusal, fault.getOrCreateDetail());
        } catch (JAXBException broken) {
            LOG.log(Level.WARNING, "A fault's detail could not be written", broken);
        }
    }

    private static Refusal declaredRefusal(Throwable cause) {
        if (cause == null) {
            return null;
        }
        try {
            // the three WSDLs' generated faults share no type, each has getFaultInfo()
            return cause.getClass().getMethod("getFaultInfo").invoke(cause) instanceof Refusal refusal ? refusal : null;
        } catch (ReflectiveOperationException notDeclared) {
            return null;
        }
    }

    /** CXF marks what it could not read as the sender's fault; anything else failed on our side. */
    private static boolean isCallersFault(Fault fault) {
        return fault.getFaultCode() != null && fault.getFaultCode().getLocalPart().equalsIgnoreCase("client");
    }

    private static boolean tooLarge(Fault fault) {
        for (Throwable t = fault; t != null; t = t.getCause()) {
            if (t.getClass().getSimpleName().equals("RequestTooBigException")) {
                return true;
            }
        }
        return false;
    }

    /** The request of the exchange: a fault raised while reading has it only on the inbound message. */
    private static Locale language(Message message) {
        Object request = message.getContextualProperty("HTTP.REQUEST");
        if (request == null && message.getExchange() != null && message.getExchange().getInMessage() != null) {
            request = message.getExchange().getInMessage().get("HTTP.REQUEST");
        }
        return request instanceof HttpServletRequest http ? SoapLanguage.of(http) : Messages.supported(null);
    }
}
