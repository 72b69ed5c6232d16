package dev.ormdantic.internal.exec;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.internal.connect.DriverProfile;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.jdbc.JdbcRow;
import dev.ormdantic.internal.observe.Listeners;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * A result read row by row as a {@link Stream}: it holds its connection, statement and result set until closed. The
 * statement runs in a read transaction with a fetch size, which is what makes PostgreSQL use a cursor instead of
 * reading the whole result; MySQL Connector/J streams only with the fetch size {@link Integer#MIN_VALUE}. On SQLite
 * it runs in auto-commit mode (see {@link DriverProfile#streamsInTransaction()}): the statement's own read
 * transaction never blocks a writer in WAL mode. Every open stream is registered in {@link OpenStreams}, which warns
 * about one left open too long.
 */
final class RowStream {

    /** The rows fetched per round trip. */
    static final int FETCH_SIZE = 500;

    private RowStream() {}

    /** How the stream's statement is prepared and bound. */
    @FunctionalInterface
    interface Opener {
        PreparedStatement open(Connection connection) throws SQLException;
    }

    static <T> Stream<T> open(
            Database db,
            Scope scope,
            Call call,
            Opener opener,
            Function<JdbcRow, T> reader,
            RowFactory<JdbcRow> rows,
            Class<? extends Record> recordType) {
        return open(db, scope, call, opener, reader, rows, e -> db.errors().translate(e, call, null, null), recordType);
    }

    /**
     * Opens a stream whose rows are read through a view of any kind, and whose driver exceptions are translated by
     * the caller (raw SQL hides its bound values from the messages); rows read into records of a table type are told
     * to the listeners as a hydration, other rows (raw SQL's mapped rows) are not.
     */
    static <V, T> Stream<T> open(
            Database db,
            Scope scope,
            Call call,
            Opener opener,
            Function<V, T> reader,
            RowFactory<V> rows,
            Function<SQLException, OrmdanticException> translator,
            @Nullable Class<? extends Record> recordType) {
        Scope.Lease lease = scope.leaseForStream(call);
        Connection connection = lease.connection();
        // A stream inside a transaction reads in that transaction; a pooled one runs its own where the profile wants.
        boolean transaction = lease.owned() && db.streamsInTransaction();
        Resources resources = new Resources(lease, transaction, db.openStreams(), call, db.listeners(), recordType);
        try {
            if (transaction) {
                connection.setAutoCommit(false);
            }
            PreparedStatement ps = opener.open(connection);
            resources.statement = ps;
            ps.setFetchSize(db.dialect().id() == DialectId.MYSQL ? Integer.MIN_VALUE : FETCH_SIZE);
            ResultSet rs = ps.executeQuery();
            resources.results = rs;
            V row = rows.create(rs);
            Iterator<T> iterator = new Iterator<>() {
                private @Nullable Boolean ready;

                @Override
                public boolean hasNext() {
                    if (ready == null) {
                        lease.check(call);
                        try {
                            ready = rs.next();
                        } catch (SQLException e) {
                            throw translator.apply(e);
                        }
                    }
                    return ready;
                }

                @Override
                public T next() {
                    if (!hasNext()) {
                        throw new NoSuchElementException();
                    }
                    ready = null;
                    T record = reader.apply(row);
                    resources.read++;
                    return record;
                }
            };
            return StreamSupport.stream(
                            Spliterators.spliteratorUnknownSize(iterator, Spliterator.ORDERED | Spliterator.NONNULL),
                            false)
                    .onClose(resources::close);
        } catch (SQLException e) {
            resources.close();
            throw translator.apply(e);
        } catch (RuntimeException e) {
            resources.close();
            throw e;
        }
    }

    /** Makes the row view over a result set. */
    @FunctionalInterface
    interface RowFactory<V> {
        V create(ResultSet rs);
    }

    /** What a stream holds, released in reverse order on close. */
    private static final class Resources {
        private final Scope.Lease lease;
        private final boolean transaction;
        private final OpenStreams registry;
        private final OpenStreams.Entry entry;
        private @Nullable PreparedStatement statement;
        private @Nullable ResultSet results;
        private boolean closed;
        private final Call call;
        private final @Nullable Listeners listeners;
        private final @Nullable Class<? extends Record> recordType;
        /** The records read so far, for the hydration event. */
        private long read;

        Resources(
                Scope.Lease lease,
                boolean transaction,
                OpenStreams registry,
                Call call,
                @Nullable Listeners listeners,
                @Nullable Class<? extends Record> recordType) {
            this.lease = lease;
            this.transaction = transaction;
            this.registry = registry;
            this.entry = registry.opened(call);
            this.call = call;
            this.listeners = listeners;
            this.recordType = recordType;
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            registry.closed(entry);
            Connection connection = lease.connection();
            try {
                try {
                    if (results != null) {
                        results.close();
                    }
                    if (statement != null) {
                        statement.close();
                    }
                } finally {
                    try {
                        if (transaction) {
                            // The transaction only read; ending it releases its locks and snapshot.
                            connection.rollback();
                            connection.setAutoCommit(true);
                        }
                    } finally {
                        if (lease.owned()) {
                            connection.close();
                        }
                    }
                }
            } catch (SQLException e) {
                // The pool discards a connection that fails here.
                System.getLogger("dev.ormdantic").log(System.Logger.Level.DEBUG, "closing a stream failed", e);
            }
            Listeners heard = listeners;
            Class<? extends Record> type = recordType;
            if (heard != null && type != null && results != null) {
                heard.hydrated(call.operation().method(), call.subject(), type, read);
            }
        }
    }
}
