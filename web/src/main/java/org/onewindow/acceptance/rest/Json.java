package org.onewindow.acceptance.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;

/** Strict JSON for the JSON parts of multipart requests, same rules as the JSON bodies. */
final class Json {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .setProperty("jsonb.fail-on-unknown-properties", true));

    private Json() {
    }

    static <T> T read(String text, Class<T> type) {
        return JSONB.fromJson(text, type);
    }
}
