package org.onewindow.notification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;

/**
 * An SMS provider's HTTP interface, in the shape most Chinese providers offer: a JSON POST of
 * {@code {"apikey", "mobile", "text", "uid"}} to one URL, answered with 2xx and, if the answer is a
 * JSON object with a {@code code}, code 0. {@code uid} is the notification's idempotency key, which
 * providers use to drop a repeated request. HTTP 400 and 422 mean the message or number was refused
 * (not retried); anything else that is not a success is retried by the queue.
 * Configured by {@code onewindow.sms.http.url} and {@code onewindow.sms.http.api-key}.
 */
@ApplicationScoped
public class HttpSmsGateway implements SmsGateway {

    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(15);
    private static final Set<Integer> REFUSED = Set.of(400, 422);

    /** Where and with which key; from the system properties unless a test gives them. */
    record Settings(URI url, String apiKey) {

        static Settings fromSystemProperties() {
            String url = System.getProperty("onewindow.sms.http.url", "");
            if (url.isBlank()) {
                throw new IllegalStateException("onewindow.sms.http.url is not set (ONEWINDOW_SMS_HTTP_URL)");
            }
            return new Settings(URI.create(url.strip()), System.getProperty("onewindow.sms.http.api-key", ""));
        }
    }

    private final Settings fixed;
    private HttpClient client;

    public HttpSmsGateway() {
        this(null);
    }

    HttpSmsGateway(Settings fixed) {
        this.fixed = fixed;
    }

    @Override
    public String name() {
        return "http";
    }

    @Override
    public void send(String mobile, String text, String idempotencyKey) {
        Settings settings = fixed != null ? fixed : Settings.fromSystemProperties();
        String body = Json.createObjectBuilder().add("apikey", settings.apiKey()).add("mobile", mobile).add("text", text)
                .add("uid", idempotencyKey).build().toString();
        HttpRequest request = HttpRequest.newBuilder(settings.url()).timeout(ANSWER_TIMEOUT)
                .header("Content-Type", "application/json; charset=utf-8").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        HttpResponse<String> response;
        try {
            response = client().send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException unreachable) {
            throw DeliveryFailedException.passing("SMS gateway " + settings.url().getHost() + " did not answer", unreachable);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw DeliveryFailedException.passing("Interrupted while sending an SMS", interrupted);
        }
        String answer = abbreviated(response.body());
        if (REFUSED.contains(response.statusCode())) {
            throw DeliveryFailedException.refused("SMS gateway refused the message: HTTP " + response.statusCode() + " " + answer, null);
        }
        if (response.statusCode() / 100 != 2 || !accepted(response.body())) {
            throw DeliveryFailedException.passing("SMS gateway did not take the message: HTTP " + response.statusCode() + " " + answer,
                    null);
        }
    }

    /** Made on first use: a server that sends no SMS over HTTP keeps no client thread. */
    private synchronized HttpClient client() {
        if (client == null) {
            client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).followRedirects(HttpClient.Redirect.NEVER).build();
        }
        return client;
    }

    /** No JSON object, or one without a code, counts as taken; a code must be 0. */
    static boolean accepted(String body) {
        if (body == null || !body.strip().startsWith("{")) {
            return true;
        }
        try (var reader = Json.createReader(new StringReader(body))) {
            JsonObject answer = reader.readObject();
            JsonValue code = answer.get("code");
            return code == null
                    || code.getValueType() == JsonValue.ValueType.NUMBER && answer.getJsonNumber("code").longValue() == 0
                    || code.getValueType() == JsonValue.ValueType.STRING && "0".equals(answer.getString("code"));
        } catch (JsonException unreadable) {
            return false;
        }
    }

    private static String abbreviated(String body) {
        if (body == null) {
            return "";
        }
        String line = body.replaceAll("\\s+", " ").strip();
        return line.length() <= 200 ? line : line.substring(0, 200) + "…";
    }
}
