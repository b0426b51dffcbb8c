package org.onewindow.shared;

import java.util.List;

/** One field of the caller's input and why it is refused, as a message key with arguments. */
public record FieldError(String field, String messageKey, List<Object> arguments) {

    public FieldError {
        arguments = List.copyOf(arguments);
    }

    public static FieldError of(String field, String messageKey, Object... arguments) {
        return new FieldError(field, messageKey, List.of(arguments));
    }
}
