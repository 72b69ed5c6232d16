package dev.ormdantic.internal.exec;

import dev.ormdantic.dialect.UnsupportedFeatureException;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.internal.error.Call;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * What the runtime adds to the row locks the dialects render: the coded error of a lock the database lacks, and the
 * refusal of a locking read outside a transaction, where its locks would end with its statement.
 */
final class RowLocks {

    private RowLocks() {}

    /**
     * The error of a lock the dialect refused to render.
     *
     * @param call the read
     * @param refused the dialect's refusal
     * @return {@code ORM2007}, naming the database, the lock and how to do without it
     */
    static ConfigurationException unsupported(Call call, UnsupportedFeatureException refused) {
        return new ConfigurationException(
                ErrorCode.FEATURE_UNSUPPORTED,
                call.context(),
                call.failed() + ": " + refused.dialect().displayName() + " has no " + refused.feature()
                        + "; nothing was sent",
                refused.fix(),
                null);
    }

    /**
     * Refuses a locking read on a connection in auto-commit mode: there each statement commits as it ends, and its
     * row locks with it. A transaction of Ormdantic's, or of the application's own on the connection it lends (a
     * Spring-managed one), is what makes the lock last.
     *
     * @param connection the connection the read would run on
     * @param call the read
     * @param lock its lock
     * @throws InvalidArgumentException ({@code ORM2413}) outside a transaction
     * @throws SQLException from the driver
     */
    static void requireTransaction(Connection connection, Call call, LockClause lock) throws SQLException {
        if (connection.getAutoCommit()) {
            throw new InvalidArgumentException(
                    ErrorCode.LOCK_OUTSIDE_TRANSACTION,
                    call.context(),
                    call.failed() + ": it locks rows (" + lock + ") outside a transaction, where the statement commits"
                            + " at once and its locks end with it; nothing was sent",
                    "run it with a transaction's handles, db.transaction(tx -> tx.blockingTable(...)...), so the rows"
                            + " stay locked until the transaction ends",
                    null);
        }
    }
}
