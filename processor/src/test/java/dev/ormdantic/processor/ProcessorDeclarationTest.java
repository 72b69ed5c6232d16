package dev.ormdantic.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How build tools find the processor: the {@code ServiceLoader} declaration javac reads, and the Gradle declaration of
 * incremental processing, read the way Gradle reads it ({@code #} comments, one {@code class,category} a line, no
 * spaces around the comma).
 */
class ProcessorDeclarationTest {

    private static final String SERVICES = "META-INF/services/javax.annotation.processing.Processor";
    private static final String GRADLE = "META-INF/gradle/incremental.annotation.processors";

    @Test
    void gradleKnowsEveryProcessorAsAggregating() throws IOException {
        Map<String, String> categories = new LinkedHashMap<>();
        for (String line : lines(GRADLE)) {
            String[] parts = line.split(",", -1);
            assertWithMessage("line of %s: %s", GRADLE, line).that(parts).hasLength(2);
            categories.put(parts[0], parts[1]);
        }
        // the table index is one file from every @Table record: an isolating processor may write a file from one
        assertThat(categories).containsExactly(OrmdanticProcessor.class.getName(), "aggregating");
        assertThat(lines(SERVICES)).containsExactlyElementsIn(categories.keySet());
    }

    @Test
    void aggregatingProcessingCanReadTheAnnotationsFromClassFiles() throws ClassNotFoundException {
        // Gradle hands an aggregating processor the unchanged @Table types as class files, where an annotation of
        // SOURCE retention is gone; it falls back to a full recompilation when a processed annotation has it
        for (String name : new OrmdanticProcessor().getSupportedAnnotationTypes()) {
            Retention retention = Class.forName(name).getAnnotation(Retention.class);
            assertWithMessage("retention of %s", name).that(retention).isNotNull();
            assertWithMessage("retention of %s", name).that(retention.value()).isNotEqualTo(RetentionPolicy.SOURCE);
        }
    }

    private static List<String> lines(String resource) throws IOException {
        URL url = OrmdanticProcessor.class.getClassLoader().getResource(resource);
        assertWithMessage("resource %s", resource).that(url).isNotNull();
        List<String> lines = new ArrayList<>();
        try (InputStream in = url.openStream()) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                int comment = line.indexOf('#');
                String entry = (comment >= 0 ? line.substring(0, comment) : line).strip();
                if (!entry.isEmpty()) {
                    lines.add(entry);
                }
            }
        }
        return lines;
    }
}
