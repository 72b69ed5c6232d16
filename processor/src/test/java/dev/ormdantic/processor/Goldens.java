package dev.ormdantic.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.TestInfo;

/**
 * Golden files for generated sources, one per test method: {@code src/test/resources/goldens/<TestClass>/<method>/
 * <fqcn>.java}, compared as exact text. Run with {@code -Dgoldens.update=true} to (re)write them, then review the
 * diff.
 */
final class Goldens {

    private static final Path ROOT = Path.of("src", "test", "resources", "goldens");
    private static final boolean UPDATE = Boolean.getBoolean("goldens.update");

    private Goldens() {}

    /**
     * Asserts that the compilation generated {@code fqcn} with exactly the golden text.
     *
     * @param test the running test, which names the golden's directory
     * @param compilation the compilation
     * @param fqcn the generated class
     */
    static void assertMatches(TestInfo test, Compilation compilation, String fqcn) {
        JavaFileObject file = compilation
                .generatedSourceFile(fqcn)
                .orElseThrow(() -> new AssertionError(
                        "no generated source " + fqcn + "; generated: " + compilation.generatedSourceFiles()));
        String actual = content(file);
        Path golden = ROOT.resolve(test.getTestClass().orElseThrow().getSimpleName())
                .resolve(test.getTestMethod().orElseThrow().getName())
                .resolve(fqcn + ".java");
        try {
            if (UPDATE) {
                Files.createDirectories(golden.getParent());
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(golden)) {
                fail("golden file " + golden + " is missing; create it with"
                        + " `./build -q -B -pl processor verify -Dgoldens.update=true`, then review and commit it");
            }
            assertWithMessage("generated %s differs from %s (update with -Dgoldens.update=true)", fqcn, golden)
                    .that(actual)
                    .isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String content(JavaFileObject file) {
        try {
            return file.getCharContent(true).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
