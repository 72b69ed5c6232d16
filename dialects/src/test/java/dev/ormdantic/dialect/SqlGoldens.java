package dev.ormdantic.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Golden files for rendered SQL: {@code src/test/resources/goldens/sql/<case>.<dialect>.sql}, compared as exact text.
 * Run with {@code -Dgoldens.update=true} to write them anew, then review the diff.
 */
final class SqlGoldens {

    private static final Path ROOT = Paths.get("src", "test", "resources", "goldens", "sql");

    private SqlGoldens() {}

    static void assertGolden(String testCase, Dialect dialect, String actual) {
        Path file = ROOT.resolve(testCase + "." + dialect.name() + ".sql");
        String text = actual.endsWith("\n") ? actual : actual + "\n";
        try {
            if (Boolean.getBoolean("goldens.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("Missing golden file " + file + "; run the build with -Dgoldens.update=true to create it, "
                        + "then review it. Rendered:\n" + text);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), text, "golden " + file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write " + file, e);
        }
    }
}
