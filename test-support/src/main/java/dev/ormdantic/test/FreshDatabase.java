package dev.ormdantic.test;

import dev.ormdantic.Ormdantic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/** One test's database: made before the test, dropped (or deleted) after it. */
final class FreshDatabase implements AutoCloseable {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final @Nullable ServerAdmin admin;
    private final @Nullable Path directory;
    private final String name;
    private final String url;
    private @Nullable Ormdantic db;

    private FreshDatabase(@Nullable ServerAdmin admin, @Nullable Path directory, String name, String url) {
        this.admin = admin;
        this.directory = directory;
        this.name = name;
        this.url = url;
    }

    /**
     * Makes a database: an SQLite file when there is no server, else a schema or database on it.
     *
     * @param admin the server's connection, or {@code null} for SQLite
     * @return the database, empty
     */
    static FreshDatabase create(@Nullable ServerAdmin admin) {
        String name = "ormdantic_test_" + HexFormat.of().formatHex(RANDOM.generateSeed(8));
        if (admin == null) {
            try {
                Path directory = Files.createTempDirectory("ormdantic-test");
                return new FreshDatabase(null, directory, name, "sqlite:" + directory.resolve(name + ".db"));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a temporary directory for the test's SQLite file", e);
            }
        }
        String dialect = admin.dialect();
        switch (dialect) {
            case "postgresql" -> admin.execute("CREATE SCHEMA " + name);
            case "mysql", "mariadb" -> admin.execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
            default ->
                throw new ExtensionConfigurationException("a database of its own per test is made on SQLite,"
                        + " PostgreSQL, MySQL and MariaDB, not on " + dialect + ": run these tests on one of those,"
                        + " or open the " + dialect + " database in the test itself");
        }
        return new FreshDatabase(admin, null, name, TestUrls.inNamespace(admin.url(), dialect, name));
    }

    /** The URL of this database. */
    String url() {
        return url;
    }

    void opened(Ormdantic db) {
        this.db = db;
    }

    /** The database, opened on {@link #url()}. */
    Ormdantic db() {
        return Objects.requireNonNull(db, "not opened");
    }

    @Override
    public void close() {
        try {
            if (db != null) {
                db.close();
            }
        } finally {
            if (admin != null) {
                admin.execute(
                        admin.dialect().equals("postgresql")
                                ? "DROP SCHEMA IF EXISTS " + name + " CASCADE"
                                : "DROP DATABASE IF EXISTS " + name);
            }
            if (directory != null) {
                delete(directory);
            }
        }
    }

    private static void delete(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            List<Path> all = files.sorted(Comparator.reverseOrder()).toList();
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the test's SQLite directory " + directory, e);
        }
    }
}
