package org.onewindow.shared;

import java.util.List;

/** The caller's input breaks one or more rules; every broken field is listed, not just the first. */
public class InvalidInputException extends DomainException {

    private final transient List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super("error.invalid-input", errors.size());
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("An invalid input needs at least one field error");
        }
        this.errors = List.copyOf(errors);
    }

    public static InvalidInputException of(String field, String messageKey, Object... arguments) {
        return new InvalidInputException(List.of(FieldError.of(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
