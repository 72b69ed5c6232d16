package dev.ormdantic.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quickstart does what the README says it does. */
class QuickstartTest {

    @Test
    void findsVanillaAndRefusesTheInvalidFlavor(@TempDir Path dir) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        List<String> names = Quickstart.run("sqlite:" + dir.resolve("app.sqlite3"), out);
        assertEquals(List.of("Vanilla"), names);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("Flavors rated 4 or more, by name: [Vanilla]"), printed);
        assertTrue(printed.contains("Refused an invalid flavor: [ORM"), printed);
        assertTrue(printed.contains("Rows in flavor: 2"), printed);
    }
}
