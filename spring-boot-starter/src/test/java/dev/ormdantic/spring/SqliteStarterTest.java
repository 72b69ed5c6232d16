package dev.ormdantic.spring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The starter on an SQLite file, foreign keys enforced through the URL. */
class SqliteStarterTest extends StarterTransactionsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempFile("ormdantic-starter", ".db");
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file + "?foreign_keys=true");
    }

    @Override
    String dialect() {
        return "sqlite";
    }
}
