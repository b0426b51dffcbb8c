package org.onewindow.identity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieHandler;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a browser does in an OpenID Connect login, without the rendering: it keeps cookies per host, follows
 * redirects one by one (so a test can see each hop), sends Accept: text/html, and posts the forms of
 * Keycloak's pages back to the address their action names.
 */
final class Browser {

    /** One page as the browser ended up on it, after every redirect. */
    record Page(URI uri, int status, String body, List<URI> hops) {

        /** Whether the page has a form whose tag carries this attribute, e.g. {@code id="kc-form-login"}. */
        boolean hasForm(String attribute) {
            return formTag(attribute) != null;
        }

        /** The action of that form, as the page's HTML gives it. */
        URI formAction(String attribute) {
            String form = formTag(attribute);
            if (form == null) {
                throw new AssertionError("No form with " + attribute + " on " + uri + ":\n" + body);
            }
            Matcher action = Pattern.compile("action=\"([^\"]*)\"").matcher(form);
            if (!action.find()) {
                throw new AssertionError("The form with " + attribute + " has no action on " + uri);
            }
            return uri.resolve(unescape(action.group(1)));
        }

        /** The value of a hidden input of the page. */
        String hidden(String name) {
            Matcher input = Pattern.compile("name=\"" + Pattern.quote(name) + "\" value=\"([^\"]*)\"").matcher(body);
            if (!input.find()) {
                throw new AssertionError("No field " + name + " on " + uri);
            }
            return unescape(input.group(1));
        }

        private String formTag(String attribute) {
            Matcher form = Pattern.compile("<form[^>]*>").matcher(body);
            while (form.find()) {
                if (form.group().contains(attribute)) {
                    return form.group();
                }
            }
            return null;
        }

        /** The first link of the page whose address contains this text. */
        URI link(String part) {
            Matcher link = Pattern.compile("<a[^>]*href=\"([^\"]*" + Pattern.quote(part) + "[^\"]*)\"").matcher(body);
            if (!link.find()) {
                throw new AssertionError("No link to " + part + " on " + uri);
            }
            return uri.resolve(unescape(link.group(1)));
        }

        /** Every address the page loads in a frame (Keycloak's front-channel logout page). */
        List<URI> frames() {
            Matcher frame = Pattern.compile("<iframe[^>]*src=\"([^\"]*)\"").matcher(body);
            List<URI> sources = new ArrayList<>();
            while (frame.find()) {
                sources.add(uri.resolve(unescape(frame.group(1))));
            }
            return sources;
        }
    }

    /** What a browser asks for when it follows a link. */
    private static final String HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new LocalhostIsSecure(new CookieManager(null, CookiePolicy.ACCEPT_ALL)))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    Page open(String uri) {
        return follow(HttpRequest.newBuilder(URI.create(uri)).header("Accept", HTML).GET().build());
    }

    /** Submits the form of the page that carries this attribute with these fields, as a browser does when the user presses its button. */
    Page submit(Page page, String formAttribute, Map<String, String> fields) {
        String body = fields.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return follow(HttpRequest.newBuilder(page.formAction(formAttribute))
                .header("Accept", HTML)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A call the page's scripts would make: JSON, with the browser's cookies, no redirects followed. */
    HttpResponse<String> fetchJson(String uri) {
        return send(HttpRequest.newBuilder(URI.create(uri)).header("Accept", "application/json").GET().build());
    }

    private Page follow(HttpRequest first) {
        HttpRequest request = first;
        List<URI> hops = new ArrayList<>();
        for (int redirects = 0; redirects < 15; redirects++) {
            HttpResponse<String> response = send(request);
            hops.add(request.uri());
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                return new Page(request.uri(), status, response.body(), hops);
            }
            URI next = request.uri().resolve(response.headers().firstValue("Location").orElseThrow());
            request = HttpRequest.newBuilder(next).header("Accept", HTML).GET().build();
        }
        throw new AssertionError("Too many redirects: " + hops);
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(interrupted);
        }
    }

    /**
     * Browsers count http://localhost as a secure context and send it Secure cookies (Keycloak marks its login
     * cookies Secure; SameSite=None even over http); Java's cookie manager does so only over https.
     */
    private static final class LocalhostIsSecure extends CookieHandler {

        private final CookieHandler cookies;

        LocalhostIsSecure(CookieHandler cookies) {
            this.cookies = cookies;
        }

        @Override
        public Map<String, List<String>> get(URI uri, Map<String, List<String>> headers) throws IOException {
            return cookies.get(secure(uri), headers);
        }

        @Override
        public void put(URI uri, Map<String, List<String>> headers) throws IOException {
            cookies.put(secure(uri), headers);
        }

        private static URI secure(URI uri) {
            if (!"localhost".equals(uri.getHost()) || !"http".equals(uri.getScheme())) {
                return uri;
            }
            try {
                return new URI("https", uri.getUserInfo(), uri.getHost(), uri.getPort(), uri.getPath(), uri.getQuery(), uri.getFragment());
            } catch (URISyntaxException impossible) {
                throw new IllegalArgumentException(impossible);
            }
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&#61;", "=").replace("&quot;", "\"").replace("&#x2F;", "/");
    }
}
