package org.onewindow.platform.rest;

import jakarta.ejb.EJBAccessException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.Messages;

import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Everything that is not a domain refusal: unreadable input is the caller's 400, a missing role a
 * 403, anything else a 500 with an incident number and no stack trace (the log has it).
 */
@Provider
public class ContainerExceptionMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ContainerExceptionMapper.class.getName());

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(Exception failure) {
        Locale locale = Languages.of(headers);
        DomainException domain = DomainException.causeOf(failure);
        if (domain != null) {
            return DomainExceptionMapper.response(domain, locale);
        }
        if (failure instanceof EJBAccessException || failure.getCause() instanceof EJBAccessException) {
            return body(403, "error.forbidden", Messages.text(locale, "error.forbidden"));
        }
        if (failure instanceof NotFoundException) {
            return body(404, "error.no-such-resource", Messages.text(locale, "error.no-such-resource"));
        }
        if (isUnreadableInput(failure)) {
            return body(400, "error.unreadable-input", Messages.text(locale, "error.unreadable-input"));
        }
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            return body(status, "error.http-" + status, Messages.text(locale, "error.request-refused", status));
        }
        String incident = UUID.randomUUID().toString().substring(0, 8);
        LOG.log(Level.SEVERE, "Incident " + incident, failure);
        return body(500, "error.internal", Messages.text(locale, "error.internal", incident));
    }

    private static boolean isUnreadableInput(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException
                    || t instanceof jakarta.ws.rs.BadRequestException || t instanceof jakarta.ws.rs.ProcessingException
                    || t instanceof jakarta.ws.rs.NotSupportedException) {
                return true;
            }
        }
        return false;
    }


    private static Response body(int status, String code, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(status, code, message, List.of())).build();
    }
}
