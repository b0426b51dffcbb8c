package org.onewindow.platform.rest;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.onewindow.shared.PermissionDeniedException;
import org.onewindow.shared.DomainException;
import org.onewindow.shared.InvalidInputException;
import org.onewindow.shared.Messages;
import org.onewindow.shared.NotFoundException;

import java.util.List;
import java.util.Locale;

/** Translates the domain's refusals, once, into HTTP statuses and messages in the caller's language. */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<DomainException> {

    @Context
    HttpHeaders headers;

    @Override
    public Response toResponse(DomainException refusal) {
        return response(refusal, Languages.of(headers));
    }

    static Response response(DomainException refusal, Locale locale) {
        int status = statusOf(refusal);
        List<ErrorBody.FieldMessage> fields = refusal instanceof InvalidInputException invalid
                ? invalid.errors().stream().map(e -> new ErrorBody.FieldMessage(e.field(), e.messageKey(),
                Messages.text(locale, e))).toList()
                : List.of();
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(new ErrorBody(status, refusal.messageKey(), Messages.text(locale, refusal), fields)).build();
    }

    static int statusOf(DomainException refusal) {
        if (refusal instanceof InvalidInputException) {
            return 400;
        }
        if (refusal instanceof NotFoundException) {
            return 404;
        }
        if (refusal instanceof PermissionDeniedException) {
            return 403;
        }
        // a transition the state refuses, a lost race, any other rule of the office: a conflict with the case
        return 409;
    }
}
