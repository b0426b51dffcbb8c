package org.onewindow.notification.control;

import org.onewindow.shared.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes what a person is told, from the bundle {@code org.onewindow.notifications}: a short SMS, and
 * an e-mail with a subject, a greeting, the same sentence, where to follow the case, and a closing.
 * Placeholders are named ({@code {number}}, {@code {item}}, …) so the facts of a request fill them
 * by name; a fact the text needs and the request lacks is a broken request.
 */
public final class NotificationTexts {

    /** Chinese SMS are billed per 67 characters and providers cut long ones; a notification stays within a few parts. */
    static final int MAX_SMS = 300;

    private static final String BUNDLE = "org.onewindow.notifications";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)}");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    /** The subject and body of the e-mail, and the SMS text. */
    public record Composed(String subject, String mailBody, String sms) {
    }

    private final String publicUrl;

    /** @param publicUrl the system's public address, such as {@code https://zwfw.th.gov.example/onewindow} */
    public NotificationTexts(String publicUrl) {
        this.publicUrl = stripTrailingSlash(Objects.requireNonNull(publicUrl, "publicUrl"));
    }

    public Composed compose(NotificationRequest request, String recipientName, Locale requested) {
        Locale locale = Messages.supported(requested);
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, locale, NotificationTexts.class.getClassLoader(), NO_FALLBACK);
        Map<String, String> values = new HashMap<>();
        request.facts().forEach((fact, value) -> values.put(fact, shown(value, locale)));
        values.put("name", recipientName);
        values.put("sign", bundle.getString("sign"));
        values.put("homeUrl", publicUrl + "/");
        if (request.applicationNumber() != null) {
            values.put("number", request.applicationNumber());
            values.put("statusUrl", publicUrl + "/status.html?number=" + request.applicationNumber());
        }

        String kind = request.kind().name();
        String text = fill(request, template(bundle, kind + ".text"), values);
        String subject = "【" + values.get("sign") + "】" + fill(request, template(bundle, kind + ".subject"), values);
        String where = request.audience() == NotificationRequest.Audience.APPLICANT ? "mail.case" : "mail.staff";
        String body = String.join("\n\n",
                fill(request, template(bundle, "mail.greeting"), values),
                text,
                fill(request, template(bundle, where), values),
                fill(request, template(bundle, "mail.closing"), values)) + "\n";
        return new Composed(subject, body, shortened("【" + values.get("sign") + "】" + text));
    }

    private static String template(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalStateException("No notification text " + key + " in " + BUNDLE, missing);
        }
    }

    private static String fill(NotificationRequest request, String template, Map<String, String> values) {
        Matcher placeholder = PLACEHOLDER.matcher(template);
        StringBuilder filled = new StringBuilder();
        while (placeholder.find()) {
            String value = values.get(placeholder.group(1));
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("A " + request.kind() + " notification needs the fact '" + placeholder.group(1)
                        + "', missing from " + request.idempotencyKey());
            }
            placeholder.appendReplacement(filled, Matcher.quoteReplacement(value.strip()));
        }
        placeholder.appendTail(filled);
        return filled.toString();
    }

    /** A date as people write it: 2026年12月3日, or 3 December 2026. Other values as they are. */
    private static String shown(String value, Locale locale) {
        if (value == null || !ISO_DATE.matcher(value).matches()) {
            return value;
        }
        LocalDate date = LocalDate.parse(value);
        return Locale.ENGLISH.equals(locale)
                ? date.format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH))
                : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    private static String shortened(String sms) {
        return sms.length() <= MAX_SMS ? sms : sms.substring(0, MAX_SMS - 1) + "…";
    }

    private static String stripTrailingSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
