package org.onewindow.platform;

import io.restassured.RestAssured;
import io.restassured.builder.MultiPartSpecBuilder;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** The deployed application as a client sees it: public calls, and calls as one of the demo accounts. */
public final class Api {

    public static final String BASE = System.getProperty("onewindow.base-url", "http://127.0.0.1:8180/onewindow");
    public static final String PASSWORD = "OneWindow#2026";

    private Api() {
    }

    public static RequestSpecification anonymous() {
        return in("zh-CN");
    }

    public static RequestSpecification in(String language) {
        return RestAssured.given().baseUri(BASE).basePath("/api").header("Accept-Language", language);
    }

    public static RequestSpecification as(String username) {
        return anonymous().auth().preemptive().basic(username, PASSWORD);
    }

    /** The calendar's answer: the deadline of a limit in working days counted from an acceptance instant. */
    public static String deadline(String acceptedAt, int workingDays) {
        return anonymous().queryParam("acceptedAt", acceptedAt).queryParam("amount", workingDays)
                .queryParam("unit", "WORKING_DAYS").get("/calendar/deadline").then().statusCode(200).extract().path("deadline");
    }

    /** Moves the test server's clock (it is started adjustable); tests that move it put it back with {@link #resetClock()}. */
    public static void travelTo(java.time.Instant now) {
        json(as("admin")).body(Map.of("now", now.toString())).put("/admin/clock").then().statusCode(200);
    }

    public static void resetClock() {
        as("admin").delete("/admin/clock").then().statusCode(200);
    }

    /** A one-page PDF as small as a real one gets. */
    public static byte[] pdf(String text) {
        return ("%PDF-1.4\n% " + text + "\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    public static byte[] png() {
        return new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'};
    }

    /** Submits multipart: the JSON application part plus one PDF per material code. */
    public static Response submit(String applicationJson, Map<String, byte[]> materials) {
        RequestSpecification request = anonymous().multiPart(new MultiPartSpecBuilder(applicationJson)
                .controlName("application").mimeType("application/json").charset(StandardCharsets.UTF_8).build());
        for (Map.Entry<String, byte[]> material : materials.entrySet()) {
            request = request.multiPart(new MultiPartSpecBuilder(material.getValue()).controlName("material:" + material.getKey())
                    .fileName(material.getKey().toLowerCase() + ".pdf").mimeType("application/pdf").build());
        }
        return request.contentType("multipart/form-data").post("/applications");
    }

    public static Map<String, byte[]> pdfs(String... codes) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String code : codes) {
            files.put(code, pdf(code));
        }
        return files;
    }

    public static RequestSpecification json(RequestSpecification request) {
        return request.contentType(ContentType.JSON);
    }
}
