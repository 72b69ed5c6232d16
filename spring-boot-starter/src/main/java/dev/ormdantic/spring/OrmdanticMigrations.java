package dev.ormdantic.spring;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.migrations.history.Migrator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;

/**
 * Applies the pending migrations of the configured locations when the application starts
 * ({@code ormdantic.migrations.enabled=true}): the auto-configuration creates this bean before the {@code Ormdantic}
 * bean, so no application code sees the database before its schema is current. Every location is read and verified
 * whole ({@code ormdantic.sum}, checksums, order) before anything runs; the migrator's lock keeps two instances that
 * start together from applying the same migration twice. A failure stops the start-up with the migrator's coded
 * exception ({@code ORM2745} dirty history, {@code ORM2746} an edited applied migration, {@code ORM2751} a statement
 * that failed, ...), or {@code ORM2910} when a location does not exist.
 *
 * @since 0.1.0
 */
public final class OrmdanticMigrations {

    private final List<String> applied;

    /**
     * Applies the pending migrations now.
     *
     * @param dataSource the application's data source (the migrator borrows one connection at a time)
     * @param dialect the dialect, or {@code null} to read it from the database's metadata
     * @param settings the {@code ormdantic.migrations.*} settings
     * @param resources how {@code classpath:} locations are found
     * @throws dev.ormdantic.error.OrmdanticException when a location is missing or a migration cannot be applied
     */
    public OrmdanticMigrations(
            DataSource dataSource,
            @Nullable DialectId dialect,
            OrmdanticProperties.Migrations settings,
            ResourcePatternResolver resources) {
        DialectId id = dialect == null ? detect(dataSource) : dialect;
        Migrator migrator = Migrator.builder(dataSource, id)
                .lockTimeout(settings.lockTimeout())
                .lockName(settings.lockName())
                .build();
        List<String> revisions = new ArrayList<>();
        for (String location : settings.locations()) {
            Directory directory = directory(location, resources);
            try {
                revisions.addAll(migrator.applyDirectory(directory.directory(), settings.allowDestructive()));
            } finally {
                directory.cleanUp();
            }
        }
        this.applied = List.copyOf(revisions);
    }

    /**
     * The revisions this start-up applied, in order; empty when none was pending.
     *
     * @return the revisions
     */
    public List<String> applied() {
        return applied;
    }

    /** A migration directory on disk, and the copy to delete afterwards when it was copied from the class path. */
    private record Directory(
            MigrationDirectory directory, @Nullable Path copy) {

        void cleanUp() {
            if (copy == null) {
                return;
            }
            try (Stream<Path> files = Files.walk(copy)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                // a temporary copy left behind harms nothing
            }
        }
    }

    private static Directory directory(String location, ResourcePatternResolver resources) {
        String trimmed = location.strip();
        if (!trimmed.startsWith("classpath:") && !trimmed.startsWith("classpath*:")) {
            Path path = Path.of(trimmed.startsWith("file:") ? trimmed.substring("file:".length()) : trimmed);
            if (!Files.isDirectory(path)) {
                throw missing(location, "the directory " + path.toAbsolutePath() + " does not exist");
            }
            return new Directory(MigrationDirectory.at(path), null);
        }
        String base = trimmed.substring(trimmed.indexOf(':') + 1);
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        try {
            Resource[] found = resources.getResources("classpath*:" + base + "/*");
            List<Resource> files = new ArrayList<>();
            for (Resource resource : found) {
                String name = resource.getFilename();
                if (resource.isReadable() && name != null && !name.isEmpty()) {
                    files.add(resource);
                }
            }
            if (files.isEmpty()) {
                throw missing(location, "nothing is found at classpath:" + base);
            }
            Path copy = Files.createTempDirectory("ormdantic-migrations");
            for (Resource resource : files) {
                Path target = copy.resolve(String.valueOf(resource.getFilename()));
                if (Files.exists(target)) {
                    throw missing(
                            location,
                            "two class path entries hold " + resource.getFilename() + " under " + base
                                    + "; one migration directory must come from one place");
                }
                try (InputStream in = resource.getInputStream()) {
                    Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            return new Directory(MigrationDirectory.at(copy), copy);
        } catch (IOException e) {
            throw new UncheckedIOException("the migrations at " + location + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static ConfigurationException missing(String location, String problem) {
        return new ConfigurationException(
                ErrorCode.MIGRATIONS_LOCATION_MISSING,
                new ErrorContext("ormdantic.migrations", null, null),
                "ormdantic.migrations.locations names " + location + ", but " + problem,
                "point ormdantic.migrations.locations at the directory that holds ormdantic.sum, e.g."
                        + " classpath:db/migrations or file:/srv/app/migrations",
                null);
    }

    /** The dialect from the database's product name, as {@code Ormdantic.builder(DataSource)} reads it. */
    static DialectId detect(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
            String version = String.valueOf(meta.getDatabaseProductVersion()).toLowerCase(Locale.ROOT);
            if (product.contains("mariadb") || (product.contains("mysql") && version.contains("mariadb"))) {
                return DialectId.MARIADB;
            }
            if (product.contains("mysql")) {
                return DialectId.MYSQL;
            }
            if (product.contains("postgres")) {
                return DialectId.POSTGRESQL;
            }
            if (product.contains("sqlite")) {
                return DialectId.SQLITE;
            }
            if (product.contains("sql server")) {
                return DialectId.MSSQL;
            }
            if (product.contains("oracle")) {
                return DialectId.ORACLE;
            }
            throw new ConfigurationException(
                    ErrorCode.DIALECT_MISMATCH,
                    new ErrorContext("ormdantic.migrations", null, null),
                    "the database is " + meta.getDatabaseProductName() + ", which Ormdantic does not support",
                    "use SQLite, PostgreSQL, MySQL, MariaDB, SQL Server or Oracle, or set ormdantic.dialect",
                    null);
        } catch (SQLException e) {
            throw new ConnectionException(
                    ErrorCode.CONNECTION_FAILED,
                    new ErrorContext("ormdantic.migrations", null, null),
                    "no connection could be borrowed from the application's DataSource to apply migrations",
                    "check spring.datasource.*",
                    e);
        }
    }
}
