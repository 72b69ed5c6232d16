package dev.ormdantic.spring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Migrations at start-up on a new SQLite file. */
class SqliteStarterMigrationsTest extends StarterMigrationsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws IOException {
        Path file = Files.createTempFile("ormdantic-starter-migrations", ".db");
        registry.add("spring.datasource.url", () -> "jdbc:sqlite:" + file + "?foreign_keys=true");
    }
}
