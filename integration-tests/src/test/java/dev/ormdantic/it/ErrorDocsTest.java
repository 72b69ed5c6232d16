package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.ErrorCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/errors.md lists every run-time code of the catalog. */
class ErrorDocsTest {

    @Test
    void everyRuntimeCodeIsDocumented() throws IOException {
        String docs = Files.readString(Path.of("..", "docs", "errors.md"), StandardCharsets.UTF_8);
        for (ErrorCode code : ErrorCode.values()) {
            String tag = code.id();
            assertTrue(docs.contains("| " + tag + " |"), tag + " (" + code.name() + ") is missing from docs/errors.md");
        }
    }
}
