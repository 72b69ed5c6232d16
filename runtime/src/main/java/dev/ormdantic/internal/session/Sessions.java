package dev.ormdantic.internal.session;

import dev.ormdantic.Transaction;
import dev.ormdantic.internal.exec.Database;
import dev.ormdantic.session.Session;
import java.util.Objects;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/** Runs a session's callback as a transaction's: flush before the commit, closed when the callback ends. */
public final class Sessions {

    private Sessions() {}

    /**
     * The transaction callback that runs a session's callback.
     *
     * @param db the database
     * @param work the session's callback
     * @param <R> its result type
     * @return the transaction callback
     */
    public static <R extends @Nullable Object> Function<Transaction, R> work(
            Database db, Function<? super Session, ? extends R> work) {
        Objects.requireNonNull(work, "work");
        return tx -> {
            UnitOfWork session = new UnitOfWork(db, tx);
            try {
                R result = work.apply(session);
                session.flushForCommit();
                return result;
            } finally {
                session.close();
            }
        };
    }
}
