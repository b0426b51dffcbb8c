package org.onewindow.platform.soap;

import jakarta.ejb.EJBAccessException;
import jakarta.xml.ws.WebServiceContext;
import org.onewindow.platform.soap.contract.FieldRefusal;
import org.onewindow.platform.soap.contract.Refusal;
import org.onewindow.platform.soap.contract.RefusalKind;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.FieldError;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.Messages;
import org.onewindow.shared.NotFoundException;
import org.onewindow.shared.PermissionDeniedException;

import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place SOAP answers a refusal: the domain's typed refusals become the WSDLs' declared fault with
 * a code, a message in the caller's language and every wrong field; anything else an internal fault with
 * an incident number, never a stack trace (the log has it).
 */
public final class Refusals {

    private static final Logger LOG = Logger.getLogger(Refusals.class.getName());

    /** The generated fault of one WSDL (each has its own class), made from a message and its detail. */
    @FunctionalInterface
    public interface Fault<F extends Exception> {
        F of(String message, Refusal refusal);
    }

    private Refusals() {
    }

    /** Runs an operation; whatever it refuses reaches the caller as the WSDL's fault. */
    public static <T, F extends Exception> T answer(WebServiceContext context, Fault<F> fault, Supplier<T> operation) throws F {
        try {
            return operation.get();
        } catch (RuntimeException failure) {
            Refusal refusal = of(failure, SoapLanguage.of(context));
            throw fault.of(refusal.getMessage(), refusal);
        }
    }

    static Refusal of(RuntimeException failure, Locale locale) {
        DomainException domain = DomainException.causeOf(failure);
        if (domain != null) {
            Refusal refusal = refusal(kindOf(domain), domain.messageKey(), Messages.text(locale, domain));
            if (domain instanceof InvalidInputException invalid) {
                for (FieldError error : invalid.errors()) {
                    FieldRefusal field = new FieldRefusal();
                    field.setName(error.field());
                    field.setCode(error.messageKey());
                    field.setMessage(Messages.text(locale, error));
                    refusal.getField().add(field);
                }
            }
            return refusal;
        }
        if (isAccessRefusal(failure)) {
            return refusal(RefusalKind.FORBIDDEN, "error.forbidden", Messages.text(locale, "error.forbidden"));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident, failure);
        Refusal refusal = refusal(RefusalKind.INTERNAL, "error.internal", Messages.text(locale, "error.internal", incident));
        refusal.setIncident(incident);
        return refusal;
    }

    public static Refusal refusal(RefusalKind kind, String code, String message) {
        Refusal refusal = new Refusal();
        refusal.setKind(kind);
        refusal.setCode(code);
        refusal.setMessage(message);
        return refusal;
    }

    private static RefusalKind kindOf(DomainException refusal) {
        if (refusal instanceof InvalidInputException) {
            return RefusalKind.INVALID_INPUT;
        }
        if (refusal instanceof NotFoundException) {
            return RefusalKind.NOT_FOUND;
        }
        if (refusal instanceof PermissionDeniedException) {
            return RefusalKind.FORBIDDEN;
        }
        // a transition the state refuses, a lost race, any other rule of the office
        return RefusalKind.CONFLICT;
    }

    private static boolean isAccessRefusal(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EJBAccessException) {
                return true;
            }
        }
        return false;
    }

}
