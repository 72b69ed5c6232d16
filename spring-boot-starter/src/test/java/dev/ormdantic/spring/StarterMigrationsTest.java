package dev.ormdantic.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.spring.app.StarterApp;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A Spring Boot application that applies its migrations at start-up ({@code ormdantic.migrations.enabled}) from a
 * class path directory ({@code src/test/resources/db/ormdantic-migrations}: 0001 creates {@code boot_flavor}, 0002
 * inserts a row). Run on SQLite and PostgreSQL by the subclasses, each on a database without the tables.
 */
@SpringBootTest(
        classes = StarterApp.class,
        properties = {
            "ormdantic.migrations.enabled=true",
            "ormdantic.migrations.locations=classpath:db/ormdantic-migrations"
        })
abstract class StarterMigrationsTest {

    @Autowired
    OrmdanticMigrations migrations;

    @Autowired
    Ormdantic ormdantic;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void thePendingMigrationsWereAppliedBeforeTheDatabaseWasHandedOut() {
        assertThat(migrations.applied()).containsExactly("0001", "0002");
        List<Map<String, @Nullable Object>> history = jdbc.queryForList(
                "SELECT revision, status, dirty, steps_completed FROM ormdantic_migrations" + " ORDER BY revision");
        assertThat(history)
                .extracting(row -> row.get("revision") + " " + row.get("status") + " dirty=" + row.get("dirty")
                        + " steps=" + row.get("steps_completed"))
                .containsExactly("0001 applied dirty=0 steps=1", "0002 applied dirty=0 steps=1");
        assertThat(jdbc.queryForObject("SELECT name FROM boot_flavor WHERE id = 'vanilla'", String.class))
                .isEqualTo("Vanilla");
        assertThat(ormdantic.isClosed()).isFalse();
    }
}
