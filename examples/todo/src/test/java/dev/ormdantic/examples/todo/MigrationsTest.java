package dev.ormdantic.examples.todo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.migrations.Snapshots;
import dev.ormdantic.migrations.file.AuthoredMigration;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationAuthor;
import dev.ormdantic.migrations.file.MigrationDirectory;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The committed migrations are valid and lead exactly to the models: a change to a model without its migration fails
 * here, naming the command that writes it.
 */
class MigrationsTest {

    private static final Path DIRECTORY = Path.of("src/main/resources", TodoMigrations.LOCATION);

    @Test
    void theCommittedMigrationsLeadToTheModels() {
        AuthoredMigration next = MigrationAuthor.builder(MigrationDirectory.at(DIRECTORY))
                .dialects(DialectId.SQLITE, DialectId.POSTGRESQL)
                .dryRun(true)
                .build()
                .write(Snapshots.fromClasspath(getClass().getClassLoader()), "next");
        assertTrue(
                next.noChanges(),
                () -> "the models changed without a migration: " + next.diff().summary() + "; write it with"
                        + " `ormdantic migrations create \"what changed\" --dir examples/todo/" + DIRECTORY
                        + " --classpath examples/todo/target/classes --dialect sqlite --dialect postgresql`");
    }

    @Test
    void theDirectoryHoldsTheFirstMigrationForBothDialects() {
        List<Migration> migrations = MigrationDirectory.at(DIRECTORY).migrations();
        assertEquals(
                List.of("0001"), migrations.stream().map(Migration::revision).toList());
        assertEquals("create todo tables", migrations.getFirst().description());
    }
}
