package dev.ormdantic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every public type of an exported package says since which release it exists ({@code @since} in its Javadoc), so a
 * type added later cannot slip in without one.
 */
class SinceTagsTest {

    private static final Path SOURCES = Path.of("src", "main", "java", "dev", "ormdantic");
    private static final List<String> EXPORTED = List.of("", "error", "annotation", "event", "query", "support");
    private static final Pattern PUBLIC_TYPE = Pattern.compile(
            "(?m)^public\\s+(?:(?:final|abstract|sealed|non-sealed)\\s+)*(?:class|interface|record|enum|@interface)\\s+(\\w+)");
    private static final Pattern SINCE = Pattern.compile("\\* @since \\d+\\.\\d+\\.\\d+\\n");

    @Test
    void everyPublicTypeOfAnExportedPackageHasASinceTag() throws IOException {
        List<String> missing = new ArrayList<>();
        int checked = 0;
        for (String pkg : EXPORTED) {
            try (Stream<Path> files = Files.list(SOURCES.resolve(pkg))) {
                for (Path file :
                        files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    String source = Files.readString(file, StandardCharsets.UTF_8);
                    Matcher type = PUBLIC_TYPE.matcher(source);
                    if (!type.find()) {
                        continue; // package-info, or a type that is not public
                    }
                    checked++;
                    String javadoc = source.substring(0, type.start());
                    int start = javadoc.lastIndexOf("/**");
                    if (start < 0 || !SINCE.matcher(javadoc.substring(start)).find()) {
                        missing.add(file.toString());
                    }
                }
            }
        }
        assertTrue(checked > 50, "found only " + checked + " public types; is the source path right?");
        assertEquals(List.of(), missing, "add `@since <version>` to the type's Javadoc");
    }
}
