package dev.ormdantic.spring;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Migrations at start-up on the local PostgreSQL server ({@code ORMDANTIC_TEST_POSTGRES_URL}, default
 * {@code postgresql://postgres@127.0.0.1:5432/test}), whose migration tables are dropped first.
 */
class PostgresStarterMigrationsTest extends StarterMigrationsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws SQLException {
        String configured = System.getenv("ORMDANTIC_TEST_POSTGRES_URL");
        URI url = URI.create(
                configured == null || configured.isBlank() ? "postgresql://postgres@127.0.0.1:5432/test" : configured);
        String user = url.getUserInfo() == null ? "postgres" : url.getUserInfo().split(":", -1)[0];
        String jdbc =
                "jdbc:postgresql://" + url.getHost() + ":" + (url.getPort() < 0 ? 5432 : url.getPort()) + url.getPath();
        try (Connection connection = DriverManager.getConnection(jdbc, user, "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE IF EXISTS boot_flavor");
            statement.execute("DROP TABLE IF EXISTS ormdantic_migrations");
        }
        registry.add("spring.datasource.url", () -> jdbc);
        registry.add("spring.datasource.username", () -> user);
    }
}
