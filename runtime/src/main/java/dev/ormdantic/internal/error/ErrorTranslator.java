package dev.ormdantic.internal.error;

import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.ConstraintViolationException;
import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ForeignKeyViolationException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.error.TransactionConflictException;
import java.sql.SQLException;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Turns a driver's {@link SQLException} into the {@link OrmdanticException} a user can act on, using the dialect's
 * {@link ErrorRules} to tell what it means. Driver messages pass through the {@link Redactor} first, and the exception
 * keeps a redacted copy of the driver's exception as its cause, never the original.
 */
public final class ErrorTranslator {

    /** How to go on after a statement that may fail, inside a PostgreSQL transaction. */
    private static final String ABORTED_FIX = "to go on after a statement that may fail, run it inside"
            + " tx.savepoint(sp -> ...), which rolls back to the savepoint when it fails and keeps the transaction"
            + " usable; otherwise let the first failure end the transaction";

    /** Enough to reach the driver's exception under a pool's; bounded against cyclic causes. */
    private static final int MAX_CAUSES = 10;

    private final ErrorRules rules;
    private final Redactor redactor;

    /**
     * Creates a translator.
     *
     * @param rules the dialect's classification rules
     * @param redactor hides secrets in driver messages
     */
    public ErrorTranslator(ErrorRules rules, Redactor redactor) {
        this.rules = rules;
        this.redactor = redactor;
    }

    /**
     * This translator, also hiding the values a raw SQL statement bound from every message it makes (see
     * {@link Redactor#hidingValues}).
     *
     * @param texts the values' texts
     * @return the translator
     */
    public ErrorTranslator hidingValues(java.util.List<String> texts) {
        return new ErrorTranslator(rules, redactor.hidingValues(texts));
    }

    /**
     * What an exception means.
     *
     * @param exception the driver's exception
     * @return its kind
     */
    public SqlErrorKind classify(SQLException exception) {
        return rules.classify(exception);
    }

    /**
     * Translates an exception.
     *
     * @param thrown the driver's exception, possibly marked as sent ({@link SentStatement}); the result keeps a
     *     {@link Redactor#cause redacted copy} of the driver's exception as its cause
     * @param call the operation that failed
     * @param key the key of the written row, shown (redacted) when a duplicate key is the problem; {@code null} when
     *     unknown
     * @param keyText how the key is shown, such as {@code id = 'vanilla'}; {@code null} when unknown
     * @return the exception to throw
     */
    public OrmdanticException translate(
            SQLException thrown, Call call, @Nullable Object key, @Nullable String keyText) {
        boolean sent = thrown instanceof SentStatement;
        SQLException raw = thrown instanceof SentStatement marked ? marked.driver() : thrown;
        SQLException exception = redactor.cause(raw);
        String driver = " (" + redactor.text(exception.getMessage()) + ")";
        String failed = call.failed() + ": ";
        var context = call.context();
        return switch (classify(raw)) {
            case PRIMARY_KEY ->
                new DuplicateKeyException(
                        context,
                        failed + (keyText == null ? "a row with the same key" : "a row with key " + keyText)
                                + " already exists",
                        "use upsert() to replace it or update() to change it",
                        key,
                        exception);
            case UNIQUE ->
                constraint(
                        ErrorCode.UNIQUE_VIOLATION,
                        call,
                        failed + "another row has the same value in a unique column" + driver,
                        "change the value, or update the row that has it",
                        exception);
            case FOREIGN_KEY ->
                new ForeignKeyViolationException(
                        context,
                        failed + "a foreign key is broken: the referenced row is missing, or rows still refer to"
                                + " this one" + driver,
                        "write the referenced row first, or delete the referring rows first",
                        exception);
            case NOT_NULL ->
                constraint(
                        ErrorCode.NOT_NULL_VIOLATION,
                        call,
                        failed + "a NOT NULL column got NULL" + driver,
                        null,
                        exception);
            case CHECK ->
                constraint(
                        ErrorCode.CHECK_VIOLATION,
                        call,
                        failed + "a CHECK constraint of the table failed" + driver,
                        "correct the value; the record's constraint annotations are checked before writing only"
                                + " when the table was generated from them",
                        exception);
            case CONSTRAINT ->
                constraint(
                        ErrorCode.CONSTRAINT_VIOLATION, call, failed + "a constraint failed" + driver, null, exception);
            case CONNECTION -> ConnectionLoss.of(raw, exception, call, sent, driver);
            case BUSY ->
                new QueryException(
                        ErrorCode.DATABASE_BUSY,
                        context,
                        failed + "the database is locked by another connection" + driver,
                        "retry; with SQLite, raise busyTimeout in Ormdantic.builder(url) or shorten the"
                                + " transactions that hold the lock",
                        exception);
            case CONFLICT ->
                new TransactionConflictException(
                        context,
                        failed + "the database aborted the transaction to resolve a deadlock or a serialization"
                                + " conflict" + driver,
                        "run the operation again; nothing of it was applied",
                        exception);
            case TIMEOUT ->
                new QueryException(
                        ErrorCode.TIMEOUT,
                        context,
                        failed + "a statement or lock timeout ran out, or a row to lock without waiting (noWait) was"
                                + " locked by another transaction" + driver,
                        "shorten the transactions that hold the locks, or raise the database's timeout; nothing was"
                                + " applied, so running it again later is safe",
                        exception);
            case DATA ->
                // A read stores nothing: a value out of range there is the statement's, not one to widen a column for.
                !call.operation().storesValues()
                        ? new QueryException(
                                ErrorCode.QUERY_FAILED,
                                context,
                                failed + "the database or its driver refused a value of the statement or of a row"
                                        + driver,
                                "compare each column with values of its own type and range",
                                exception)
                        : new InvalidArgumentException(
                                ErrorCode.VALUE_NOT_STORABLE,
                                context,
                                failed + "a value cannot be stored as given" + driver,
                                "change the value so that the column keeps it exactly, or widen the column",
                                exception);
            case PERMISSION ->
                new QueryException(
                        ErrorCode.PERMISSION_DENIED,
                        context,
                        failed + "the database refused the user" + driver,
                        "grant the privilege the statement needs, or check the user and password",
                        exception);
            case NATIVE_ENUM_MISMATCH ->
                new ConfigurationException(
                        ErrorCode.NATIVE_ENUM_MISMATCH,
                        context,
                        failed + redactor.text(serverMessage(exception)),
                        "drop or rename the existing type (nothing may use it), or give the component another"
                                + " @NativeEnum(name = \"...\"); Ormdantic does not change the labels of a type that"
                                + " exists",
                        exception);
            case UPSERT_GUARD ->
                isUpsert(call)
                        ? otherUniqueKey(exception, call, "a unique key other than the primary key")
                        : new QueryException(
                                ErrorCode.QUERY_FAILED,
                                context,
                                failed + redactor.text(exception.getMessage()),
                                null,
                                exception);
            case TRANSACTION_ABORTED ->
                new QueryException(
                        ErrorCode.TRANSACTION_ABORTED,
                        context,
                        failed + "an earlier statement of this transaction failed, and PostgreSQL ignores every"
                                + " statement until the transaction ends (SQLSTATE 25P02); the transaction is rolled"
                                + " back" + driver,
                        ABORTED_FIX,
                        exception);
            case OTHER ->
                new QueryException(
                        isSchema(call) ? ErrorCode.SCHEMA_FAILED : ErrorCode.QUERY_FAILED,
                        context,
                        failed + redactor.text(exception.getMessage()),
                        null,
                        exception);
        };
    }

    /**
     * Translates an exception of a write to a known table: as {@link #translate(SQLException, Call, Object, String)},
     * except that an upsert's clash on a unique key other than the primary key names the table's unique keys.
     *
     * @param exception the driver's exception
     * @param call the operation that failed
     * @param table the written table
     * @return the exception to throw
     */
    public OrmdanticException translate(SQLException exception, Call call, TableSpec table) {
        if (!isUpsert(call) || classify(exception) != SqlErrorKind.UPSERT_GUARD) {
            return translate(exception, call, null, null);
        }
        StringJoiner keys = new StringJoiner(" or ");
        for (UniqueSpec key : table.otherUniqueKeys()) {
            keys.add(key.name() + " "
                    + key.columns().toString().replace('[', '(').replace(']', ')'));
        }
        return otherUniqueKey(exception, call, "the unique key " + keys);
    }

    /**
     * The exception for an upsert whose row has a new primary key but the value of an existing row in another unique
     * key: {@link ErrorCode#UNIQUE_VIOLATION}, as PostgreSQL, SQLite, SQL Server and Oracle report it, with nothing
     * written.
     */
    private OrmdanticException otherUniqueKey(SQLException exception, Call call, String keys) {
        return constraint(
                ErrorCode.UNIQUE_VIOLATION,
                call,
                call.failed() + ": another row has the same value in " + keys
                        + "; upsert inserts or updates by primary key only, so no row was changed",
                "change the value, or upsert the row that has it under its own key",
                exception);
    }

    private static boolean isUpsert(Call call) {
        return call.operation() == Operation.UPSERT || call.operation() == Operation.UPSERT_MANY;
    }

    /** The first line of the server's message, without PostgreSQL's {@code ERROR: } prefix. */
    private static String serverMessage(SQLException exception) {
        String message = String.valueOf(exception.getMessage());
        int end = message.indexOf('\n');
        String line = end < 0 ? message : message.substring(0, end);
        return line.startsWith("ERROR: ") ? line.substring("ERROR: ".length()) : line;
    }

    /**
     * The exception for a lost connection inside a transaction, before its {@code COMMIT}: the database rolls back a
     * transaction whose connection is lost, so a write that was in doubt on its own ({@code ORM2405}) applied nothing.
     *
     * @param failure what the statement's failure was translated to
     * @param call the operation whose transaction it was
     * @return the failure itself, or {@code ORM2402} in place of an unknown outcome
     */
    public OrmdanticException inTransaction(OrmdanticException failure, Call call) {
        if (failure.code() != ErrorCode.COMMIT_OUTCOME_UNKNOWN) {
            return failure;
        }
        Throwable cause = failure.getCause();
        return new ConnectionException(
                ErrorCode.CONNECTION_FAILED,
                call.context(),
                call.failed() + ": the connection broke during the transaction, which the database rolls back when"
                        + " its connection is lost, so nothing of it was applied ("
                        + redactor.text(cause == null ? null : cause.getMessage()) + ")",
                "run it again once the database is reachable",
                cause);
    }

    /**
     * The exception for a {@code COMMIT} that failed: unknown outcome when the connection broke, otherwise a definite
     * failure translated as usual.
     *
     * @param exception the driver's exception
     * @param call the operation whose transaction was committing
     * @return the exception to throw
     */
    public OrmdanticException commitFailed(SQLException exception, Call call) {
        if (classify(exception) != SqlErrorKind.CONNECTION) {
            return translate(exception, call, null, null);
        }
        return new ConnectionException(
                ErrorCode.COMMIT_OUTCOME_UNKNOWN,
                call.context(),
                call.failed() + ": the connection broke during COMMIT, so whether the transaction was applied is"
                        + " unknown (" + redactor.text(exception.getMessage()) + ")",
                "check the data before writing again; this error is never retried automatically",
                redactor.cause(exception));
    }

    /**
     * The exception for a PostgreSQL transaction whose {@code COMMIT} would only roll back: a statement of it failed
     * and the callback went on (it caught the failure) and returned, so nothing of it can be committed.
     *
     * @param call the transaction's call
     * @return the exception to throw; the transaction is then rolled back
     */
    public OrmdanticException abortedAtCommit(Call call) {
        return new QueryException(
                ErrorCode.TRANSACTION_ABORTED,
                call.context(),
                call.failed() + ": a statement of the transaction failed and the callback went on and returned, but"
                        + " PostgreSQL had aborted the transaction at that failure (SQLSTATE 25P02) and would answer"
                        + " its COMMIT with a rollback; it was rolled back, so nothing of it was applied",
                ABORTED_FIX,
                null);
    }

    /**
     * The exception for a connection that could not be opened or borrowed.
     *
     * @param exception the pool's or driver's exception
     * @param call the operation that needed the connection
     * @param where the redacted URL
     * @param advice where the login and the pool's limits are configured
     * @return the exception to throw
     */
    public OrmdanticException connectionFailed(Exception exception, Call call, String where, ConnectionAdvice advice) {
        SQLException sql = sqlCause(exception);
        if (sql != null && classify(sql) == SqlErrorKind.PERMISSION) {
            return new QueryException(
                    ErrorCode.PERMISSION_DENIED,
                    call.context(),
                    call.failed() + ": the database refused the login to " + where + " ("
                            + redactor.text(rootMessage(exception)) + ")",
                    advice.login(),
                    redactor.cause(exception));
        }
        return new ConnectionException(
                ErrorCode.CONNECTION_FAILED,
                call.context(),
                call.failed() + ": no connection to " + where + " (" + redactor.text(rootMessage(exception)) + ")",
                "check that the database is reachable and the URL is right; under load, " + advice.sizing(),
                redactor.cause(exception));
    }

    private static @Nullable SQLException sqlCause(Throwable exception) {
        Throwable current = exception;
        for (int depth = 0; current != null && depth < MAX_CAUSES; depth++) {
            if (current instanceof SQLException sql) {
                return sql;
            }
            current = current.getCause();
        }
        return null;
    }

    private static boolean isSchema(Call call) {
        return call.operation() == Operation.INIT || call.operation() == Operation.DROP_ALL;
    }

    private static ConstraintViolationException constraint(
            ErrorCode code, Call call, String problem, @Nullable String fix, SQLException cause) {
        return new ConstraintViolationException(code, call.context(), problem, fix, cause);
    }

    private static @Nullable String rootMessage(Throwable exception) {
        Throwable root = exception;
        int depth = 0;
        for (Throwable cause = exception.getCause(); cause != null && depth < MAX_CAUSES; cause = cause.getCause()) {
            root = cause;
            depth++;
        }
        return depth == 0 ? exception.getMessage() : exception.getMessage() + ": " + root.getMessage();
    }
}
