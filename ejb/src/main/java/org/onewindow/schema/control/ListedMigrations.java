package org.onewindow.schema.control;

import org.flywaydb.core.api.ResourceProvider;
import org.flywaydb.core.api.resource.LoadableResource;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

/**
 * Hands Flyway the migrations named in {@code db/migration/index.txt} instead of letting it scan the
 * class path: inside WildFly the jars are virtual files that Flyway's scanner does not read reliably.
 * A unit test keeps the index and the folder in step.
 */
final class ListedMigrations implements ResourceProvider {

    static final String FOLDER = "db/migration/";

    private final ClassLoader loader;
    private final List<LoadableResource> migrations;

    ListedMigrations(ClassLoader loader) {
        this.loader = loader;
        this.migrations = index().stream().map(name -> (LoadableResource) new Migration(name)).toList();
    }

    private List<String> index() {
        try (InputStream in = loader.getResourceAsStream(FOLDER + "index.txt")) {
            if (in == null) {
                throw new IllegalStateException("No " + FOLDER + "index.txt on the class path");
            }
            List<String> names = new ArrayList<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).forEach(names::add);
            return names;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    @Override
    public LoadableResource getResource(String name) {
        return migrations.stream().filter(m -> m.getFilename().equals(name) || m.getRelativePath().equals(name))
                .findFirst().orElse(null);
    }

    @Override
    public Collection<LoadableResource> getResources(String prefix, String[] suffixes) {
        return migrations.stream()
                .filter(m -> m.getFilename().startsWith(prefix))
                .filter(m -> Arrays.stream(suffixes).anyMatch(m.getFilename()::endsWith))
                .toList();
    }

    private final class Migration extends LoadableResource {

        private final String fileName;

        Migration(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public Reader read() {
            InputStream in = loader.getResourceAsStream(FOLDER + fileName);
            if (in == null) {
                throw new IllegalStateException("Migration " + fileName + " is listed but missing");
            }
            return new InputStreamReader(in, StandardCharsets.UTF_8);
        }

        @Override
        public String getAbsolutePath() {
            return FOLDER + fileName;
        }

        @Override
        public String getAbsolutePathOnDisk() {
            return FOLDER + fileName;
        }

        @Override
        public String getFilename() {
            return fileName;
        }

        @Override
        public String getRelativePath() {
            return fileName;
        }
    }
}
