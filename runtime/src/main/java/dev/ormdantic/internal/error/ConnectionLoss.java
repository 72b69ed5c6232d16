package dev.ormdantic.internal.error;

import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.error.QueryException;
import java.net.SocketTimeoutException;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * What a connection that broke while a statement was in hand means for the caller, which depends on how far the
 * statement got and what it does: a write that may have reached the database in auto-commit mode has an unknown
 * outcome ({@code ORM2405}); a write that was never sent, and any read, applied nothing ({@code ORM2402}, or
 * {@code ORM2408} when the database gave no answer within the socket timeout); the idempotent schema calls may have
 * done part of their work and are safe to run again. Inside a transaction {@link ErrorTranslator#inTransaction}
 * corrects an unknown outcome to nothing applied.
 */
public final class ConnectionLoss {

    private ConnectionLoss() {}

    /**
     * The exception for a connection that broke.
     *
     * @param raw the driver's own exception, classified here (its causes say whether a socket timed out)
     * @param exception the exception to keep as the cause (a redacted copy of {@code raw})
     * @param call the operation
     * @param sent whether the failure came after the statement was handed to the driver to execute
     * @param driver the driver's message, redacted, in parentheses
     * @return the exception to throw
     */
    static OrmdanticException of(SQLException raw, SQLException exception, Call call, boolean sent, String driver) {
        String failed = call.failed() + ": ";
        boolean timedOut = timedOut(raw);
        String what = timedOut
                ? "the database gave no answer within the query timeout and its socket grace, so the connection was"
                        + " closed"
                : "the connection broke";
        Operation operation = call.operation();
        if (operation.idempotentSchemaWork()) {
            return new ConnectionException(
                    ErrorCode.CONNECTION_FAILED,
                    call.context(),
                    failed + what + ", so part of the work may be done" + driver,
                    operation.method() + "() is safe to run again once the database is reachable: it skips what"
                            + " exists",
                    exception,
                    Outcome.UNKNOWN,
                    true);
        }
        if (operation.writesRows() && sent) {
            return new ConnectionException(
                    ErrorCode.COMMIT_OUTCOME_UNKNOWN,
                    call.context(),
                    failed + what + " after the statement was sent, so whether it was applied is unknown" + driver,
                    "check the data before writing again: a retry can apply the write twice (a duplicate key, or a"
                            + " second row in a table with an @Identity key); this error is never retried"
                            + " automatically",
                    exception);
        }
        if (operation.writesRows()) {
            return new ConnectionException(
                    ErrorCode.CONNECTION_FAILED,
                    call.context(),
                    failed + what + " before the statement was sent, so nothing was applied" + driver,
                    "run it again once the database is reachable; check that the database is reachable and the URL"
                            + " is right",
                    exception);
        }
        if (timedOut) {
            return new QueryException(
                    ErrorCode.TIMEOUT,
                    call.context(),
                    failed + what + "; a read changes nothing" + driver,
                    "run it again, or raise queryTimeout in Ormdantic.builder(url) for a query that needs longer",
                    exception);
        }
        return new ConnectionException(
                ErrorCode.CONNECTION_FAILED,
                call.context(),
                failed + what + "; a read changes nothing, so running it again is safe" + driver,
                "check that the database is reachable and the URL is right",
                exception);
    }

    /** A socket read that ran out of time: the driver's socket timeout, not a refused or reset connection. */
    private static boolean timedOut(Throwable exception) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable t = exception; t != null && seen.add(t); t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }
}
