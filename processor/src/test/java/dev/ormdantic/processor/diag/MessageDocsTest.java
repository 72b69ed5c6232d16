package dev.ormdantic.processor.diag;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists every compile-time code of the catalog. */
class MessageDocsTest {

    @Test
    void everyProcessorCodeIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "errors.md"), StandardCharsets.UTF_8);
        for (Message message : Message.values()) {
            assertTrue(docs.contains("| " + message.name() + " |"), message.name() + " is missing from docs/errors.md");
        }
    }
}
