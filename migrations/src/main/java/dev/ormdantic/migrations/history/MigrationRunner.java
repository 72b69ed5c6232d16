package dev.ormdantic.migrations.history;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Flavor;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.migrations.MigrationException;
import dev.ormdantic.migrations.file.Allowance;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationFiles;
import dev.ormdantic.migrations.file.Script;
import dev.ormdantic.migrations.file.Statements;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Runs one migration in one direction on the migrator's connection, under its lock. PostgreSQL and SQLite run it in
 * one transaction, with a savepoint so that a failure is rolled back and then recorded in the same transaction. The
 * other dialects run one statement per recorded step: the history row is written dirty before the first statement
 * and its {@code steps_completed} raised after each, so a failure leaves exactly how far it got, and a run after
 * {@code repair} resumes after the last completed statement.
 */
final class MigrationRunner {

    private static final ObjectMapper JSON = JsonMapper.builder().build();
    private static final String SAVEPOINT = "ormdantic_migration";

    private final Connection connection;
    private final HistoryRows rows;
    private final MigrationLock lock;
    private final DialectId dialect;
    private final Flavor flavor;
    private final Listeners listeners;
    private final String productVersion;
    private final Duration statementTimeout;
    private final boolean checkForeignKeys;
    private long statementStarted;

    MigrationRunner(
            Connection connection,
            HistoryRows rows,
            MigrationLock lock,
            DialectId dialect,
            Flavor flavor,
            Listeners listeners,
            String productVersion,
            Duration statementTimeout,
            boolean checkForeignKeys) {
        this.statementTimeout = statementTimeout;
        this.checkForeignKeys = checkForeignKeys;
        this.connection = connection;
        this.rows = rows;
        this.lock = lock;
        this.dialect = dialect;
        this.flavor = flavor;
        this.listeners = listeners;
        this.productVersion = productVersion;
    }

    /**
     * Whether a migration runs in one transaction: on PostgreSQL and SQLite, unless the server behind the dialect
     * cannot run DDL in a transaction ({@link Flavor#transactionalDdl()}: CockroachDB, YugabyteDB).
     */
    boolean transactional() {
        return transactional(dialect, flavor);
    }

    static boolean transactional(DialectId dialect, Flavor flavor) {
        return (dialect == DialectId.POSTGRESQL || dialect == DialectId.SQLITE) && flavor.transactionalDdl();
    }

    Script script(Migration migration) {
        return migration
                .script(dialect)
                .orElseThrow(() -> new MigrationException(
                        ErrorCode.MIGRATION_DIALECT_MISSING,
                        context("apply"),
                        "migration " + migration.revision() + " has no statements for " + dialect.displayName()
                                + "; it has " + migration.scripts().keySet(),
                        "generate the migration for this dialect too",
                        null));
    }

    /** Applies a migration; {@code false} when it is already applied with the same checksum. */
    boolean apply(Migration migration, boolean allowDestructive, List<HistoryEntry> history) throws SQLException {
        Script script = script(migration);
        String checksum = script.checksum();
        refuseDirty(history, "database is marked dirty from a failed migration", "run repair before applying");
        HistoryEntry existing = find(history, migration.revision());
        if (existing != null && existing.status() == HistoryStatus.APPLIED) {
            if (existing.checksum().equals(checksum)) {
                return false;
            }
            throw mismatch(migration.revision(), existing.checksum(), checksum, "applied");
        }
        if (migration.destructive() && !allowDestructive && !migration.allows(Allowance.Kind.DESTRUCTIVE)) {
            throw destructive(
                    migration,
                    "migration " + migration.revision() + " contains destructive operations",
                    "pass allowDestructive = true to apply it, or record a destructive allowance with its reason in"
                            + " the manifest");
        }
        int resumeFrom = existing != null && existing.status() == HistoryStatus.FAILED
                ? resumePoint(existing, Direction.UP, script.up())
                : 0;
        run(migration, Direction.UP, script.up(), checksum, resumeFrom);
        return true;
    }

    /** Rolls a migration back; {@code false} when it is not applied. */
    boolean rollback(Migration migration, boolean allowDestructive, List<HistoryEntry> history) throws SQLException {
        Script script = script(migration);
        String checksum = script.checksum();
        refuseDirty(history, "database is marked dirty from a failed migration", "run repair before rolling back");
        HistoryEntry existing = find(history, migration.revision());
        if (existing == null || existing.status() != HistoryStatus.APPLIED) {
            return false;
        }
        if (!script.reversible()) {
            throw new MigrationException(
                    ErrorCode.MIGRATION_ROLLBACK_UNAVAILABLE,
                    context("rollback"),
                    "rollback SQL is unavailable for migration " + migration.revision() + " on "
                            + dialect.displayName(),
                    "provide explicit down SQL or generated rollback operations",
                    null);
        }
        if (!existing.checksum().equals(checksum)) {
            throw mismatch(migration.revision(), existing.checksum(), checksum, "rolled back");
        }
        if (migration.destructiveRollback()
                && !allowDestructive
                && !migration.allows(Allowance.Kind.DESTRUCTIVE_ROLLBACK)) {
            throw destructive(
                    migration,
                    "the rollback of migration " + migration.revision() + " contains destructive operations",
                    "pass allowDestructive = true to roll it back, or record a destructive_rollback allowance with"
                            + " its reason in the manifest");
        }
        run(migration, Direction.DOWN, script.down(), checksum, resumePoint(existing, Direction.DOWN, script.down()));
        return true;
    }

    /**
     * Where a repaired failed run of this direction resumes: after its completed statements, if they are unchanged. A
     * run that failed recorded phase {@code failed}; one that was interrupted (its migrator killed, or its connection
     * lost before the failure could be recorded) is still {@code running}, and resumes after the statements it
     * recorded as completed just the same: each of those committed before it was recorded.
     */
    private int resumePoint(HistoryEntry existing, Direction direction, List<String> statements) {
        JsonNode metadata = parse(existing.metadata());
        String phase = metadata.path("phase").asText();
        if (!direction
                        .name()
                        .toLowerCase(Locale.ROOT)
                        .equals(metadata.path("direction").asText())
                || !("failed".equals(phase) || "running".equals(phase))
                || existing.stepsCompleted() == 0) {
            return 0;
        }
        int completed = existing.stepsCompleted();
        if (completed > statements.size()
                || !Statements.prefixChecksum(statements, completed)
                        .equals(metadata.path("completed_checksum").asText())) {
            throw new MigrationException(
                    ErrorCode.MIGRATION_RESUME_MISMATCH,
                    context(direction == Direction.UP ? "apply" : "rollback"),
                    "migration " + existing.revision() + " failed after " + completed + " of " + existing.stepsTotal()
                            + " statements, and those statements changed since",
                    "restore the completed statements, or repair the row after fixing the database by hand",
                    null);
        }
        return completed;
    }

    private void run(Migration migration, Direction direction, List<String> statements, String checksum, int from)
            throws SQLException {
        boolean destructive = direction == Direction.UP ? migration.destructive() : migration.destructiveRollback();
        MigrationEvent event =
                new MigrationEvent(direction, migration.revision(), dialect, statements.size(), from, destructive);
        listeners.before(event);
        HistoryStatus success = direction == Direction.UP ? HistoryStatus.APPLIED : HistoryStatus.ROLLED_BACK;
        HistoryStatus failure = direction == Direction.UP ? HistoryStatus.FAILED : HistoryStatus.APPLIED;
        long start = System.nanoTime();
        boolean transactional = transactional();
        boolean autoCommit = connection.getAutoCommit();
        if (transactional && dialect == DialectId.POSTGRESQL) {
            connection.setAutoCommit(false);
        }
        int step = from;
        try {
            if (transactional) {
                execute("SAVEPOINT " + SAVEPOINT);
            } else {
                rows.write(row(migration, checksum, failure, true, from, statements, direction, "running", null, 0));
            }
            for (; step < statements.size(); step++) {
                lock.check();
                String statement = statements.get(step);
                listeners.progress(new MigrationProgress(
                        MigrationProgress.Kind.STATEMENT_STARTED,
                        migration.revision(),
                        step + 1,
                        statements.size(),
                        statement));
                statementStarted = System.nanoTime();
                execute(statement);
                if (!transactional) {
                    rows.progress(
                            migration.revision(),
                            step + 1,
                            metadata(migration, direction, "running", statements, step + 1, null));
                }
                listeners.progress(new MigrationProgress(
                        MigrationProgress.Kind.STATEMENT_COMPLETED,
                        migration.revision(),
                        step + 1,
                        statements.size(),
                        statement));
            }
            if (checkForeignKeys) {
                checkForeignKeys(migration, direction);
            }
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            rows.write(row(
                    migration,
                    checksum,
                    success,
                    false,
                    statements.size(),
                    statements,
                    direction,
                    "completed",
                    null,
                    millis));
            if (transactional) {
                execute("RELEASE SAVEPOINT " + SAVEPOINT);
                if (dialect == DialectId.POSTGRESQL) {
                    connection.commit();
                }
            }
        } catch (SQLException | RuntimeException e) {
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            SQLException unrecorded = null;
            try {
                if (transactional) {
                    execute("ROLLBACK TO SAVEPOINT " + SAVEPOINT);
                }
                rows.write(row(
                        migration,
                        checksum,
                        failure,
                        true,
                        transactional ? 0 : step,
                        statements,
                        direction,
                        "failed",
                        e.getMessage(),
                        millis));
                if (dialect == DialectId.POSTGRESQL) {
                    connection.commit();
                }
            } catch (SQLException recording) {
                unrecorded = recording;
            }
            MigrationException failed = failed(migration, direction, step, statements.size(), e, unrecorded == null);
            if (unrecorded != null) {
                failed.addSuppressed(unrecorded);
            }
            listeners.after(new MigrationResult(event, Duration.ofMillis(millis), failed));
            throw failed;
        } finally {
            if (transactional && dialect == DialectId.POSTGRESQL) {
                try {
                    connection.setAutoCommit(autoCommit);
                } catch (SQLException e) {
                    // a dead connection; the failure is already reported
                }
            }
        }
        listeners.after(new MigrationResult(event, Duration.ofNanos(System.nanoTime() - start), null));
    }

    /**
     * SQLite with foreign keys enforced: the migration ran with them off (as SQLite's ALTER procedure says, so that a
     * table rebuild's {@code DROP TABLE} does not cascade into the rows that reference it); before the commit,
     * {@code PRAGMA foreign_key_check} must find no row whose reference points nowhere.
     */
    private void checkForeignKeys(Migration migration, Direction direction) throws SQLException {
        List<String> violations = new java.util.ArrayList<>();
        int count = 0;
        try (Statement statement = rows.statement();
                java.sql.ResultSet result = statement.executeQuery("PRAGMA foreign_key_check")) {
            while (result.next()) {
                count++;
                if (violations.size() < 5) {
                    violations.add(
                            result.getString(1) + " row " + result.getLong(2) + " references " + result.getString(3));
                }
            }
        }
        if (count > 0) {
            throw new MigrationException(
                    ErrorCode.MIGRATION_FOREIGN_KEY_VIOLATION,
                    context(direction == Direction.UP ? "apply" : "rollback"),
                    (direction == Direction.UP ? "migration " : "the rollback of migration ") + migration.revision()
                            + " left " + count + " row(s) whose foreign key points nowhere (PRAGMA"
                            + " foreign_key_check: " + String.join("; ", violations)
                            + "); its transaction was rolled back",
                    "fix the rows or the foreign key in the migration, run repair, then apply again",
                    null,
                    Outcome.NOT_APPLIED);
        }
    }

    private MigrationException failed(
            Migration migration, Direction direction, int step, int steps, Exception e, boolean recorded) {
        if (e instanceof MigrationException coded) {
            return coded;
        }
        String where = transactional()
                ? "; its transaction was rolled back"
                : "; the " + step + " statements before it stay applied";
        String unrecorded = transactional()
                ? "the failure could not be recorded either (the connection is lost), and nothing of the migration"
                        + " is applied or recorded: apply it again once the database is reachable"
                : "the failure could not be recorded (the connection is lost): the history row still says the"
                        + " migration is running, dirty, after " + step + " completed statements, and whether statement"
                        + " " + (step + 1) + " took effect is unknown; the next apply refuses and says what to"
                        + " check, then run repair and apply again";
        if (step < steps && timedOut(e)) {
            return new MigrationException(
                    ErrorCode.MIGRATION_STATEMENT_TIMEOUT,
                    context(direction == Direction.UP ? "apply" : "rollback"),
                    (direction == Direction.UP ? "migration " : "the rollback of migration ") + migration.revision()
                            + ": statement " + (step + 1) + " of " + steps + " ran longer than the statement timeout"
                            + " of " + statementTimeout.toSeconds() + " s and was cancelled" + where + ": "
                            + e.getMessage(),
                    recorded
                            ? "another connection may hold a lock on the table: find it (or raise the migrator's"
                                    + " statementTimeout), then run repair and apply again; the history row is marked"
                                    + " failed and dirty"
                            : unrecorded,
                    e,
                    transactional() ? Outcome.NOT_APPLIED : Outcome.UNKNOWN);
        }
        return new MigrationException(
                ErrorCode.MIGRATION_FAILED,
                context(direction == Direction.UP ? "apply" : "rollback"),
                (direction == Direction.UP ? "migration " : "the rollback of migration ") + migration.revision()
                        + " failed at statement " + (step + 1) + " of " + steps + where + ": " + e.getMessage(),
                recorded
                        ? "the history row is marked failed and dirty; fix the statement, run repair, then run it again"
                        : unrecorded,
                e,
                transactional() ? Outcome.NOT_APPLIED : Outcome.UNKNOWN);
    }

    HistoryEntry row(
            Migration migration,
            String checksum,
            HistoryStatus status,
            boolean dirty,
            int completed,
            List<String> statements,
            Direction direction,
            String phase,
            @Nullable String error,
            long millis) {
        return new HistoryEntry(
                migration.revision(),
                migration.description(),
                checksum,
                HistoryRows.now(),
                millis,
                status,
                dirty,
                completed,
                statements.size(),
                MigrationFiles.FORMAT,
                productVersion,
                metadata(migration, direction, phase, statements, completed, error));
    }

    private static String metadata(
            Migration migration,
            Direction direction,
            String phase,
            List<String> statements,
            int completed,
            @Nullable String error) {
        ObjectNode node = JSON.createObjectNode();
        node.put("direction", direction.name().toLowerCase(Locale.ROOT));
        node.put("phase", phase);
        node.put("completed_checksum", Statements.prefixChecksum(statements, completed));
        if (error != null) {
            node.put("error", error);
        }
        if (!migration.metadata().isEmpty()) {
            ObjectNode own = node.putObject("migration");
            migration.metadata().forEach(own::put);
        }
        return node.toString();
    }

    static JsonNode parse(String metadata) {
        try {
            JsonNode node = JSON.readTree(metadata);
            return node == null ? JSON.createObjectNode() : node;
        } catch (JacksonException e) {
            return JSON.createObjectNode();
        }
    }

    static String baselineMetadata(Map<String, String> own) {
        ObjectNode node = JSON.createObjectNode();
        node.put("direction", "up");
        node.put("phase", "baseline");
        if (!own.isEmpty()) {
            ObjectNode migration = node.putObject("migration");
            own.forEach(migration::put);
        }
        return node.toString();
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = rows.statement()) {
            statement.execute(sql);
        }
    }

    /**
     * Whether a statement failed because the statement timeout cancelled it: the driver says so
     * ({@link SQLTimeoutException}), or the database reports a cancelled statement (PostgreSQL {@code 57014}, MySQL
     * and MariaDB {@code 70100}, SQL Server {@code HYT00}, Oracle {@code ORA-01013}) after at least the timeout.
     */
    private boolean timedOut(Exception e) {
        if (!(e instanceof SQLException sql)) {
            return false;
        }
        if (sql instanceof SQLTimeoutException) {
            return true;
        }
        String state = sql.getSQLState();
        boolean cancelled = "57014".equals(state)
                || "70100".equals(state)
                || "HYT00".equals(state)
                || (sql.getErrorCode() == 1013 && dialect == DialectId.ORACLE);
        long elapsed = System.nanoTime() - statementStarted;
        return cancelled
                && elapsed
                        >= statementTimeout.toNanos() - Duration.ofMillis(100).toNanos();
    }

    static @Nullable HistoryEntry find(List<HistoryEntry> history, String revision) {
        for (HistoryEntry entry : history) {
            if (entry.revision().equals(revision)) {
                return entry;
            }
        }
        return null;
    }

    void refuseDirty(List<HistoryEntry> history, String problem, String fix) {
        for (HistoryEntry entry : history) {
            if (entry.dirty()) {
                throw new MigrationException(
                        ErrorCode.MIGRATION_HISTORY_DIRTY,
                        context("apply"),
                        problem,
                        fix + " (revision " + entry.revision() + " stopped after " + entry.stepsCompleted() + " of "
                                + entry.stepsTotal() + " statements" + interrupted(entry) + ")",
                        null);
            }
        }
    }

    /**
     * What a dirty row still marked {@code running} means: its migrator stopped (was killed, or lost its connection)
     * while running the next statement, without recording how it ended, so that statement's effect is unknown. Empty
     * for a row whose failure was recorded.
     */
    private static String interrupted(HistoryEntry entry) {
        JsonNode metadata = parse(entry.metadata());
        if (!"running".equals(metadata.path("phase").asText()) || entry.stepsCompleted() >= entry.stepsTotal()) {
            return "";
        }
        int next = entry.stepsCompleted() + 1;
        String rollback = "down".equals(metadata.path("direction").asText()) ? " rollback" : "";
        return ": its" + rollback + " run was interrupted during statement " + next + ", without recording how that"
                + " statement ended (the migrator was killed or lost its connection); "
                + switch (next) {
                    case 1 -> "no statement before it completed";
                    case 2 -> "statement 1 completed and stays applied";
                    default -> "statements 1 to " + entry.stepsCompleted() + " completed and stay applied";
                }
                + ", and statement " + next + " may or may not have taken effect: check"
                + " whether it did and undo it if so, then run repair, and applying again resumes at statement "
                + next;
    }

    MigrationException mismatch(String revision, String recorded, String requested, String verb) {
        return new MigrationException(
                ErrorCode.MIGRATION_CHECKSUM_MISMATCH,
                context("apply"),
                "revision " + revision + " already applied with checksum " + recorded + ", requested " + requested,
                "the migration was edited after it was " + verb
                        + "; revert the edit, or repair the recorded checksum if the database already matches it",
                null);
    }

    private MigrationException destructive(Migration migration, String problem, String fix) {
        return new MigrationException(
                ErrorCode.MIGRATION_DESTRUCTIVE, context("apply"), problem, fix + " (" + migration.stem() + ")", null);
    }

    ErrorContext context(String operation) {
        return new ErrorContext(
                operation, HistorySql.HISTORY_TABLE, dialect.name().toLowerCase(Locale.ROOT));
    }
}
