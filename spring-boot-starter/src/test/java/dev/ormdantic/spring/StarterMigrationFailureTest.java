package dev.ormdantic.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.spring.app.StarterApp;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** A migration that fails, or a location that does not exist, stops the start-up with the coded error. */
class StarterMigrationFailureTest {

    @TempDir
    Path work;

    private ConfigurableApplicationContext start(Path database, String location) {
        return new SpringApplicationBuilder(StarterApp.class)
                .properties(
                        "spring.datasource.url=jdbc:sqlite:" + database + "?foreign_keys=true",
                        "ormdantic.migrations.enabled=true",
                        "ormdantic.migrations.locations=" + location)
                .run();
    }

    private static OrmdanticException coded(Throwable thrown) {
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof OrmdanticException coded) {
                return coded;
            }
        }
        throw new AssertionError("no OrmdanticException in the chain", thrown);
    }

    @Test
    void aBrokenMigrationStopsTheStartWithTheMigratorsError() throws Exception {
        Path directory = Files.createDirectories(work.resolve("migrations"));
        MigrationDirectory.at(directory)
                .add(Migration.builder("0001", "create kiosk")
                        .up(DialectId.SQLITE, List.of("CREATE TABLE boot_kiosk (id TEXT PRIMARY KEY)"))
                        .build());
        MigrationDirectory.at(directory)
                .add(Migration.builder("0002", "broken")
                        .dependsOn("0001")
                        .up(DialectId.SQLITE, List.of("ALTER TABLE boot_missing ADD COLUMN x INTEGER"))
                        .build());
        Path database = work.resolve("app.db");

        assertThatThrownBy(() -> start(database, "file:" + directory))
                .satisfies(thrown -> assertThat(coded(thrown).code()).isEqualTo(ErrorCode.MIGRATION_FAILED))
                .satisfies(thrown -> assertThat(coded(thrown).getMessage()).contains("0002"));

        // 0001 applied, 0002 recorded as failed and dirty: the next start-up refuses until it is repaired
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + database);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT revision, status, dirty FROM ormdantic_migrations ORDER BY revision")) {
            while (result.next()) {
                rows.add(result.getString(1) + " " + result.getString(2) + " " + result.getInt(3));
            }
        }
        assertThat(rows).containsExactly("0001 applied 0", "0002 failed 1");
        assertThatThrownBy(() -> start(database, "file:" + directory))
                .satisfies(thrown -> assertThat(coded(thrown).code()).isEqualTo(ErrorCode.MIGRATION_HISTORY_DIRTY));
    }

    @Test
    void aMissingLocationStopsTheStart() {
        assertThatThrownBy(() -> start(work.resolve("none.db"), "classpath:db/no-such-migrations"))
                .satisfies(thrown -> assertThat(coded(thrown).code()).isEqualTo(ErrorCode.MIGRATIONS_LOCATION_MISSING))
                .satisfies(
                        thrown -> assertThat(coded(thrown).getMessage()).contains("classpath:db/no-such-migrations"));
        assertThatThrownBy(() ->
                        start(work.resolve("none.db"), work.resolve("nowhere").toString()))
                .satisfies(thrown -> assertThat(coded(thrown).code()).isEqualTo(ErrorCode.MIGRATIONS_LOCATION_MISSING));
    }
}
