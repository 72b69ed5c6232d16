package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import jakarta.validation.Validation;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Proves which version of each of the runtime's own dependencies this run tests: the newest by default, the floor of
 * the supported range under {@code -Pfloors} (see {@code .ci/floors}). Surefire passes the version the POM means;
 * the jar the class was loaded from must be that version, and the supported-versions table of
 * {@code docs/install.md} must name it as one end of the range.
 */
class LibraryVersionsTest {

    static Stream<Arguments> libraries() {
        return Stream.of(
                arguments("hikaricp", "HikariCP", HikariConfig.class),
                arguments("jackson", "jackson-databind", ObjectMapper.class),
                arguments("jakarta-validation", "jakarta.validation-api", Validation.class),
                arguments("sqlite-jdbc", "sqlite-jdbc", org.sqlite.JDBC.class));
    }

    @ParameterizedTest
    @MethodSource("libraries")
    void theClassPathHoldsTheVersionUnderTest(String property, String artifact, Class<?> type)
            throws URISyntaxException, IOException {
        String expected = System.getProperty("ormdantic.expected." + property);
        assertNotNull(expected, "surefire sets ormdantic.expected." + property);
        Path jar =
                Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertEquals(artifact + "-" + expected + ".jar", jar.getFileName().toString());

        List<String> rows = Files.readAllLines(Path.of("..", "docs", "install.md"), StandardCharsets.UTF_8).stream()
                .filter(line -> line.startsWith("| `") && line.contains(":" + artifact + "`"))
                .toList();
        assertEquals(1, rows.size(), "docs/install.md needs one supported-versions row for " + artifact);
        assertTrue(
                rows.getFirst().contains("| " + expected + " |"),
                "docs/install.md's row for " + artifact + " does not name " + expected + " as an end of its range: "
                        + rows.getFirst());
    }
}
