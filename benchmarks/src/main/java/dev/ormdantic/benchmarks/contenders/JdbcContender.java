package dev.ormdantic.benchmarks.contenders;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.benchmarks.Aggregate;
import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.BenchSql;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.IdScore;
import dev.ormdantic.benchmarks.NotApplicableException;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Workload;
import dev.ormdantic.benchmarks.model.Item;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The floor: hand-written JDBC with prepared statements, batches and one transaction per batch, mapping rows to the
 * same records by hand. Every other contender is compared to it. It comes in two variants that run the same code
 * (see {@link JdbcAccess}): per call, borrowing a connection and preparing each statement in every call ({@code jdbc}),
 * and held, keeping one connection and one prepared statement per statement text across every call
 * ({@code jdbc-held}).
 */
public final class JdbcContender implements Contender {

    private final HikariDataSource pool;
    private final JdbcAccess access;
    private final BenchSql sql;
    private final Backend backend;

    /**
     * Opens the pool.
     *
     * @param target where to connect
     * @param held whether to hold one connection and its prepared statements across calls
     */
    public JdbcContender(Target target, boolean held) {
        this.pool = target.hikari(held ? "bench-jdbc-held" : "bench-jdbc");
        this.access = held ? JdbcAccess.held(pool) : JdbcAccess.perCall(pool);
        this.sql = new BenchSql(target.backend());
        this.backend = target.backend();
    }

    @Override
    public Prepared prepare(BenchCase benchCase, Workload w) throws NotApplicableException {
        return switch (benchCase) {
            case SCHEMA_CREATE_DROP -> {
                List<String> create = sql.createItems();
                String drop = sql.dropItems();
                yield () -> {
                    try (JdbcAccess.Scope s = access.scope();
                            Statement statement = s.connection().createStatement()) {
                        for (String ddl : create) {
                            statement.execute(ddl);
                        }
                        statement.execute(drop);
                    }
                    return 0L;
                };
            }
            case RAW_BATCH_INSERT, ORM_INSERT_MODELS -> {
                String insert = sql.insertItem();
                List<List<Item>> batches = w.writeBatches();
                yield () -> insert(insert, batches);
            }
            case ORM_UPDATE_FILTERED -> {
                String update = sql.updateScoreWhereCategory();
                String count = sql.countWhereScore();
                yield () -> {
                    try (JdbcAccess.Scope s = access.scope()) {
                        PreparedStatement ps = s.prepare(update);
                        ps.setInt(1, Workload.UPDATED_SCORE);
                        ps.setString(2, Workload.CATEGORY);
                        ps.executeUpdate();
                        return count(s, count, Workload.UPDATED_SCORE);
                    }
                };
            }
            case ORM_UPSERT_MIXED -> {
                String upsert = sql.upsertItem();
                List<Item> rows = w.upsertRows();
                yield () -> {
                    try (JdbcAccess.Scope s = access.scope()) {
                        writeBatch(s, upsert, rows);
                    }
                    return (long) rows.size();
                };
            }
            case ORM_DELETE_FILTERED -> {
                String delete = sql.deleteWhereCategory();
                String count = sql.countAll();
                yield () -> {
                    try (JdbcAccess.Scope s = access.scope()) {
                        PreparedStatement ps = s.prepare(delete);
                        ps.setString(1, Workload.CATEGORY);
                        ps.executeUpdate();
                        return count(s, count, null);
                    }
                };
            }
            case TRANSACTIONS -> {
                String select = sql.selectById();
                String update = sql.updateScoreById();
                List<String> ids = w.lookupIds();
                yield () -> {
                    // one transaction per key, each in its own call: per call on a pooled connection with fresh
                    // statements, held on the one connection and its two statements
                    long committed = 0;
                    for (String id : ids) {
                        try (JdbcAccess.Scope s = access.scope()) {
                            committed += readAndIncrement(s, select, update, id);
                        }
                    }
                    return committed;
                };
            }
            case SESSION -> {
                String select = sql.selectBelowId();
                String update = sql.updateScoreById();
                String bound = w.sessionBound();
                yield () -> {
                    try (JdbcAccess.Scope s = access.scope()) {
                        return loadChangeWrite(s, select, update, bound);
                    }
                };
            }
            case COUNT_ALL -> count(sql.countAll(), null);
            case COUNT_EQUALITY -> count(sql.countWhereCategory(), Workload.CATEGORY);
            case COUNT_RANGE -> count(sql.countWhereScoreAtLeast(), Workload.MIN_SCORE);
            case AGGREGATE_FILTERED -> {
                String aggregate = sql.aggregateWhereCategory();
                yield () -> {
                    try (JdbcAccess.Scope s = access.scope()) {
                        PreparedStatement ps = s.prepare(aggregate);
                        ps.setString(1, Workload.CATEGORY);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return new Aggregate(rs.getLong(1), rs.getLong(2));
                        }
                    }
                };
            }
            case SCALAR_PROJECTION, TYPED_PROJECTION -> {
                String projection = sql.projectionWhereCategory();
                yield () -> {
                    try (JdbcAccess.Scope s = access.scope()) {
                        PreparedStatement ps = s.prepare(projection);
                        ps.setString(1, Workload.CATEGORY);
                        List<IdScore> rows = new ArrayList<>();
                        try (ResultSet rs = ps.executeQuery()) {
                            while (rs.next()) {
                                rows.add(new IdScore(rs.getString(1), rs.getInt(2)));
                            }
                        }
                        return rows;
                    }
                };
            }
            case PK_LOOKUP -> {
                String select = sql.selectById();
                List<String> ids = w.lookupIds();
                yield () -> {
                    // one call per key, as an application serving requests does: per call on a pooled connection,
                    // held on the one connection and statement
                    long found = 0;
                    for (String id : ids) {
                        try (JdbcAccess.Scope s = access.scope()) {
                            PreparedStatement ps = s.prepare(select);
                            ps.setString(1, id);
                            found += items(ps).size();
                        }
                    }
                    return found;
                };
            }
            case PAGINATED_FIND_MANY ->
                query(sql.pageById(), w.profile().pageLimit(), w.profile().pageLimit());
            case ORDERED_FIND_MANY -> query(sql.pageOrdered(), w.profile().pageLimit());
            case HYDRATE_FLAT ->
                query(sql.pageWhereCategory(), Workload.CATEGORY, w.profile().pageLimit());
            // the relationship cases prepare their own statements on the scope's connection
            case HYDRATE_RELATIONSHIPS -> {
                JdbcRelations relations = relations(w);
                yield () -> {
                    try (JdbcAccess.Scope s = access.scope()) {
                        return relations.joined(s.connection());
                    }
                };
            }
            case ONE_TO_MANY, NESTED_RELATIONSHIPS -> {
                JdbcRelations relations = relations(w);
                boolean leaves = benchCase == BenchCase.NESTED_RELATIONSHIPS;
                yield () -> {
                    try (JdbcAccess.Scope s = access.scope()) {
                        return relations.selectIn(s.connection(), leaves);
                    }
                };
            }
            case MANY_TO_ONE -> {
                JdbcRelations relations = relations(w);
                yield () -> {
                    try (JdbcAccess.Scope s = access.scope()) {
                        return relations.manyToOne(s.connection());
                    }
                };
            }
        };
    }

    private JdbcRelations relations(Workload w) {
        return new JdbcRelations(backend, w.relations().batch());
    }

    @Override
    public Prepared findFirst(int rows) {
        return query(sql.firstRows(), rows);
    }

    private long insert(String statement, List<List<Item>> batches) throws SQLException {
        long written = 0;
        try (JdbcAccess.Scope s = access.scope()) {
            for (List<Item> batch : batches) {
                written += writeBatch(s, statement, batch);
            }
        }
        return written;
    }

    private static long writeBatch(JdbcAccess.Scope s, String statement, List<Item> batch) throws SQLException {
        Connection c = s.connection();
        c.setAutoCommit(false);
        try {
            PreparedStatement ps = s.prepare(statement);
            for (Item item : batch) {
                ps.setString(1, item.id());
                ps.setString(2, item.category());
                ps.setString(3, item.name());
                ps.setInt(4, item.score());
                ps.setString(5, item.payload());
                ps.addBatch();
            }
            ps.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return batch.size();
    }

    /**
     * One transaction: read the rows below a key, raise the score of every tenth by one in one batch, commit: what a
     * unit of work does, written by hand.
     */
    private static long loadChangeWrite(JdbcAccess.Scope s, String select, String update, String bound)
            throws SQLException {
        Connection c = s.connection();
        c.setAutoCommit(false);
        long changed = 0;
        try {
            PreparedStatement read = s.prepare(select);
            read.setString(1, bound);
            List<Item> rows = items(read);
            PreparedStatement write = s.prepare(update);
            for (int i = 0; i < rows.size(); i++) {
                if (Workload.sessionChanges(i)) {
                    Item row = rows.get(i);
                    write.setInt(1, row.score() + 1);
                    write.setString(2, row.id());
                    write.addBatch();
                    changed++;
                }
            }
            write.executeBatch();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return changed;
    }

    /** One transaction: read the row by key, write back its score plus one, commit. */
    private static long readAndIncrement(JdbcAccess.Scope s, String select, String update, String id)
            throws SQLException {
        Connection c = s.connection();
        c.setAutoCommit(false);
        try {
            PreparedStatement read = s.prepare(select);
            read.setString(1, id);
            List<Item> found = items(read);
            if (found.isEmpty()) {
                throw new SQLException("no item " + id);
            }
            PreparedStatement write = s.prepare(update);
            write.setInt(1, found.getFirst().score() + 1);
            write.setString(2, id);
            write.executeUpdate();
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(true);
        }
        return 1;
    }

    private Prepared count(String statement, @Nullable Object param) {
        return () -> {
            try (JdbcAccess.Scope s = access.scope()) {
                return count(s, statement, param);
            }
        };
    }

    private static long count(JdbcAccess.Scope s, String statement, @Nullable Object param) throws SQLException {
        PreparedStatement ps = s.prepare(statement);
        if (param != null) {
            ps.setObject(1, param);
        }
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Prepared query(String statement, Object... params) {
        return () -> {
            try (JdbcAccess.Scope s = access.scope()) {
                PreparedStatement ps = s.prepare(statement);
                for (int i = 0; i < params.length; i++) {
                    ps.setObject(i + 1, params[i]);
                }
                return items(ps);
            }
        };
    }

    private static List<Item> items(PreparedStatement ps) throws SQLException {
        List<Item> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                rows.add(new Item(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5)));
            }
        }
        return rows;
    }

    @Override
    public void close() {
        try {
            access.close();
        } finally {
            pool.close();
        }
    }
}
