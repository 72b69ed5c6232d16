package dev.ormdantic.it;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.dialect.DialectId;
import java.util.function.Consumer;

/** The application's own pool on a test's database, as a Spring or Micronaut application would configure it. */
final class ApplicationDataSources {

    private ApplicationDataSources() {}

    /**
     * A HikariCP pool on the test's database: SQLite with foreign keys enforced, as Ormdantic requires of it.
     *
     * @param database the test's database (SQLite, PostgreSQL, MariaDB or the MySQL dialect; the others skip)
     * @param settings further settings
     * @return the pool, to be closed by the test
     */
    static HikariDataSource hikari(TestDatabase database, Consumer<HikariConfig> settings) {
        Backend backend = database.backend();
        assumeTrue(backend != Backend.MSSQL && backend != Backend.ORACLE, "no plain JDBC URL for " + backend);
        HikariConfig config = new HikariConfig();
        config.setPoolName("application-" + backend.label());
        config.setJdbcUrl(database.jdbcUrl());
        config.setDataSourceProperties(database.jdbcProperties());
        if (backend == Backend.SQLITE) {
            config.addDataSourceProperty("foreign_keys", "true");
        }
        settings.accept(config);
        return new HikariDataSource(config);
    }

    /** The dialect of a backend. */
    static DialectId dialect(Backend backend) {
        return DialectId.valueOf(backend.name());
    }
}
