package org.onewindow.platform.soap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.xml.ws.WebServiceContext;
import jakarta.xml.ws.handler.MessageContext;
import org.onewindow.shared.Messages;

import java.util.Locale;

/** The caller's language from the HTTP header Accept-Language, as REST reads it: English if asked for first, Chinese otherwise. */
public final class SoapLanguage {

    private SoapLanguage() {
    }

    public static Locale of(WebServiceContext context) {
        Object request = context == null ? null : context.getMessageContext().get(MessageContext.SERVLET_REQUEST);
        return request instanceof HttpServletRequest http ? of(http) : Messages.supported(null);
    }

    public static Locale of(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            // the servlet container would answer with the server's default locale
            return Messages.supported(null);
        }
        Locale first = request.getLocales().nextElement();
        return Messages.supported("*".equals(first.toString()) ? null : first);
    }
}
