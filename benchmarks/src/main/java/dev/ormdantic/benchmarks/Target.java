package dev.ormdantic.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

/**
 * Where the contenders connect for one backend, and the pool settings they all share.
 *
 * @param backend the backend
 * @param jdbcUrl its JDBC URL
 * @param ormUrl the URL this ORM opens
 * @param poolSize connections per pool, the same for every contender
 */
public record Target(Backend backend, String jdbcUrl, String ormUrl, int poolSize) {

    /**
     * A pool with the settings this ORM uses for the backend (pool size, auto-commit, and on SQLite the same pragmas:
     * foreign keys, busy timeout, {@code BEGIN IMMEDIATE} and WAL), so every contender runs on equal connections.
     *
     * @param name the pool name
     * @return the open pool
     */
    public HikariDataSource hikari(String name) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(name);
        config.setJdbcUrl(jdbcUrl);
        config.setAutoCommit(true);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(poolSize);
        config.setConnectionTimeout(30_000);
        if (backend == Backend.SQLITE) {
            config.setMaxLifetime(0);
            config.setIdleTimeout(0);
            config.addDataSourceProperty("foreign_keys", "true");
            config.addDataSourceProperty("busy_timeout", "5000");
            config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
            config.addDataSourceProperty("journal_mode", "WAL");
        }
        return new HikariDataSource(config);
    }
}
