package dev.ormdantic.test;

import dev.ormdantic.Ormdantic;

/**
 * The connection to a server on which the tests' databases are created and dropped: one per URL for the whole run,
 * closed by JUnit when the run ends.
 */
final class ServerAdmin implements AutoCloseable {

    private final String url;
    private final Ormdantic db;

    private ServerAdmin(String url, Ormdantic db) {
        this.url = url;
        this.db = db;
    }

    static ServerAdmin open(String url) {
        return new ServerAdmin(url, Ormdantic.open(url));
    }

    /** The server's URL, as configured. */
    String url() {
        return url;
    }

    /** The dialect's name: {@code postgresql}, {@code mariadb}, ... */
    String dialect() {
        return db.dialect();
    }

    /** Runs one statement of administration. */
    void execute(String sql) {
        db.blocking().sql(sql).execute();
    }

    @Override
    public void close() {
        db.close();
    }
}
