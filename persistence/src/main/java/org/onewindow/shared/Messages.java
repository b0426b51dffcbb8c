package org.onewindow.shared;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The user-facing texts of the domain: Simplified Chinese by default, English as the second bundle.
 * The JVM's default locale is deliberately ignored so a server running in en_US still answers in Chinese.
 */
public final class Messages {

    private static final String BUNDLE = "org.onewindow.messages";
    /** Supervision's texts live in a bundle of their own (cards, urging, ratings, complaints, statistics). */
    private static final String SUPERVISION_BUNDLE = "org.onewindow.supervision";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private Messages() {
    }

    public static String text(Locale locale, String key, Object... arguments) {
        String pattern = pattern(BUNDLE, locale, key);
        if (pattern == null) {
            pattern = pattern(SUPERVISION_BUNDLE, locale, key);
        }
        if (pattern == null) {
            pattern = key;
        }
        Object[] translated = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            // enums (statuses, actions) are shown by their name in the user's language
            translated[i] = arguments[i] instanceof Enum<?> value
                    ? text(locale, "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name())
                    : arguments[i];
        }
        return new MessageFormat(pattern, supported(locale)).format(translated);
    }

    private static String pattern(String bundleName, Locale locale, String key) {
        try {
            return ResourceBundle.getBundle(bundleName, supported(locale), Messages.class.getClassLoader(), NO_FALLBACK).getString(key);
        } catch (MissingResourceException missing) {
            return null;
        }
    }

    public static String text(Locale locale, DomainException refusal) {
        return text(locale, refusal.messageKey(), refusal.arguments());
    }

    public static String text(Locale locale, FieldError error) {
        return text(locale, error.messageKey(), error.arguments().toArray());
    }

    /** English when asked for, Chinese for everything else. */
    public static Locale supported(Locale requested) {
        return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}
