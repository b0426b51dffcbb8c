package org.onewindow.platform.rest;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

/** JSON that refuses fields the API does not define, so nothing slips into a request unseen. */
@Provider
public class StrictJson implements ContextResolver<Jsonb> {

    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig()
            .withFormatting(false)
            .setProperty("jsonb.fail-on-unknown-properties", true));

    /** The same rules for JSON that arrives inside a multipart part. */
    public static <T> T read(String text, Class<T> type) {
        return JSONB.fromJson(text, type);
    }

    @Override
    public Jsonb getContext(Class<?> type) {
        return JSONB;
    }
}
