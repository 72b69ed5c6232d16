package dev.ormdantic.internal.observe;

import dev.ormdantic.dialect.schema.ColumnSpec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A watched prepared statement: notes each parameter bound, times each execution, and counts the rows read from a
 * query's result, whose close ends the execution. Every other call goes to the driver's statement untouched
 * ({@link DelegatingStatement}). Made only while something listens ({@link Probe#watchesStatements()}).
 */
final class ObservedStatement extends DelegatingStatement implements ParameterNames {

    private final StatementWatch watch;
    /** Whether the last {@code execute()} gave a result set, whose close ends the execution. */
    private boolean resultPending;

    private ObservedStatement(PreparedStatement target, StatementWatch watch) {
        super(target);
        this.watch = watch;
    }

    static PreparedStatement of(PreparedStatement target, StatementWatch watch) {
        return new ObservedStatement(target, watch);
    }

    @Override
    public void columns(List<ColumnSpec> columns) {
        watch.columns(columns);
    }

    @Override
    void bound(int index, @Nullable Object value) {
        watch.bind(index, value);
    }

    @Override
    public ResultSet executeQuery() throws SQLException {
        resultPending = false;
        watch.start();
        ResultSet results;
        try {
            results = target.executeQuery();
        } catch (SQLException | RuntimeException | Error e) {
            watch.finish(-1, e);
            throw e;
        }
        return new CountedResults(results, watch);
    }

    @Override
    public int executeUpdate() throws SQLException {
        resultPending = false;
        watch.start();
        int count;
        try {
            count = target.executeUpdate();
        } catch (SQLException | RuntimeException | Error e) {
            watch.finish(-1, e);
            throw e;
        }
        watch.finish(count, null);
        return count;
    }

    @Override
    public long executeLargeUpdate() throws SQLException {
        resultPending = false;
        watch.start();
        long count;
        try {
            count = target.executeLargeUpdate();
        } catch (SQLException | RuntimeException | Error e) {
            watch.finish(-1, e);
            throw e;
        }
        watch.finish(count, null);
        return count;
    }

    @Override
    public int[] executeBatch() throws SQLException {
        resultPending = false;
        watch.start();
        int[] counts;
        try {
            counts = target.executeBatch();
        } catch (SQLException | RuntimeException | Error e) {
            watch.finish(-1, e);
            throw e;
        }
        long total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        watch.finish(total, null);
        return counts;
    }

    @Override
    public boolean execute() throws SQLException {
        watch.start();
        boolean results;
        try {
            results = target.execute();
        } catch (SQLException | RuntimeException | Error e) {
            watch.finish(-1, e);
            throw e;
        }
        resultPending = results;
        if (!results) {
            watch.finish(target.getUpdateCount(), null);
        }
        return results;
    }

    @Override
    public ResultSet getResultSet() throws SQLException {
        ResultSet results = target.getResultSet();
        return resultPending && results != null ? new CountedResults(results, watch) : results;
    }

    @Override
    public void clearParameters() throws SQLException {
        watch.clear();
        target.clearParameters();
    }

    @Override
    public void addBatch() throws SQLException {
        watch.addBatch();
        target.addBatch();
    }

    @Override
    public void clearBatch() throws SQLException {
        watch.clearBatch();
        target.clearBatch();
    }

    @Override
    public void close() throws SQLException {
        watch.finish(watch.rows(), null);
        target.close();
    }

    @Override
    public String toString() {
        return "watched " + target;
    }

    /** A query's result: counts the rows read; its close ends the statement's execution. */
    private static final class CountedResults extends DelegatingResults {
        private final StatementWatch watch;

        CountedResults(ResultSet target, StatementWatch watch) {
            super(target);
            this.watch = watch;
        }

        @Override
        public boolean next() throws SQLException {
            boolean more;
            try {
                more = target.next();
            } catch (SQLException | RuntimeException | Error e) {
                watch.finish(watch.rows(), e);
                throw e;
            }
            if (more) {
                watch.row();
            }
            return more;
        }

        @Override
        public void close() throws SQLException {
            target.close();
            watch.finish(watch.rows(), null);
        }

        @Override
        public String toString() {
            return "watched " + target;
        }
    }
}
