package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * docs/datasource.md, "Spring": Ormdantic on a {@code TransactionAwareDataSourceProxy} around the application's
 * {@code DataSource} joins the transactions of a {@code DataSourceTransactionManager} on that {@code DataSource}, with
 * the blocking API called on the transaction's thread. The rows are checked on a connection of their own after the
 * transaction ends.
 */
class SpringTransactionTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);
    private static final Flavor MINT = new Flavor("mint", "Mint", 2);
    private static final Flavor CHOCOLATE = new Flavor("chocolate", "Chocolate", 4);
    private static final Flavor LEMON = new Flavor("lemon", "Lemon", 3);

    private static final String JDBC_INSERT = "INSERT INTO flavor (id, name, rating) VALUES (?, ?, ?)";

    /** An application's wiring: its pool, Spring's transaction manager and JdbcTemplate, and Ormdantic. */
    private record App(HikariDataSource pool, TransactionTemplate transactions, JdbcTemplate jdbc, Ormdantic db)
            implements AutoCloseable {

        static App on(TestDatabase database) {
            HikariDataSource pool = ApplicationDataSources.hikari(database, config -> config.setMaximumPoolSize(4));
            Ormdantic db = Ormdantic.builder(
                            new TransactionAwareDataSourceProxy(pool),
                            ApplicationDataSources.dialect(database.backend()))
                    .tables(FlavorTable.TABLE)
                    .open();
            db.init().join();
            return new App(
                    pool, new TransactionTemplate(new DataSourceTransactionManager(pool)), new JdbcTemplate(pool), db);
        }

        BlockingTableHandle<Flavor, String> flavors() {
            return db.blockingTable(FlavorTable.TABLE);
        }

        /** The committed rows, read on a connection outside any transaction. */
        String committed() throws SQLException {
            try (Connection connection = pool.getConnection()) {
                return ApplicationDataSourceTest.rows(connection);
            }
        }

        @Override
        public void close() {
            db.close();
            pool.close();
        }
    }

    @BackendTest
    void onCommitBothTheOrmdanticAndTheJdbcTemplateRowsAreThere(TestDatabase database) throws SQLException {
        try (App app = App.on(database)) {
            long seenInside = app.transactions().execute(status -> {
                app.flavors().insert(VANILLA);
                app.jdbc().update(JDBC_INSERT, "mint", "Mint", 2);
                app.flavors().insertMany(List.of(CHOCOLATE, LEMON));
                // one transaction, one connection: Ormdantic sees the JdbcTemplate's row before the commit
                return app.flavors().count();
            });
            assertEquals(4, seenInside);
            assertEquals("chocolate:4,lemon:3,mint:2,vanilla:5", app.committed());
        }
    }

    @BackendTest
    void whenTheCallbackThrowsNeitherRowIsThere(TestDatabase database) throws SQLException {
        try (App app = App.on(database)) {
            IllegalStateException e = assertThrows(
                    IllegalStateException.class,
                    () -> app.transactions().executeWithoutResult(status -> {
                        app.flavors().insert(VANILLA);
                        app.jdbc().update(JDBC_INSERT, "mint", "Mint", 2);
                        app.flavors().insertMany(List.of(CHOCOLATE, LEMON));
                        assertEquals(4, app.flavors().count());
                        throw new IllegalStateException("the order was cancelled");
                    }));
            assertEquals("the order was cancelled", e.getMessage());
            assertEquals("", app.committed());
            // the connections went back to the pool in auto-commit mode: a later call commits at once
            app.flavors().insert(MINT);
            assertEquals("mint:2", app.committed());
        }
    }

    @BackendTest
    void aFailedOperationUndoesOnlyItselfAndTheTransactionGoesOn(TestDatabase database) throws SQLException {
        try (App app = App.on(database)) {
            app.transactions().executeWithoutResult(status -> {
                app.jdbc().update(JDBC_INSERT, "mint", "Mint", 2);
                app.flavors().insert(VANILLA);
                // VANILLA's key exists: the batch fails, and its savepoint leaves the transaction usable (on
                // PostgreSQL an error would otherwise abort it) with the work before it kept
                assertThrows(DuplicateKeyException.class, () -> app.flavors().insertMany(List.of(CHOCOLATE, VANILLA)));
                assertFalse(app.flavors().findOne("chocolate").isPresent());
                app.flavors().insert(LEMON);
            });
            assertEquals("lemon:3,mint:2,vanilla:5", app.committed());
        }
    }

    @BackendTest
    void anOrmdanticTransactionInsideASpringOneIsASavepointOfIt(TestDatabase database) throws SQLException {
        try (App app = App.on(database)) {
            app.transactions().executeWithoutResult(status -> {
                app.jdbc().update(JDBC_INSERT, "mint", "Mint", 2);
                app.db()
                        .blocking()
                        .inTransaction(tx -> tx.blockingTable(FlavorTable.TABLE).insert(VANILLA));
                assertThrows(
                        IllegalStateException.class,
                        () -> app.db().blocking().inTransaction(tx -> {
                            tx.blockingTable(FlavorTable.TABLE).insert(CHOCOLATE);
                            throw new IllegalStateException("only this one is undone");
                        }));
                assertEquals(2, app.flavors().count());
                // Its isolation, read-only, timeout and retries are Spring's transaction's to set
                dev.ormdantic.error.ConfigurationException refused = assertThrows(
                        dev.ormdantic.error.ConfigurationException.class,
                        () -> app.db()
                                .blocking()
                                .inTransaction(
                                        dev.ormdantic.TransactionOptions.defaults()
                                                .isolation(dev.ormdantic.Isolation.SERIALIZABLE)
                                                .retry(3),
                                        tx -> tx.blockingTable(FlavorTable.TABLE)
                                                .insert(LEMON)));
                assertEquals(dev.ormdantic.error.ErrorCode.FEATURE_UNSUPPORTED, refused.code());
                assertTrue(
                        refused.getMessage().contains("isolation(SERIALIZABLE), retry(3) cannot apply"),
                        refused.getMessage());
                assertEquals(2, app.flavors().count());
            });
            assertEquals("mint:2,vanilla:5", app.committed());
            // Ormdantic's commit did not commit Spring's transaction: Spring's rollback takes it back too
            assertThrows(
                    IllegalStateException.class,
                    () -> app.transactions().executeWithoutResult(status -> {
                        app.db()
                                .blocking()
                                .inTransaction(tx ->
                                        tx.blockingTable(FlavorTable.TABLE).insert(LEMON));
                        throw new IllegalStateException("rolled back");
                    }));
            assertEquals("mint:2,vanilla:5", app.committed());
        }
    }

    @BackendTest
    void theAsyncApiRunsOnOtherThreadsAndDoesNotJoin(TestDatabase database) throws SQLException {
        try (App app = App.on(database)) {
            assertThrows(
                    IllegalStateException.class,
                    () -> app.transactions().executeWithoutResult(status -> {
                        // documented: a future's work runs on Ormdantic's threads, outside the caller's transaction
                        app.db().table(FlavorTable.TABLE).insert(MINT).join();
                        app.flavors().insert(VANILLA);
                        throw new IllegalStateException("rolled back");
                    }));
            assertEquals("mint:2", app.committed());
            assertTrue(app.flavors().findOne("vanilla").isEmpty());
        }
    }
}
