package dev.ormdantic.it;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.history.LockStrategy;
import dev.ormdantic.migrations.history.MigrationListener;
import dev.ormdantic.migrations.history.MigrationProgress;
import dev.ormdantic.migrations.history.Migrator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * A migrator in a JVM of its own, for {@link InterruptedMigrationTest}: it applies {@link #five(DialectId, Duration)} to the
 * database it is given and, when statement 2 of migration {@code 0003} is about to be sent, prints {@value #HALTED}
 * and waits there for ever, so that the test can SIGKILL it with the migration half done.
 *
 * <p>Arguments: the JDBC URL, the user, the password ({@code -} for none), the dialect, the lock name, and the lock
 * strategy ({@code DEFAULT} or {@code LEASE}, whose lease then lasts 3 seconds).
 */
public final class MigratorChild {

    /** The line the child prints when it stops inside migration {@code 0003}. */
    static final String HALTED = "HALTED in 0003 before statement 2";

    /** The lease of the child's lease lock. */
    static final Duration LEASE = Duration.ofSeconds(3);

    private MigratorChild() {}

    /**
     * Runs the child.
     *
     * @param args the JDBC URL, user, password, dialect, lock name and lock strategy
     * @throws Exception when the migrator fails (the test then sees the child exit instead of halting)
     */
    public static void main(String[] args) throws Exception {
        String url = args[0];
        Properties properties = new Properties();
        properties.setProperty("user", args[1]);
        if (!args[2].equals("-")) {
            properties.setProperty("password", args[2]);
        }
        DialectId dialect = DialectId.valueOf(args[3]);
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        MigrationListener halt = new MigrationListener() {
            @Override
            public void progress(MigrationProgress progress) {
                if (progress.kind() == MigrationProgress.Kind.STATEMENT_STARTED
                        && "0003".equals(progress.revision())
                        && progress.step() == 2) {
                    out.println(HALTED);
                    try {
                        Thread.sleep(Duration.ofMinutes(5));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    throw new IllegalStateException("the test did not kill this migrator");
                }
            }
        };
        Migrator.Builder builder = Migrator.builder(() -> DriverManager.getConnection(url, properties), dialect)
                .lockName(args[4])
                .productVersion("test")
                .listener(halt);
        if (args[5].equals("LEASE")) {
            builder.lockStrategy(LockStrategy.LEASE).leaseDuration(LEASE);
        }
        out.println("applied " + builder.build().applyAll(five(dialect, Duration.ofSeconds(2)), false));
    }

    /**
     * Five migrations: two tables with a foreign key between them; then a table, a statement that only waits
     * {@code pause} on a server ({@code pg_sleep}, {@code SLEEP}; on SQLite it returns at once) and an index on that
     * table; then a column added to the first table; then one more table.
     *
     * @param dialect the dialect
     * @param pause how long statement 2 of migration {@code 0003} waits
     * @return the migrations, in order
     */
    static List<Migration> five(DialectId dialect, Duration pause) {
        String sleep = switch (dialect) {
            case POSTGRESQL -> "SELECT pg_sleep(" + pause.toMillis() / 1000.0 + ")";
            case MARIADB, MYSQL -> "SELECT SLEEP(" + pause.toMillis() / 1000.0 + ")";
            default -> "SELECT 1";
        };
        List<Migration> migrations = new ArrayList<>();
        migrations.add(migration(
                dialect,
                "0001",
                "first table",
                "CREATE TABLE mig_t1 (id INTEGER NOT NULL PRIMARY KEY, name VARCHAR(40))"));
        migrations.add(migration(
                dialect,
                "0002",
                "second table",
                "CREATE TABLE mig_t2 (id INTEGER NOT NULL PRIMARY KEY, t1_id INTEGER NOT NULL,"
                        + " CONSTRAINT mig_t2_t1 FOREIGN KEY (t1_id) REFERENCES mig_t1 (id))"));
        migrations.add(migration(
                dialect,
                "0003",
                "third table, a pause, its index",
                "CREATE TABLE mig_t3 (id INTEGER NOT NULL PRIMARY KEY, label VARCHAR(20))",
                sleep,
                "CREATE INDEX mig_t3_label ON mig_t3 (label)"));
        migrations.add(migration(dialect, "0004", "a column", "ALTER TABLE mig_t1 ADD COLUMN score INTEGER"));
        migrations.add(
                migration(dialect, "0005", "fifth table", "CREATE TABLE mig_t5 (id INTEGER NOT NULL PRIMARY KEY)"));
        return migrations;
    }

    private static Migration migration(DialectId dialect, String revision, String description, String... up) {
        return Migration.builder(revision, description)
                .createdAt(Instant.parse("2026-12-07T00:00:00Z"))
                .up(dialect, List.of(up))
                .down(dialect, List.of())
                .build();
    }
}
