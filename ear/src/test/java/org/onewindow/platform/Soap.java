package org.onewindow.platform;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SOAP endpoints as an integrating system calls them: plain SOAP 1.1 envelopes over HTTP, materials as
 * MTOM/XOP attachments, HTTP Basic as one of the demo accounts. Answers are read by local element names.
 */
public final class Soap {

    public static final String COMMON = "http://onewindow.gov.cn/integration/2026/12";
    public static final String CATALOGUE = COMMON + "/catalogue";
    public static final String APPLICATIONS = COMMON + "/applications";
    public static final String DEPARTMENTS = COMMON + "/departments";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Soap() {
    }

    public static String url(String service) {
        return Api.BASE + "/soap/" + service;
    }

    /** The body of an envelope whose prefix {@code o:} is the service's namespace. */
    public static String envelope(String namespace, String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<soapenv:Envelope xmlns:soapenv=\"http://schemas.xmlsoap.org/soap/envelope/\" xmlns:o=\"" + namespace + "\">"
                + "<soapenv:Body>" + body + "</soapenv:Body></soapenv:Envelope>";
    }

    public static Answer call(String user, String service, String language, String envelope) {
        return post(user, service, language, "text/xml; charset=UTF-8", envelope.getBytes(StandardCharsets.UTF_8));
    }

    public static Answer catalogue(String user, String body) {
        return call(user, "catalogue", "zh-CN", envelope(CATALOGUE, body));
    }

    public static Answer departments(String user, String body) {
        return call(user, "departments", "zh-CN", envelope(DEPARTMENTS, body));
    }

    public static Answer applications(String user, String language, String body) {
        return call(user, "applications", language, envelope(APPLICATIONS, body));
    }

    /** SubmitApplication with each material as an MTOM attachment (multipart/related, XOP includes). */
    public static Answer submit(String user, String language, String itemAndApplicantAndFields, Map<String, byte[]> materials) {
        StringBuilder body = new StringBuilder("<o:SubmitApplication>").append(itemAndApplicantAndFields);
        materials.forEach((code, content) -> body.append("<o:material code=\"").append(code).append("\" fileName=\"")
                .append(code.toLowerCase()).append(".pdf\" contentType=\"application/pdf\"><o:content>")
                .append("<xop:Include xmlns:xop=\"http://www.w3.org/2004/08/xop/include\" href=\"cid:").append(code)
                .append("@onewindow.test\"/></o:content></o:material>"));
        body.append("</o:SubmitApplication>");
        String boundary = "----=_OneWindowPart";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        write(out, "--" + boundary + "\r\nContent-Type: application/xop+xml; charset=UTF-8; type=\"text/xml\"\r\n"
                + "Content-Transfer-Encoding: 8bit\r\nContent-ID: <root@onewindow.test>\r\n\r\n"
                + envelope(APPLICATIONS, body.toString()) + "\r\n");
        materials.forEach((code, content) -> {
            write(out, "--" + boundary + "\r\nContent-Type: application/pdf\r\nContent-Transfer-Encoding: binary\r\n"
                    + "Content-ID: <" + code + "@onewindow.test>\r\n\r\n");
            out.writeBytes(content);
            write(out, "\r\n");
        });
        write(out, "--" + boundary + "--\r\n");
        return post(user, "applications", language, "multipart/related; type=\"application/xop+xml\"; boundary=\"" + boundary
                + "\"; start=\"<root@onewindow.test>\"; start-info=\"text/xml\"", out.toByteArray());
    }

    /** The same materials inline, base64 in the envelope, as a client without MTOM sends them. */
    public static String inlineMaterial(String code, String contentType, byte[] content) {
        return "<o:material code=\"" + code + "\" fileName=\"" + code.toLowerCase() + ".pdf\" contentType=\"" + contentType
                + "\"><o:content>" + Base64.getEncoder().encodeToString(content) + "</o:content></o:material>";
    }

    public static String applicant(String kind, String identifier, String name, String phone) {
        return "<o:applicant><o:kind>" + kind + "</o:kind><o:identifier>" + identifier + "</o:identifier><o:name>" + name
                + "</o:name><o:phone>" + phone + "</o:phone></o:applicant>";
    }

    public static String fields(Map<String, String> fields) {
        StringBuilder xml = new StringBuilder();
        fields.forEach((name, value) -> xml.append("<o:field name=\"").append(name).append("\">").append(value).append("</o:field>"));
        return xml.toString();
    }

    private static Answer post(String user, String service, String language, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url(service))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", contentType).header("SOAPAction", "\"\"")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":" + Api.PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            HttpResponse<byte[]> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Answer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        } catch (java.io.IOException | InterruptedException failed) {
            throw new AssertionError("SOAP call to " + service + " failed", failed);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    /** An HTTP answer and, when it is XML, its elements by local name. */
    public record Answer(int status, String body) {

        public Document document() {
            try {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder().parse(new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8)));
            } catch (Exception unreadable) {
                throw new AssertionError("Not XML (HTTP " + status + "): " + body, unreadable);
            }
        }

        public boolean isFault() {
            return !elements(document(), "Fault").isEmpty();
        }

        /** The text of the first element of that local name, or null. */
        public String text(String localName) {
            List<Element> found = elements(document(), localName);
            return found.isEmpty() ? null : found.get(0).getTextContent();
        }

        public List<String> texts(String localName) {
            return elements(document(), localName).stream().map(Node::getTextContent).toList();
        }

        /** A successful answer; a fault fails the test with its text. */
        public Answer ok() {
            if (status != 200 || isFault()) {
                throw new AssertionError("Expected an answer, got HTTP " + status + ": " + body);
            }
            return this;
        }

        /** The fault's wrong fields: name to message. */
        public Map<String, String> fieldMessages() {
            Map<String, String> fields = new LinkedHashMap<>();
            for (Element field : elements(document(), "field")) {
                fields.put(child(field, "name"), child(field, "message"));
            }
            return fields;
        }

        /** Each element of that local name as its children's texts by local name (one level). */
        public List<Map<String, String>> records(String localName) {
            List<Map<String, String>> records = new ArrayList<>();
            for (Element element : elements(document(), localName)) {
                Map<String, String> record = new LinkedHashMap<>();
                NodeList children = element.getChildNodes();
                for (int i = 0; i < children.getLength(); i++) {
                    if (children.item(i) instanceof Element child) {
                        record.merge(child.getLocalName(), child.getTextContent(), (a, b) -> a + "," + b);
                    }
                }
                records.add(record);
            }
            return records;
        }

        private static String child(Element parent, String localName) {
            List<Element> found = elements(parent, localName);
            return found.isEmpty() ? null : found.get(0).getTextContent();
        }

        private static List<Element> elements(Node root, String localName) {
            NodeList nodes = root instanceof Document document ? document.getElementsByTagNameNS("*", localName)
                    : ((Element) root).getElementsByTagNameNS("*", localName);
            List<Element> found = new ArrayList<>();
            for (int i = 0; i < nodes.getLength(); i++) {
                found.add((Element) nodes.item(i));
            }
            return found;
        }
    }
}
