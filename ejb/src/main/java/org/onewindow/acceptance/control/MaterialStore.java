package org.onewindow.acceptance.control;

import jakarta.enterprise.context.ApplicationScoped;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Material files outside the database and outside the web root, named by their SHA-256: the same
 * file handed in twice is stored once, and a stored file can be checked against its hash.
 */
@ApplicationScoped
public class MaterialStore {

    private final Path root;

    public MaterialStore() {
        this(Path.of(System.getProperty("onewindow.materials.dir",
                System.getProperty("jboss.server.data.dir", System.getProperty("java.io.tmpdir")) + "/onewindow/materials")));
    }

    public MaterialStore(Path root) {
        this.root = root;
    }

    /** Stores the bytes (if not already there) and returns their SHA-256 in hex. */
    public String store(byte[] content) {
        String hash = sha256(content);
        Path target = pathOf(hash);
        if (Files.exists(target)) {
            return hash;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), hash, ".part");
            Files.write(temporary, content);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException notOnThisFileSystem) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return hash;
        } catch (IOException failure) {
            throw new UncheckedIOException("Material could not be stored under " + root, failure);
        }
    }

    public InputStream open(String sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (IOException missing) {
            throw new UncheckedIOException("Material " + sha256 + " is missing from " + root, missing);
        }
    }

    public boolean contains(String sha256) {
        return Files.exists(pathOf(sha256));
    }

    private Path pathOf(String hash) {
        if (!hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a SHA-256: " + hash);
        }
        return root.resolve(hash.substring(0, 2)).resolve(hash.substring(2, 4)).resolve(hash);
    }

    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
