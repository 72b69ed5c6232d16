package dev.ormdantic;

/**
 * The isolation level of a transaction, from the weakest to the strictest. Each database maps it to its own
 * statement; a level a database cannot give is refused with {@code ORM2007} before the transaction begins, never run
 * at another level in silence:
 *
 * <table class="striped">
 *   <caption>The levels each database gives</caption>
 *   <thead><tr><th>database</th><th>levels</th><th>set by</th></tr></thead>
 *   <tbody>
 *   <tr><td>PostgreSQL</td><td>all four ({@code READ_UNCOMMITTED} runs as {@code READ COMMITTED}, as PostgreSQL
 *       documents)</td><td>{@code SET TRANSACTION} inside the transaction</td></tr>
 *   <tr><td>MySQL, MariaDB</td><td>all four</td><td>{@code SET TRANSACTION} before its first statement</td></tr>
 *   <tr><td>SQL Server</td><td>all four</td><td>the connection's level, restored when the transaction
 *       ends</td></tr>
 *   <tr><td>Oracle</td><td>{@code READ_COMMITTED}, {@code SERIALIZABLE}</td><td>{@code SET TRANSACTION} as its first
 *       statement</td></tr>
 *   <tr><td>SQLite</td><td>{@code SERIALIZABLE}, which every SQLite transaction is</td><td>nothing to set</td></tr>
 *   </tbody>
 * </table>
 *
 * @since 0.1.0
 */
public enum Isolation {
    /** Reads may see other transactions' uncommitted writes. */
    READ_UNCOMMITTED("READ UNCOMMITTED"),
    /** Reads see only committed writes; two reads of one row may differ. */
    READ_COMMITTED("READ COMMITTED"),
    /** Rows read once read the same again; new rows may appear (not on PostgreSQL or MySQL's InnoDB). */
    REPEATABLE_READ("REPEATABLE READ"),
    /** The transactions behave as if they ran one after another; a conflict aborts one of them. */
    SERIALIZABLE("SERIALIZABLE");

    private final String sql;

    Isolation(String sql) {
        this.sql = sql;
    }

    /**
     * The level's name in SQL, as in {@code SET TRANSACTION ISOLATION LEVEL READ COMMITTED}.
     *
     * @return the name
     */
    public String sql() {
        return sql;
    }
}
