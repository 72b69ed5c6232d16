package dev.ormdantic.migrations.history;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Flavor;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationDirectory;
import dev.ormdantic.migrations.file.MigrationFiles;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;

/**
 * Applies migrations to one database and keeps its history table {@code ormdantic_migrations}: apply, rollback,
 * apply a directory in order, repair, baseline, status, history and current revision. Every call that changes
 * something runs on one connection under the migrator lock ({@link LockStrategy}), so that two migrators never run at
 * once: the second waits up to the lock timeout, then sees what the first did (a migration it applied is a no-op) or
 * fails with {@code ORM2750}.
 *
 * <p>PostgreSQL and SQLite run a migration in one transaction; the other databases run its statements one step at a
 * time, recording each in the history row, so a failure leaves a dirty row that says exactly how far it got. A dirty
 * history refuses every apply and rollback until {@link #repair()}; applying the failed migration again then resumes
 * after its last completed statement (if those statements did not change), so repair and re-apply reach the same
 * schema as a clean run.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder(dataSource, DialectId.POSTGRESQL).lockTimeout(Duration.ofSeconds(10)).build();
 * List<String> applied = migrator.applyDirectory(MigrationDirectory.at(Path.of("db/migrations")), false);
 * }</pre>
 *
 * @since 0.1.0
 */
public final class Migrator {

    /** The default {@linkplain Builder#statementTimeout(Duration) statement timeout}: 10 minutes. */
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofMinutes(10);

    /** The default name of the lock. */
    public static final String DEFAULT_LOCK_NAME = "ormdantic_migration_lock";

    private final ConnectionFactory connections;
    private final DialectId dialect;
    private final @Nullable LockStrategy lockStrategy;
    private final @Nullable Flavor flavor;
    private final Duration lockTimeout;
    private final Duration leaseDuration;
    private final String lockName;
    private final Listeners listeners;
    private final String productVersion;
    private final boolean allowOutOfOrder;
    private final Duration statementTimeout;

    private Migrator(Builder builder) {
        this.statementTimeout = builder.statementTimeout;
        this.connections = builder.connections;
        this.dialect = builder.dialect;
        this.lockStrategy = builder.lockStrategy;
        this.flavor = builder.flavor;
        this.lockTimeout = builder.lockTimeout;
        this.leaseDuration = builder.leaseDuration;
        this.lockName = builder.lockName;
        this.listeners = new Listeners(builder.listeners);
        this.productVersion = builder.productVersion;
        this.allowOutOfOrder = builder.allowOutOfOrder;
    }

    /**
     * Starts a migrator on connections from a factory.
     *
     * @param connections opens the migrator's connections, which it closes
     * @param dialect the database's dialect
     * @return the builder
     */
    public static Builder builder(ConnectionFactory connections, DialectId dialect) {
        return new Builder(connections, dialect);
    }

    /**
     * Starts a migrator on connections from a data source.
     *
     * @param dataSource the data source
     * @param dialect the database's dialect
     * @return the builder
     */
    public static Builder builder(DataSource dataSource, DialectId dialect) {
        return new Builder(dataSource::getConnection, dialect);
    }

    /**
     * The dialect.
     *
     * @return the dialect
     */
    public DialectId dialect() {
        return dialect;
    }

    /**
     * Creates the history table (and, for {@link LockStrategy#LEASE}, the lease table) when missing, and upgrades an
     * older history table in place, keeping its rows: the columns it lacks are added ({@link HistorySql#addColumn}),
     * and the {@code NULL}s an older writer left are filled ({@link HistorySql#backfill()}). The seed's history table
     * (without {@code steps_completed} and {@code steps_total}) is such an older table. Every call that writes does
     * the same before its work.
     *
     * @throws MigrationException {@code ORM2754} when they cannot be created, {@code ORM2708} when an older table
     *     cannot be upgraded
     */
    public void init() {
        locked("init", (runner, rows) -> null);
    }

    /**
     * Applies a migration that does not drop or delete data, or whose manifest allows it.
     *
     * @param migration the migration
     * @return {@code true} when it ran, {@code false} when it was already applied with the same checksum
     * @throws MigrationException {@code ORM2745} when the history is dirty, {@code ORM2746} when the revision is
     *     applied with another checksum, {@code ORM2702} when it is destructive and not allowed (nothing is run or
     *     recorded), {@code ORM2751} when a statement fails (the row is left failed and dirty), {@code ORM2750} when
     *     another migrator holds the lock past the timeout
     */
    public boolean apply(Migration migration) {
        return apply(migration, false);
    }

    /**
     * Applies a migration.
     *
     * @param migration the migration
     * @param allowDestructive whether it may drop or delete data even without an allowance in its manifest
     * @return {@code true} when it ran, {@code false} when it was already applied with the same checksum
     * @throws MigrationException as {@link #apply(Migration)}
     */
    public boolean apply(Migration migration, boolean allowDestructive) {
        Boolean ran = locked("apply", (runner, rows) -> runner.apply(migration, allowDestructive, rows.read()));
        return Objects.requireNonNull(ran);
    }

    /**
     * Rolls back an applied migration with its down statements; the row is kept with status {@code rolled_back}.
     *
     * @param migration the migration
     * @param allowDestructive whether its down statements may drop or delete data without an allowance
     * @return {@code true} when it ran, {@code false} when the revision is not applied
     * @throws MigrationException {@code ORM2748} when it has no down statements for the dialect, and the errors of
     *     {@link #apply(Migration)}
     */
    public boolean rollback(Migration migration, boolean allowDestructive) {
        Boolean ran = locked("rollback", (runner, rows) -> runner.rollback(migration, allowDestructive, rows.read()));
        return Objects.requireNonNull(ran);
    }

    /**
     * Applies, in order and under one lock, every migration not yet applied. A migration already applied with another
     * checksum, one that sorts before an applied revision (unless the builder allows out-of-order migrations), or one
     * whose dependencies are not applied stops the run with a coded error; those before it stay applied.
     *
     * @param migrations the migrations, in revision order
     * @param allowDestructive whether they may drop or delete data without an allowance
     * @return the revisions applied by this call; empty when none was pending
     * @throws MigrationException {@code ORM2744}, {@code ORM2749}, and the errors of {@link #apply(Migration)}
     */
    public List<String> applyAll(List<Migration> migrations, boolean allowDestructive) {
        List<String> result = locked("apply", (runner, rows) -> {
            List<HistoryEntry> history = rows.read();
            runner.refuseDirty(
                    history, "migration history is dirty", "run repair before applying a migration directory");
            Set<String> applied = new HashSet<>();
            String newest = null;
            for (HistoryEntry entry : history) {
                if (entry.applied()) {
                    applied.add(entry.revision());
                    if (newest == null || entry.revision().compareTo(newest) > 0) {
                        newest = entry.revision();
                    }
                }
            }
            List<String> ran = new ArrayList<>();
            for (Migration migration : migrations) {
                HistoryEntry existing = MigrationRunner.find(history, migration.revision());
                if (existing != null && existing.applied()) {
                    String checksum = runner.script(migration).checksum();
                    if (!existing.checksum().equals(checksum)) {
                        throw runner.mismatch(migration.revision(), existing.checksum(), checksum, "applied");
                    }
                    continue;
                }
                if (!allowOutOfOrder && newest != null && migration.revision().compareTo(newest) < 0) {
                    throw new MigrationException(
                            ErrorCode.MIGRATION_OUT_OF_ORDER,
                            runner.context("apply"),
                            "migration " + migration.revision() + " is pending but sorts before the applied revision "
                                    + newest,
                            "give it a revision after " + newest + ", or build the migrator with allowOutOfOrder(true)",
                            null);
                }
                Set<String> missing = new TreeSet<>(migration.dependsOn());
                missing.removeAll(applied);
                if (!missing.isEmpty()) {
                    throw new MigrationException(
                            ErrorCode.MIGRATION_DEPENDENCY_MISSING,
                            runner.context("apply"),
                            "migration " + migration.revision() + " has missing dependencies: "
                                    + String.join(", ", missing),
                            "apply them first",
                            null);
                }
                if (runner.apply(migration, allowDestructive, rows.read())) {
                    ran.add(migration.revision());
                }
                applied.add(migration.revision());
            }
            return ran;
        });
        return List.copyOf(Objects.requireNonNull(result));
    }

    /**
     * Reads, verifies and applies a migration directory ({@link MigrationDirectory#migrations()}, then
     * {@link #applyAll(List, boolean)}).
     *
     * @param directory the directory
     * @param allowDestructive whether its migrations may drop or delete data without an allowance
     * @return the revisions applied by this call
     * @throws MigrationException a file error of the directory, or an error of {@link #applyAll(List, boolean)}
     */
    public List<String> applyDirectory(MigrationDirectory directory, boolean allowDestructive) {
        return applyAll(directory.migrations(), allowDestructive);
    }

    /**
     * Clears the dirty flag of every history row.
     *
     * @return how many rows changed
     */
    public int repair() {
        return repair(Repair.all());
    }

    /**
     * Repairs history rows: clears their dirty flag, sets a status or a checksum.
     *
     * @param repair what to change, and in which rows
     * @return how many rows changed
     */
    public int repair(Repair repair) {
        Integer changed = locked("repair", (runner, rows) -> {
            int count = 0;
            for (HistoryEntry entry : rows.read()) {
                if (repair.revision() != null && !entry.revision().equals(repair.revision())) {
                    continue;
                }
                boolean dirty = !repair.clearDirty() && entry.dirty();
                HistoryStatus status = repair.status() == null ? entry.status() : repair.status();
                String checksum = repair.checksum() == null ? entry.checksum() : repair.checksum();
                if (dirty != entry.dirty() || status != entry.status() || !checksum.equals(entry.checksum())) {
                    rows.write(new HistoryEntry(
                            entry.revision(),
                            entry.description(),
                            checksum,
                            HistoryRows.now(),
                            entry.executionTimeMs(),
                            status,
                            dirty,
                            entry.stepsCompleted(),
                            entry.stepsTotal(),
                            entry.artifactVersion(),
                            productVersion,
                            entry.metadata()));
                    count++;
                }
            }
            return count;
        });
        return Objects.requireNonNull(changed);
    }

    /**
     * Records the checksums of the given migrations in their history rows, for edits already reflected in the
     * database (a comment, a reformatted statement).
     *
     * @param migrations the migrations as they are now
     * @return how many rows changed
     */
    public int repairChecksums(List<Migration> migrations) {
        int changed = 0;
        for (Migration migration : migrations) {
            String checksum = migration.checksum(dialect).orElse(null);
            if (checksum != null) {
                changed += repair(new Repair(migration.revision(), null, false, checksum));
            }
        }
        return changed;
    }

    /**
     * Marks an existing database as being at a revision without running anything: records every migration up to and
     * including it as applied (those already applied with the same checksum are left alone).
     *
     * @param migrations the migrations, in revision order
     * @param revision the revision the database is at
     * @return how many rows were recorded
     * @throws IllegalArgumentException when the revision is not among the migrations
     * @throws MigrationException {@code ORM2745} when the history is dirty, {@code ORM2746} when one of them is
     *     recorded with another checksum
     */
    public int baseline(List<Migration> migrations, String revision) {
        int upTo = -1;
        for (int i = 0; i < migrations.size(); i++) {
            if (migrations.get(i).revision().equals(revision)) {
                upTo = i;
            }
        }
        if (upTo < 0) {
            throw new IllegalArgumentException("revision " + revision + " is not among the migrations");
        }
        List<Migration> marked = migrations.subList(0, upTo + 1);
        Integer recorded = locked("baseline", (runner, rows) -> {
            List<HistoryEntry> history = rows.read();
            runner.refuseDirty(history, "database is marked dirty from a failed migration", "run repair first");
            int count = 0;
            for (Migration migration : marked) {
                String checksum = runner.script(migration).checksum();
                HistoryEntry existing = MigrationRunner.find(history, migration.revision());
                if (existing != null && existing.status() == HistoryStatus.APPLIED) {
                    if (!existing.checksum().equals(checksum)) {
                        throw runner.mismatch(migration.revision(), existing.checksum(), checksum, "applied");
                    }
                    continue;
                }
                rows.write(new HistoryEntry(
                        migration.revision(),
                        migration.description(),
                        checksum,
                        HistoryRows.now(),
                        0,
                        HistoryStatus.APPLIED,
                        false,
                        0,
                        runner.script(migration).up().size(),
                        MigrationFiles.FORMAT,
                        productVersion,
                        MigrationRunner.baselineMetadata(migration.metadata())));
                count++;
            }
            return count;
        });
        return Objects.requireNonNull(recorded);
    }

    /**
     * Every history row, in the order they were last written; empty when the table does not exist (it is not
     * created).
     *
     * @return the rows
     */
    public List<HistoryEntry> history() {
        try (Connection connection = connections.open()) {
            HistoryRows rows = new HistoryRows(connection, dialect, timeoutSeconds());
            return rows.exists() ? rows.read() : List.of();
        } catch (SQLException e) {
            throw unavailable("history", e);
        }
    }

    /**
     * The state of the migrations.
     *
     * @return whether the history is dirty, the current revision, and how many are applied
     */
    public MigrationStatus status() {
        List<HistoryEntry> history = history();
        String current = null;
        int applied = 0;
        boolean dirty = false;
        for (HistoryEntry entry : history) {
            dirty |= entry.dirty();
            if (entry.applied()) {
                current = entry.revision();
                applied++;
            }
        }
        return new MigrationStatus(dirty, current, applied, history);
    }

    /**
     * The last applied revision that is not dirty.
     *
     * @return the revision, or empty when none is applied
     */
    public Optional<String> current() {
        return Optional.ofNullable(status().current());
    }

    /** Work under the lock, on the migrator's connection. */
    @FunctionalInterface
    private interface Work<T> {
        @Nullable
        T run(MigrationRunner runner, HistoryRows rows) throws SQLException;
    }

    private <T> @Nullable T locked(String operation, Work<T> work) {
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(true);
            HistoryRows rows = new HistoryRows(connection, dialect, timeoutSeconds());
            // SQLite's documented ALTER procedure: foreign keys off outside the transaction, checked before commit.
            boolean foreignKeys = dialect == DialectId.SQLITE && sqliteForeignKeys(connection);
            if (foreignKeys) {
                sqlitePragma(connection, "PRAGMA foreign_keys = OFF");
            }
            Flavor server = flavor != null ? flavor : detect(connection);
            try (MigrationLock lock = lock(connection, server)) {
                rows.ensure();
                return work.run(
                        new MigrationRunner(
                                connection,
                                rows,
                                lock,
                                dialect,
                                server,
                                listeners,
                                productVersion,
                                statementTimeout,
                                foreignKeys),
                        rows);
            } finally {
                if (foreignKeys) {
                    sqlitePragma(connection, "PRAGMA foreign_keys = ON");
                }
            }
        } catch (SQLException e) {
            throw unavailable(operation, e);
        }
    }

    private static boolean sqliteForeignKeys(Connection connection) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery("PRAGMA foreign_keys")) {
            return result.next() && result.getInt(1) == 1;
        }
    }

    private static void sqlitePragma(Connection connection, String pragma) throws SQLException {
        try (java.sql.Statement statement = connection.createStatement()) {
            statement.execute(pragma);
        }
    }

    private int timeoutSeconds() {
        return (int) Math.max(1, statementTimeout.toSeconds());
    }

    /** The server's flavor, from its version text (one query; nothing to ask SQLite, SQL Server or Oracle). */
    private Flavor detect(Connection connection) throws SQLException {
        String query = Flavor.detectionQuery(dialect);
        if (query == null) {
            return Flavor.of(dialect);
        }
        try (java.sql.Statement statement = connection.createStatement();
                java.sql.ResultSet result = statement.executeQuery(query)) {
            if (!result.next()) {
                return Flavor.of(dialect);
            }
            String version = result.getString(1);
            String extension = result.getString(2);
            return Flavor.detect(dialect, version == null ? "" : version, extension == null ? "" : extension);
        }
    }

    /**
     * The lock strategy for a server: the one set, or by default the session lock where the flavor's advisory locks
     * lock and a lease row where they do not (CockroachDB, YugabyteDB, TiDB, Vitess).
     */
    LockStrategy lockStrategy(Flavor server) {
        if (lockStrategy == null) {
            return server.advisoryLocks() || dialect == DialectId.SQLITE ? LockStrategy.SESSION : LockStrategy.LEASE;
        }
        if (lockStrategy == LockStrategy.SESSION && !server.advisoryLocks()) {
            throw new MigrationException(
                    ErrorCode.MIGRATION_UNSUPPORTED,
                    new ErrorContext(
                            "lock", HistorySql.LOCK_TABLE, dialect.name().toLowerCase(Locale.ROOT)),
                    "the migrator was told to lock with the database's session lock, but this server is "
                            + server.displayName() + ", whose advisory locks do not exclude a second migrator",
                    "leave the lock strategy unset (a lease row is then used) or set LockStrategy.LEASE",
                    null);
        }
        return lockStrategy;
    }

    private MigrationLock lock(Connection connection, Flavor server) throws SQLException {
        if (dialect == DialectId.SQLITE) {
            return SessionLock.acquire(connection, dialect, lockName, lockTimeout, listeners::lock);
        }
        return switch (lockStrategy(server)) {
            case SESSION -> SessionLock.acquire(connection, dialect, lockName, lockTimeout, listeners::lock);
            case LEASE -> {
                Connection leaseConnection = connections.open();
                try {
                    leaseConnection.setAutoCommit(true);
                    HistoryRows.ensureTable(
                            leaseConnection,
                            HistorySql.LOCK_TABLE,
                            HistorySql.createLockTable(dialect),
                            timeoutSeconds());
                    yield LeaseLock.acquire(
                            leaseConnection, dialect, lockName, lockTimeout, leaseDuration, listeners::lock);
                } catch (SQLException | RuntimeException e) {
                    leaseConnection.close();
                    throw e;
                }
            }
            case NONE -> MigrationLock.NONE;
        };
    }

    private MigrationException unavailable(String operation, SQLException e) {
        return new MigrationException(
                ErrorCode.MIGRATION_HISTORY_UNAVAILABLE,
                new ErrorContext(
                        operation, HistorySql.HISTORY_TABLE, dialect.name().toLowerCase(Locale.ROOT)),
                "the migration history could not be read or written: " + e.getMessage(),
                "check the connection and that the user may create and write " + HistorySql.HISTORY_TABLE,
                e);
    }

    /** Builds a {@link Migrator}. */
    public static final class Builder {
        private final ConnectionFactory connections;
        private final DialectId dialect;
        private @Nullable LockStrategy lockStrategy;
        private @Nullable Flavor flavor;
        private Duration lockTimeout = Duration.ofSeconds(30);
        private Duration leaseDuration = Duration.ofSeconds(60);
        private String lockName = DEFAULT_LOCK_NAME;
        private final List<MigrationListener> listeners = new ArrayList<>();
        private String productVersion = defaultVersion();
        private boolean allowOutOfOrder;
        private Duration statementTimeout = DEFAULT_STATEMENT_TIMEOUT;

        private Builder(ConnectionFactory connections, DialectId dialect) {
            this.connections = Objects.requireNonNull(connections, "connections");
            this.dialect = Objects.requireNonNull(dialect, "dialect");
        }

        private static String defaultVersion() {
            String version = Migrator.class.getPackage().getImplementationVersion();
            return version == null ? "development" : version;
        }

        /**
         * The server behind the dialect, where it is not the dialect's own (CockroachDB, YugabyteDB or Citus behind
         * PostgreSQL; TiDB or Vitess behind MySQL). By default it is detected from the server's version text at each
         * call ({@link Flavor#detect}). The flavor decides the default lock strategy and whether a migration runs in
         * one transaction ({@link Flavor#transactionalDdl()}).
         *
         * @param flavor a flavor that speaks this migrator's dialect
         * @return this builder
         */
        public Builder flavor(Flavor flavor) {
            Objects.requireNonNull(flavor, "flavor");
            if (!flavor.speaks(dialect)) {
                throw option(
                        "flavor",
                        flavor.displayName() + " does not speak the " + dialect.displayName() + " dialect; choose one"
                                + " of " + speakers(dialect));
            }
            requireLockFits(lockStrategy, flavor);
            this.flavor = flavor;
            return this;
        }

        private static String speakers(DialectId dialect) {
            List<String> names = new ArrayList<>();
            for (Flavor candidate : Flavor.values()) {
                if (candidate.speaks(dialect)) {
                    names.add(candidate.name());
                }
            }
            return String.join(", ", names);
        }

        private static void requireLockFits(@Nullable LockStrategy strategy, Flavor flavor) {
            if (strategy == LockStrategy.SESSION && !flavor.advisoryLocks()) {
                throw option(
                        "lockStrategy",
                        "SESSION cannot lock on " + flavor.displayName() + ", whose advisory locks do not exclude a"
                                + " second migrator; leave it unset or use LEASE");
            }
        }

        /**
         * How one migrator at a time is ensured. By default the database's session lock
         * ({@link LockStrategy#SESSION}) where the server's flavor has advisory locks that lock, and a lease row
         * ({@link LockStrategy#LEASE}) where it does not ({@link Flavor#advisoryLocks()}).
         *
         * @param strategy the strategy; {@link LockStrategy#LEASE} is refused for SQLite
         * @return this builder
         */
        public Builder lockStrategy(LockStrategy strategy) {
            if (strategy == LockStrategy.LEASE && dialect == DialectId.SQLITE) {
                throw option("lockStrategy", "LEASE is not for SQLite, whose exclusive transaction already locks");
            }
            Objects.requireNonNull(strategy, "strategy");
            if (flavor != null) {
                requireLockFits(strategy, flavor);
            }
            this.lockStrategy = strategy;
            return this;
        }

        /**
         * How long to wait for another migrator's lock (default 30 seconds).
         *
         * @param timeout from 0 (do not wait) to one hour
         * @return this builder
         */
        public Builder lockTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.compareTo(Duration.ofHours(1)) > 0) {
                throw option("lockTimeout", "must be from 0 to 1 hour, was " + timeout);
            }
            this.lockTimeout = timeout;
            return this;
        }

        /**
         * How long one migration statement, or one read or write of the history table, may run before the database
         * cancels it (default {@link #DEFAULT_STATEMENT_TIMEOUT}, 10 minutes), with
         * {@link java.sql.Statement#setQueryTimeout(int)}. A statement blocked by another connection's lock fails
         * with {@code ORM2707} once it passes; the history row is then marked failed and dirty, as for any failed
         * statement. Raise it for statements that rewrite large tables; the lock waits have their own
         * {@link #lockTimeout(Duration)}.
         *
         * @param timeout from 1 second to 24 hours, whole seconds
         * @return this builder
         */
        public Builder statementTimeout(Duration timeout) {
            if (timeout.compareTo(Duration.ofSeconds(1)) < 0 || timeout.compareTo(Duration.ofHours(24)) > 0) {
                throw option("statementTimeout", "must be from 1 second to 24 hours, was " + timeout);
            }
            this.statementTimeout = timeout;
            return this;
        }

        /**
         * How long a lease lasts without renewal (default 60 seconds); renewed every third of it.
         *
         * @param duration from 3 seconds to one hour
         * @return this builder
         */
        public Builder leaseDuration(Duration duration) {
            if (duration.compareTo(Duration.ofSeconds(3)) < 0 || duration.compareTo(Duration.ofHours(1)) > 0) {
                throw option("leaseDuration", "must be from 3 seconds to 1 hour, was " + duration);
            }
            this.leaseDuration = duration;
            return this;
        }

        /**
         * The lock's name (default {@value #DEFAULT_LOCK_NAME}), for several independent migration sets in one
         * database.
         *
         * @param name 1 to 64 characters
         * @return this builder
         */
        public Builder lockName(String name) {
            if (name.isEmpty() || name.length() > 64) {
                throw option("lockName", "must be 1 to 64 characters");
            }
            this.lockName = name;
            return this;
        }

        /**
         * Adds a listener.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(MigrationListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * The product version recorded in history rows (default: this module's version).
         *
         * @param version the version
         * @return this builder
         */
        public Builder productVersion(String version) {
            this.productVersion = Objects.requireNonNull(version, "version");
            return this;
        }

        /**
         * Whether {@link #applyAll(List, boolean)} may apply a pending migration that sorts before an applied one
         * (default {@code false}: a merge of two branches must renumber).
         *
         * @param allow whether to allow it
         * @return this builder
         */
        public Builder allowOutOfOrder(boolean allow) {
            this.allowOutOfOrder = allow;
            return this;
        }

        /**
         * Builds the migrator; nothing is connected until a call.
         *
         * @return the migrator
         */
        public Migrator build() {
            return new Migrator(this);
        }

        private static ConfigurationException option(String name, String problem) {
            return new ConfigurationException(
                    ErrorCode.OPTION_OUT_OF_RANGE,
                    new ErrorContext("migrator", null, null),
                    "Migrator option " + name + " " + problem,
                    null,
                    null);
        }
    }
}
