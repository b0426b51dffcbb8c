package org.onewindow.acceptance.rest;

import jakarta.ws.rs.core.EntityPart;
import org.onewindow.application.MaterialFile;
import org.onewindow.application.MaterialPolicy;
import org.onewindow.platform.rest.StrictJson;
import org.onewindow.shared.InvalidInputException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a multipart submission: one part named "application" (JSON) and one part per material file,
 * named "material:CODE". A file is read up to one byte past the limit, never further into memory.
 */
final class MultipartSubmission {

    static final String APPLICATION_PART = "application";
    static final String MATERIAL_PREFIX = "material:";

    private MultipartSubmission() {
    }

    static <T> T application(List<EntityPart> parts, Class<T> type) {
        EntityPart part = parts.stream().filter(p -> APPLICATION_PART.equals(p.getName())).findFirst()
                .orElseThrow(() -> InvalidInputException.of(APPLICATION_PART, "submission.application-part.required"));
        try {
            return StrictJson.read(part.getContent(String.class), type);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    static List<MaterialFile> materials(List<EntityPart> parts) {
        List<MaterialFile> files = new ArrayList<>();
        for (EntityPart part : parts) {
            if (part.getName() == null || !part.getName().startsWith(MATERIAL_PREFIX)) {
                continue;
            }
            String code = part.getName().substring(MATERIAL_PREFIX.length());
            String type = part.getMediaType() == null ? null : part.getMediaType().toString();
            files.add(new MaterialFile(code, part.getFileName().orElse(code), type, bounded(part.getContent())));
        }
        return files;
    }

    private static byte[] bounded(InputStream content) {
        try (content) {
            return content.readNBytes((int) MaterialPolicy.MAX_FILE_BYTES + 1);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
