package org.onewindow.platform.rest;

import jakarta.ws.rs.core.HttpHeaders;
import org.onewindow.shared.Messages;

import java.util.List;
import java.util.Locale;

/** The caller's language from Accept-Language: English if asked for first, Chinese otherwise. */
final class Languages {

    private Languages() {
    }

    static Locale of(HttpHeaders headers) {
        List<Locale> wanted = headers == null ? List.of() : headers.getAcceptableLanguages();
        return Messages.supported(wanted.isEmpty() || "*".equals(wanted.get(0).toString()) ? null : wanted.get(0));
    }
}
