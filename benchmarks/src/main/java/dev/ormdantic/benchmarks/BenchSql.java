package dev.ormdantic.benchmarks;

import java.util.List;

/**
 * The hand-written SQL of the benchmark for one backend: what the JDBC floor and Jdbi run, and what the fixture uses
 * to create and seed the tables. The DDL matches what this ORM's generated classes create (same types, same indexes).
 */
public final class BenchSql {

    /** The item table. */
    public static final String ITEMS = "ormdantic_bench_items";

    /** The parent table. */
    public static final String PARENTS = "ormdantic_bench_parents";

    /** The child table. */
    public static final String CHILDREN = "ormdantic_bench_children";

    /** The leaf table. */
    public static final String LEAVES = "ormdantic_bench_leaves";

    private final Backend backend;
    private final String items;

    /**
     * The statements of a backend.
     *
     * @param backend the backend
     */
    public BenchSql(Backend backend) {
        this.backend = backend;
        this.items = backend.quote(ITEMS);
    }

    private String q(String name) {
        return backend.quote(name);
    }

    private String suffix() {
        return backend == Backend.MARIADB ? " ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin" : "";
    }

    private String integer() {
        return backend == Backend.MARIADB ? "INT" : "INTEGER";
    }

    /**
     * Creates the item table and its two indexes.
     *
     * @return the statements, in order
     */
    public List<String> createItems() {
        return List.of(
                "CREATE TABLE " + items + " (" + q("id") + " VARCHAR(32) NOT NULL, " + q("category")
                        + " VARCHAR(24) NOT NULL, " + q("name") + " VARCHAR(96) NOT NULL, " + q("score") + " "
                        + integer() + " NOT NULL, " + q("payload") + " VARCHAR(160) NOT NULL, CONSTRAINT "
                        + q(ITEMS + "_pkey") + " PRIMARY KEY (" + q("id") + "))" + suffix(),
                "CREATE INDEX " + q(ITEMS + "_category_idx") + " ON " + items + " (" + q("category") + ")",
                "CREATE INDEX " + q(ITEMS + "_score_idx") + " ON " + items + " (" + q("score") + ")");
    }

    /**
     * Creates the parent, child and leaf tables with their foreign-key indexes.
     *
     * @return the statements, in order
     */
    public List<String> createRelations() {
        String parents = q(PARENTS);
        String children = q(CHILDREN);
        String leaves = q(LEAVES);
        return List.of(
                "CREATE TABLE " + parents + " (" + q("id") + " VARCHAR(32) NOT NULL, " + q("name")
                        + " VARCHAR(96) NOT NULL, PRIMARY KEY (" + q("id") + "))" + suffix(),
                "CREATE TABLE " + children + " (" + q("id") + " VARCHAR(32) NOT NULL, " + q("parent_id")
                        + " VARCHAR(32) NOT NULL, " + q("name") + " VARCHAR(96) NOT NULL, PRIMARY KEY (" + q("id")
                        + "))" + suffix(),
                "CREATE INDEX " + q(CHILDREN + "_parent_id_idx") + " ON " + children + " (" + q("parent_id") + ")",
                "CREATE TABLE " + leaves + " (" + q("id") + " VARCHAR(32) NOT NULL, " + q("child_id")
                        + " VARCHAR(32) NOT NULL, " + q("name") + " VARCHAR(96) NOT NULL, PRIMARY KEY (" + q("id")
                        + "))" + suffix(),
                "CREATE INDEX " + q(LEAVES + "_child_id_idx") + " ON " + leaves + " (" + q("child_id") + ")");
    }

    /**
     * Drops every benchmark table that exists.
     *
     * @return the statements
     */
    public List<String> dropAll() {
        return List.of(
                "DROP TABLE IF EXISTS " + q(LEAVES),
                "DROP TABLE IF EXISTS " + q(CHILDREN),
                "DROP TABLE IF EXISTS " + q(PARENTS),
                "DROP TABLE IF EXISTS " + items);
    }

    /**
     * Drops the item table.
     *
     * @return the statement
     */
    public String dropItems() {
        return "DROP TABLE " + items;
    }

    /**
     * Inserts one item.
     *
     * @return the statement with five parameters
     */
    public String insertItem() {
        return "INSERT INTO " + items + " (" + columns() + ") VALUES (?, ?, ?, ?, ?)";
    }

    /**
     * Inserts a row into a relationship table.
     *
     * @param table the table
     * @param keyColumn the foreign-key column, or the empty string for parents
     * @return the statement
     */
    public String insertRelation(String table, String keyColumn) {
        return keyColumn.isEmpty()
                ? "INSERT INTO " + q(table) + " (" + q("id") + ", " + q("name") + ") VALUES (?, ?)"
                : "INSERT INTO " + q(table) + " (" + q("id") + ", " + q(keyColumn) + ", " + q("name")
                        + ") VALUES (?, ?, ?)";
    }

    /**
     * Inserts an item, or updates every column of the item with the same key.
     *
     * @return the statement with five parameters
     */
    public String upsertItem() {
        if (backend == Backend.MARIADB) {
            return insertItem() + " ON DUPLICATE KEY UPDATE " + q("category") + " = VALUES(" + q("category") + "), "
                    + q("name") + " = VALUES(" + q("name") + "), " + q("score") + " = VALUES(" + q("score") + "), "
                    + q("payload") + " = VALUES(" + q("payload") + ")";
        }
        return insertItem() + " ON CONFLICT (" + q("id") + ") DO UPDATE SET " + q("category") + " = EXCLUDED."
                + q("category") + ", " + q("name") + " = EXCLUDED." + q("name") + ", " + q("score") + " = EXCLUDED."
                + q("score") + ", " + q("payload") + " = EXCLUDED." + q("payload");
    }

    /**
     * The item columns, in record order.
     *
     * @return the quoted column list
     */
    public String columns() {
        return q("id") + ", " + q("category") + ", " + q("name") + ", " + q("score") + ", " + q("payload");
    }

    /**
     * Sets the score of every item of a category.
     *
     * @return the statement: score, category
     */
    public String updateScoreWhereCategory() {
        return "UPDATE " + items + " SET " + q("score") + " = ? WHERE " + q("category") + " = ?";
    }

    /**
     * Sets the score of one item.
     *
     * @return the statement: score, id
     */
    public String updateScoreById() {
        return "UPDATE " + items + " SET " + q("score") + " = ? WHERE " + q("id") + " = ?";
    }

    /**
     * The score of one item.
     *
     * @return the statement: id
     */
    public String scoreById() {
        return "SELECT " + q("score") + " FROM " + items + " WHERE " + q("id") + " = ?";
    }

    /**
     * The sum of every item's score.
     *
     * @return the statement
     */
    public String sumScores() {
        return "SELECT COALESCE(SUM(" + q("score") + "), 0) FROM " + items;
    }

    /**
     * Deletes the items of a category.
     *
     * @return the statement: category
     */
    public String deleteWhereCategory() {
        return "DELETE FROM " + items + " WHERE " + q("category") + " = ?";
    }

    /**
     * Counts every item.
     *
     * @return the statement
     */
    public String countAll() {
        return "SELECT COUNT(*) FROM " + items;
    }

    /**
     * Counts the items of a category.
     *
     * @return the statement: category
     */
    public String countWhereCategory() {
        return countAll() + " WHERE " + q("category") + " = ?";
    }

    /**
     * Counts the items with a score.
     *
     * @return the statement: score
     */
    public String countWhereScore() {
        return countAll() + " WHERE " + q("score") + " = ?";
    }

    /**
     * Counts the items with at least a score.
     *
     * @return the statement: minimum score
     */
    public String countWhereScoreAtLeast() {
        return countAll() + " WHERE " + q("score") + " >= ?";
    }

    /**
     * Counts and sums the scores of a category.
     *
     * @return the statement: category
     */
    public String aggregateWhereCategory() {
        return "SELECT COUNT(*), SUM(" + q("score") + ") FROM " + items + " WHERE " + q("category") + " = ?";
    }

    /**
     * Id and score of a category, by id.
     *
     * @return the statement: category
     */
    public String projectionWhereCategory() {
        return "SELECT " + q("id") + ", " + q("score") + " FROM " + items + " WHERE " + q("category") + " = ? ORDER BY "
                + q("id");
    }

    /**
     * The items whose key sorts before a bound, by key.
     *
     * @return the statement: bound
     */
    public String selectBelowId() {
        return "SELECT " + columns() + " FROM " + items + " WHERE " + q("id") + " < ? ORDER BY " + q("id");
    }

    /**
     * One item by key.
     *
     * @return the statement: id
     */
    public String selectById() {
        return "SELECT " + columns() + " FROM " + items + " WHERE " + q("id") + " = ?";
    }

    /**
     * A page of items by id.
     *
     * @return the statement: limit, offset
     */
    public String pageById() {
        return "SELECT " + columns() + " FROM " + items + " ORDER BY " + q("id") + " LIMIT ? OFFSET ?";
    }

    /**
     * A page of items by category, score and id.
     *
     * @return the statement: limit
     */
    public String pageOrdered() {
        return "SELECT " + columns() + " FROM " + items + " ORDER BY " + q("category") + ", " + q("score") + ", "
                + q("id") + " LIMIT ?";
    }

    /**
     * A page of the items of a category.
     *
     * @return the statement: category, limit
     */
    public String pageWhereCategory() {
        return "SELECT " + columns() + " FROM " + items + " WHERE " + q("category") + " = ? LIMIT ?";
    }

    /**
     * The first items, for the heap measurement.
     *
     * @return the statement: limit
     */
    public String firstRows() {
        return "SELECT " + columns() + " FROM " + items + " LIMIT ?";
    }
}
