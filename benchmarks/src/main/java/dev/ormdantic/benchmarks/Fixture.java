package dev.ormdantic.benchmarks;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.benchmarks.model.Item;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Puts the database into the state a case starts from, with plain JDBC on a pool of its own, outside every timed
 * section; and reads it back for validation. A mutating case leaves the state unknown, so the next sample rebuilds the
 * tables.
 */
public final class Fixture implements AutoCloseable {

    private static final int SEED_BATCH = 1_000;

    private final HikariDataSource pool;
    private final BenchSql sql;
    private final Workload workload;
    private BenchCase.@Nullable State current;

    /**
     * Opens the fixture's pool and drops leftover benchmark tables.
     *
     * @param target where to connect
     * @param workload the data to seed
     * @throws SQLException when the database cannot be reached
     */
    public Fixture(Target target, Workload workload) throws SQLException {
        this.pool = target.hikari("bench-fixture");
        this.sql = new BenchSql(target.backend());
        this.workload = workload;
        execute(sql.dropAll());
        current = BenchCase.State.NO_TABLES;
    }

    /**
     * Brings the database into a state, rebuilding it unless it is already there and unchanged.
     *
     * @param state the wanted state
     * @throws SQLException when a statement fails
     */
    public void ensure(BenchCase.State state) throws SQLException {
        if (state == current) {
            return;
        }
        execute(sql.dropAll());
        if (state != BenchCase.State.NO_TABLES) {
            execute(sql.createItems());
            execute(sql.createRelations());
        }
        if (state == BenchCase.State.SEEDED) {
            seed();
        }
        current = state;
    }

    /** Records that a sample may have changed the tables. */
    public void touched() {
        current = null;
    }

    private void execute(Iterable<String> statements) throws SQLException {
        try (Connection c = pool.getConnection();
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private void seed() throws SQLException {
        int rows = workload.profile().readRows();
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(sql.insertItem())) {
                for (int i = 0; i < rows; i++) {
                    Item item = Workload.item(i);
                    ps.setString(1, item.id());
                    ps.setString(2, item.category());
                    ps.setString(3, item.name());
                    ps.setInt(4, item.score());
                    ps.setString(5, item.payload());
                    ps.addBatch();
                    if ((i + 1) % SEED_BATCH == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            seedRelations(c, workload.relations());
            c.commit();
            c.setAutoCommit(true);
        }
    }

    private void seedRelations(Connection c, RelationShape shape) throws SQLException {
        try (PreparedStatement parents = c.prepareStatement(sql.insertRelation(BenchSql.PARENTS, ""));
                PreparedStatement children = c.prepareStatement(sql.insertRelation(BenchSql.CHILDREN, "parent_id"));
                PreparedStatement leaves = c.prepareStatement(sql.insertRelation(BenchSql.LEAVES, "child_id"))) {
            for (int p = 0; p < shape.parents(); p++) {
                String parentId = String.format(Locale.ROOT, "parent-%06d", p);
                parents.setString(1, parentId);
                parents.setString(2, "parent " + p);
                parents.addBatch();
                for (int k = 0; k < shape.childrenPerParent(); k++) {
                    String childId = String.format(Locale.ROOT, "child-%06d-%d", p, k);
                    children.setString(1, childId);
                    children.setString(2, parentId);
                    children.setString(3, "child " + p + "-" + k);
                    children.addBatch();
                    for (int l = 0; l < shape.leavesPerChild(); l++) {
                        leaves.setString(1, String.format(Locale.ROOT, "leaf-%06d-%d-%d", p, k, l));
                        leaves.setString(2, childId);
                        leaves.setString(3, "leaf " + p + "-" + k + "-" + l);
                        leaves.addBatch();
                    }
                }
            }
            parents.executeBatch();
            children.executeBatch();
            leaves.executeBatch();
        }
    }

    /**
     * Counts the item rows, optionally with a score.
     *
     * @param score the score to match, or {@code null} for every row
     * @return the count
     * @throws SQLException when the query fails
     */
    public long countItems(@Nullable Integer score) throws SQLException {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement(score == null ? sql.countAll() : sql.countWhereScore())) {
            if (score != null) {
                ps.setInt(1, score);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * The scores of some items, read one key at a time.
     *
     * @param ids the keys
     * @return their scores, in the keys' order
     * @throws SQLException when a query fails or a key has no row
     */
    public List<Integer> scores(List<String> ids) throws SQLException {
        List<Integer> scores = new ArrayList<>(ids.size());
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.scoreById())) {
            for (String id : ids) {
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        throw new SQLException("no item " + id);
                    }
                    scores.add(rs.getInt(1));
                }
            }
        }
        return scores;
    }

    /**
     * The sum of every item's score.
     *
     * @return the sum
     * @throws SQLException when the query fails
     */
    public long sumScores() throws SQLException {
        try (Connection c = pool.getConnection();
                PreparedStatement ps = c.prepareStatement(sql.sumScores());
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * Whether the item table exists.
     *
     * @return {@code true} when it does
     * @throws SQLException when the metadata cannot be read
     */
    public boolean itemsExist() throws SQLException {
        try (Connection c = pool.getConnection();
                ResultSet rs = c.getMetaData().getTables(null, null, BenchSql.ITEMS, new String[] {"TABLE"})) {
            return rs.next();
        }
    }

    /** Drops the benchmark tables and closes the pool. */
    @Override
    public void close() {
        try {
            execute(sql.dropAll());
        } catch (SQLException e) {
            System.err.println("could not drop the benchmark tables: " + e.getMessage());
        } finally {
            pool.close();
        }
    }
}
