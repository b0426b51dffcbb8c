package org.onewindow.platform.rest;

import java.util.List;

/** Every error the API answers: a stable code, a message in the caller's language, and the wrong fields. */
public record ErrorBody(int status, String code, String message, List<FieldMessage> errors) {

    public record FieldMessage(String field, String code, String message) {
    }
}
