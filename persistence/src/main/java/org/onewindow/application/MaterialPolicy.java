package org.onewindow.application;

import org.onewindow.catalogue.MaterialRequirement;
import org.onewindow.catalogue.ServiceItem;
import org.onewindow.shared.FieldError;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an uploaded material must be: one of the item's materials, at most 20 MiB, and really a PDF,
 * JPEG or PNG as its first bytes show (the declared type alone is not trusted).
 */
public final class MaterialPolicy {

    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    public static final int MAX_FILES = 30;

    private static final Map<String, byte[]> SIGNATURES = Map.of(
            "application/pdf", new byte[]{'%', 'P', 'D', 'F', '-'},
            "image/png", new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
            "image/jpeg", new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

    private MaterialPolicy() {
    }

    /** Every problem with the files, each named by its field ("materials.<code>"). */
    public static List<FieldError> problems(ServiceItem item, List<MaterialFile> files, boolean requireAllMandatory,
                                            Set<String> alreadyPresent) {
        List<FieldError> problems = new ArrayList<>();
        if (files.size() > MAX_FILES) {
            problems.add(FieldError.of("materials", "material.too-many", MAX_FILES));
            return problems;
        }
        Set<String> seen = new HashSet<>();
        for (MaterialFile file : files) {
            String field = "materials." + file.requirementCode();
            Optional<MaterialRequirement> requirement = item.material(file.requirementCode());
            if (requirement.isEmpty()) {
                problems.add(FieldError.of(field, "material.unknown", file.requirementCode()));
                continue;
            }
            if (!seen.add(file.requirementCode())) {
                problems.add(FieldError.of(field, "material.duplicate", requirement.get().name()));
                continue;
            }
            contentProblem(file).ifPresent(key -> problems.add(FieldError.of(field, key, requirement.get().name(), MAX_FILE_BYTES / (1024 * 1024))));
        }
        if (requireAllMandatory) {
            for (MaterialRequirement requirement : item.materials()) {
                if (requirement.mandatory() && !seen.contains(requirement.code()) && !alreadyPresent.contains(requirement.code())) {
                    problems.add(FieldError.of("materials." + requirement.code(), "material.missing", requirement.name()));
                }
            }
        }
        return problems;
    }

    static Optional<String> contentProblem(MaterialFile file) {
        byte[] content = file.content();
        if (content == null || content.length == 0) {
            return Optional.of("material.empty");
        }
        if (content.length > MAX_FILE_BYTES) {
            return Optional.of("material.too-large");
        }
        if (file.fileName() == null || file.fileName().isBlank() || file.fileName().length() > 255) {
            return Optional.of("material.file-name");
        }
        byte[] signature = SIGNATURES.get(normalisedType(file.declaredType()));
        if (signature == null) {
            return Optional.of("material.type-not-allowed");
        }
        if (!startsWith(content, signature)) {
            return Optional.of("material.type-mismatch");
        }
        return Optional.empty();
    }

    public static String normalisedType(String declaredType) {
        if (declaredType == null) {
            return "";
        }
        String type = declaredType.split(";")[0].strip().toLowerCase(java.util.Locale.ROOT);
        return "image/jpg".equals(type) ? "image/jpeg" : type;
    }

    private static boolean startsWith(byte[] content, byte[] signature) {
        if (content.length < signature.length) {
            return false;
        }
        for (int i = 0; i < signature.length; i++) {
            if (content[i] != signature[i]) {
                return false;
            }
        }
        return true;
    }
}
