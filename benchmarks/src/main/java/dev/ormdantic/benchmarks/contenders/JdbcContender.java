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
 * same records by hand. Every other contender is compared to it.
 */
public final class JdbcContender implements Contender {

    private final HikariDataSource pool;
    private final BenchSql sql;
    private final Backend backend;

    /**
     * Opens the pool.
     *
     * @param target where to connect
     */
    public JdbcContender(Target target) {
        this.pool = target.hikari("bench-jdbc");
        this.sql = new BenchSql(target.backend());
        this.backend = target.backend();
    }

    @Override
    public Prepared prepare(BenchCase benchCase, Workload w) throws NotApplicableException {
        return switch (benchCase) {
            case SCHEMA_CREATE_DROP ->
                () -> {
                    try (Connection c = pool.getConnection();
                            Statement s = c.createStatement()) {
                        for (String ddl : sql.createItems()) {
                            s.execute(ddl);
                        }
                        s.execute(sql.dropItems());
                    }
                    return 0L;
                };
            case RAW_BATCH_INSERT, ORM_INSERT_MODELS -> () -> insert(w.writeBatches());
            case ORM_UPDATE_FILTERED ->
                () -> {
                    try (Connection c = pool.getConnection()) {
                        try (PreparedStatement ps = c.prepareStatement(sql.updateScoreWhereCategory())) {
                            ps.setInt(1, Workload.UPDATED_SCORE);
                            ps.setString(2, Workload.CATEGORY);
                            ps.executeUpdate();
                        }
                        return count(c, sql.countWhereScore(), Workload.UPDATED_SCORE);
                    }
                };
            case ORM_UPSERT_MIXED -> () -> upsert(w.upsertRows());
            case ORM_DELETE_FILTERED ->
                () -> {
                    try (Connection c = pool.getConnection()) {
                        try (PreparedStatement ps = c.prepareStatement(sql.deleteWhereCategory())) {
                            ps.setString(1, Workload.CATEGORY);
                            ps.executeUpdate();
                        }
                        return count(c, sql.countAll(), null);
                    }
                };
            case COUNT_ALL -> () -> count(sql.countAll());
            case COUNT_EQUALITY -> () -> count(sql.countWhereCategory(), Workload.CATEGORY);
            case COUNT_RANGE -> () -> count(sql.countWhereScoreAtLeast(), Workload.MIN_SCORE);
            case AGGREGATE_FILTERED ->
                () -> {
                    try (Connection c = pool.getConnection();
                            PreparedStatement ps = c.prepareStatement(sql.aggregateWhereCategory())) {
                        ps.setString(1, Workload.CATEGORY);
                        try (ResultSet rs = ps.executeQuery()) {
                            rs.next();
                            return new Aggregate(rs.getLong(1), rs.getLong(2));
                        }
                    }
                };
            case SCALAR_PROJECTION, TYPED_PROJECTION ->
                () -> {
                    try (Connection c = pool.getConnection();
                            PreparedStatement ps = c.prepareStatement(sql.projectionWhereCategory())) {
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
            case PK_LOOKUP ->
                () -> {
                    // one call per key, each on a pooled connection, as an application serving requests does
                    long found = 0;
                    for (String id : w.lookupIds()) {
                        try (Connection c = pool.getConnection();
                                PreparedStatement ps = c.prepareStatement(sql.selectById())) {
                            ps.setString(1, id);
                            found += items(ps).size();
                        }
                    }
                    return found;
                };
            case PAGINATED_FIND_MANY ->
                () -> query(sql.pageById(), w.profile().pageLimit(), w.profile().pageLimit());
            case ORDERED_FIND_MANY -> () -> query(sql.pageOrdered(), w.profile().pageLimit());
            case HYDRATE_FLAT ->
                () -> query(
                        sql.pageWhereCategory(), Workload.CATEGORY, w.profile().pageLimit());
            case HYDRATE_RELATIONSHIPS -> {
                JdbcRelations relations = relations(w);
                yield () -> {
                    try (Connection c = pool.getConnection()) {
                        return relations.joined(c);
                    }
                };
            }
            case ONE_TO_MANY, NESTED_RELATIONSHIPS -> {
                JdbcRelations relations = relations(w);
                boolean leaves = benchCase == BenchCase.NESTED_RELATIONSHIPS;
                yield () -> {
                    try (Connection c = pool.getConnection()) {
                        return relations.selectIn(c, leaves);
                    }
                };
            }
            case MANY_TO_ONE -> {
                JdbcRelations relations = relations(w);
                yield () -> {
                    try (Connection c = pool.getConnection()) {
                        return relations.manyToOne(c);
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
        return () -> query(sql.firstRows(), rows);
    }

    private long insert(List<List<Item>> batches) throws SQLException {
        long written = 0;
        try (Connection c = pool.getConnection()) {
            for (List<Item> batch : batches) {
                written += writeBatch(c, sql.insertItem(), batch);
            }
        }
        return written;
    }

    private long upsert(List<Item> rows) throws SQLException {
        try (Connection c = pool.getConnection()) {
            writeBatch(c, sql.upsertItem(), rows);
        }
        return rows.size();
    }

    private static long writeBatch(Connection c, String statement, List<Item> batch) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement ps = c.prepareStatement(statement)) {
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

    private long count(String statement) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return count(c, statement, null);
        }
    }

    private long count(String statement, Object param) throws SQLException {
        try (Connection c = pool.getConnection()) {
            return count(c, statement, param);
        }
    }

    private static long count(Connection c, String statement, @Nullable Object param) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(statement)) {
            if (param != null) {
                ps.setObject(1, param);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private List<Item> query(String statement, Object... params) throws SQLException {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            return items(ps);
        }
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
        pool.close();
    }
}
