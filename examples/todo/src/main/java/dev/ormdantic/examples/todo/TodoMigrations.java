package dev.ormdantic.examples.todo;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.migrations.history.Migrator;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Applies the migrations kept on the class path under {@value #LOCATION} to a database, before the service opens it.
 *
 * <p>{@code MigrationDirectory} reads a directory of files, and a class path (a jar) is not one: the files that the
 * directory's {@code ormdantic.sum} lists are copied to a temporary directory first, which the migrator then verifies
 * whole (sum, checksums, order) and applies. Its history table, {@code ormdantic_migrations}, says what is applied
 * already, so a restart applies nothing.
 */
public final class TodoMigrations {

    /** Where the migrations are on the class path. */
    public static final String LOCATION = "db/migrations";

    private TodoMigrations() {}

    /**
     * Applies the pending migrations.
     *
     * @param jdbcUrl the database's JDBC URL ({@code jdbc:sqlite:...} or {@code jdbc:postgresql:...})
     * @return the revisions applied now, in order; empty when the database was up to date
     * @throws IllegalArgumentException when the URL is not a SQLite or PostgreSQL JDBC URL
     * @throws dev.ormdantic.error.OrmdanticException when a migration is invalid or fails ({@code ORM27xx})
     */
    public static List<String> apply(String jdbcUrl) {
        DialectId dialect = dialect(jdbcUrl);
        Path copy = copyFromClassPath();
        try {
            Migrator migrator = Migrator.builder(() -> DriverManager.getConnection(jdbcUrl), dialect)
                    .build();
            return migrator.applyDirectory(MigrationDirectory.at(copy), false);
        } finally {
            delete(copy);
        }
    }

    /**
     * The dialect of a JDBC URL.
     *
     * @param jdbcUrl the URL
     * @return {@link DialectId#SQLITE} or {@link DialectId#POSTGRESQL}
     * @throws IllegalArgumentException for any other URL
     */
    public static DialectId dialect(String jdbcUrl) {
        if (jdbcUrl.startsWith("jdbc:sqlite:")) {
            return DialectId.SQLITE;
        }
        if (jdbcUrl.startsWith("jdbc:postgresql:")) {
            return DialectId.POSTGRESQL;
        }
        int scheme = jdbcUrl.indexOf(':', jdbcUrl.indexOf(':') + 1);
        throw new IllegalArgumentException("the todo service runs on jdbc:sqlite:... or jdbc:postgresql:... URLs, not "
                + (scheme < 0 ? "this one" : jdbcUrl.substring(0, scheme + 1) + "..."));
    }

    private static Path copyFromClassPath() {
        try {
            Path copy = Files.createTempDirectory("todo-migrations");
            String sum = new String(resource("ormdantic.sum"), StandardCharsets.UTF_8);
            Files.writeString(copy.resolve("ormdantic.sum"), sum);
            List<String> lines = sum.lines().toList();
            for (String line : lines.subList(1, lines.size())) {
                String name = line.substring(0, line.lastIndexOf(' '));
                Files.write(copy.resolve(name), resource(name));
            }
            return copy;
        } catch (IOException e) {
            throw new UncheckedIOException("the migrations on the class path cannot be copied: " + e.getMessage(), e);
        }
    }

    private static byte[] resource(String name) throws IOException {
        String path = LOCATION + "/" + name;
        try (InputStream in = TodoMigrations.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IOException(path + " is not on the class path");
            }
            return in.readAllBytes();
        }
    }

    private static void delete(Path copy) {
        try (Stream<Path> files = Files.walk(copy)) {
            List<Path> all = new ArrayList<>(files.toList());
            all.sort(Comparator.reverseOrder());
            for (Path file : all) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // a temporary copy left behind harms nothing
        }
    }
}
