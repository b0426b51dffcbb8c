package org.onewindow.catalogue;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/** A field of an item's own form, beside the unified form every item shares. */
@Embeddable
public class FormField {

    private String fieldKey;
    private String label;

    @Enumerated(EnumType.STRING)
    private FieldType fieldType;

    private boolean required;
    private int maxLength;
    private String pattern;

    protected FormField() {
        // for JPA
    }

    public FormField(String fieldKey, String label, FieldType fieldType, boolean required, int maxLength, String pattern) {
        if (fieldKey == null || !fieldKey.matches("[a-zA-Z][a-zA-Z0-9]{0,63}")) {
            throw new IllegalArgumentException("A field key is a letter followed by letters or digits: " + fieldKey);
        }
        if (pattern != null) {
            Pattern.compile(pattern);
        }
        this.fieldKey = fieldKey;
        this.label = Objects.requireNonNull(label, "label");
        this.fieldType = Objects.requireNonNull(fieldType, "fieldType");
        this.required = required;
        this.maxLength = maxLength > 0 ? maxLength : 200;
        this.pattern = pattern;
    }

    /** The message key of what is wrong with a value, or empty when the value is acceptable. */
    public Optional<String> problem(String value) {
        if (value == null || value.isBlank()) {
            return required ? Optional.of("form.field.required") : Optional.empty();
        }
        if (value.length() > maxLength) {
            return Optional.of("form.field.too-long");
        }
        switch (fieldType) {
            case NUMBER -> {
                if (!value.strip().matches("-?\\d{1,15}(\\.\\d{1,4})?")) {
                    return Optional.of("form.field.number");
                }
            }
            case DATE -> {
                try {
                    LocalDate.parse(value.strip());
                } catch (DateTimeParseException notADate) {
                    return Optional.of("form.field.date");
                }
            }
            case BOOLEAN -> {
                if (!value.equals("true") && !value.equals("false")) {
                    return Optional.of("form.field.boolean");
                }
            }
            case TEXT -> {
                // length and pattern below
            }
        }
        if (pattern != null && !Pattern.matches(pattern, value.strip())) {
            return Optional.of("form.field.pattern");
        }
        return Optional.empty();
    }

    public String fieldKey() {
        return fieldKey;
    }

    public String label() {
        return label;
    }

    public FieldType fieldType() {
        return fieldType;
    }

    public boolean required() {
        return required;
    }

    public int maxLength() {
        return maxLength;
    }

    public String pattern() {
        return pattern;
    }
}
