package org.onewindow.schema;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Flyway runs exactly the migrations the index lists, so a migration missing from it would never run. */
class MigrationIndexTest {

    private static final Path FOLDER = Path.of("src/main/resources/db/migration");

    @Test
    void the_index_lists_every_migration_in_the_folder_in_version_order() throws IOException {
        List<String> listed = Files.readAllLines(FOLDER.resolve("index.txt")).stream()
                .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        List<String> present;
        try (Stream<Path> files = Files.list(FOLDER)) {
            present = files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(".sql")).sorted().toList();
        }
        assertThat(listed).containsExactlyInAnyOrderElementsOf(present);
        assertThat(listed).isSortedAccordingTo((a, b) -> Integer.compare(version(a), version(b)));
    }

    private static int version(String fileName) {
        return Integer.parseInt(fileName.substring(1, fileName.indexOf("__")));
    }
}
