package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.OptimisticLockException;
import dev.ormdantic.it.session.Wallet;
import dev.ormdantic.it.session.WalletTable;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * A driver that reports no count per batched row ({@link Statement#SUCCESS_NO_INFO}, as MariaDB's bulk protocol can):
 * a session's version-checked batch is undone to its savepoint and written row by row, so a stale version is still
 * traced to its row and nothing is written; later batches of that table go row by row from the start. No driver here
 * answers that way, so the test's data source makes the local ones do so: each batch runs for real and its counts are
 * replaced by {@code SUCCESS_NO_INFO}. Not on SQLite: there Ormdantic prepares through its own statement cache on the
 * driver's unwrapped connection, which such a wrapper cannot reach.
 */
class NoCountBatchTest {

    /** Counts the batches and the single updates that reach the driver. */
    private static final class NoCounts extends DelegatingDataSource {
        final AtomicInteger batches = new AtomicInteger();
        final AtomicInteger singles = new AtomicInteger();

        NoCounts(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            Connection connection = super.getConnection();
            return proxy(Connection.class, connection, (target, method, args) -> {
                Object result = method.invoke(target, args);
                if (result instanceof PreparedStatement statement
                        && method.getName().equals("prepareStatement")) {
                    return proxy(PreparedStatement.class, statement, this::statement);
                }
                return result;
            });
        }

        private Object statement(Object target, java.lang.reflect.Method method, Object[] args) throws Exception {
            Object result = method.invoke(target, args);
            if (method.getName().equals("executeBatch")) {
                batches.incrementAndGet();
                int[] counts = ((int[]) result).clone();
                Arrays.fill(counts, Statement.SUCCESS_NO_INFO);
                return counts;
            }
            if (method.getName().equals("executeUpdate") && (args == null || args.length == 0)) {
                singles.incrementAndGet();
            }
            return result;
        }
    }

    /** A handler that may throw what the target threw. */
    @FunctionalInterface
    private interface Handler {
        Object handle(Object target, java.lang.reflect.Method method, Object[] args) throws Exception;
    }

    private static <T> T proxy(Class<T> type, T target, Handler handler) {
        InvocationHandler invocation = (p, method, args) -> {
            try {
                return handler.handle(target, method, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(
                Proxy.newProxyInstance(NoCountBatchTest.class.getClassLoader(), new Class<?>[] {type}, invocation));
    }

    private static List<Wallet> wallets(Ormdantic db) {
        return db.blockingTable(WalletTable.TABLE).findMany().data().stream()
                .sorted(Comparator.comparingLong(Wallet::id))
                .toList();
    }

    @BackendTest
    void aStaleVersionInABatchWithoutCountsIsTracedRowByRowAndNothingIsWritten(TestDatabase database) {
        assumeTrue(
                database.backend() != Backend.SQLITE, "SQLite statements come from the unwrapped connection's cache");
        try (HikariDataSource pool = ApplicationDataSources.hikari(database, config -> config.setMaximumPoolSize(3))) {
            NoCounts noCounts = new NoCounts(pool);
            try (Ormdantic db = Ormdantic.builder(noCounts, ApplicationDataSources.dialect(database.backend()))
                    .tables(WalletTable.TABLE)
                    .open()) {
                db.init().join();
                BlockingTableHandle<Wallet, Long> handle = db.blockingTable(WalletTable.TABLE);
                handle.deleteWhere(WalletTable.ID.gt(0L));
                List<Wallet> rows = new ArrayList<>();
                for (long id = 1; id <= 100; id++) {
                    rows.add(new Wallet(id, "owner" + id, id, 0));
                }
                List<Wallet> read = handle.insertMany(rows);
                handle.updateWhere(WalletTable.ID.eq(57L), List.of(WalletTable.BALANCE.set(570L)));
                noCounts.batches.set(0);
                noCounts.singles.set(0);

                OptimisticLockException stale = assertThrows(
                        OptimisticLockException.class,
                        () -> db.blocking().inSession(s -> {
                            for (Wallet wallet : read) {
                                s.update(new Wallet(
                                        wallet.id(), wallet.owner(), wallet.balance() + 1000, wallet.version()));
                            }
                        }));
                assertTrue(stale.getMessage().contains("row id = 57 of table wallet"), stale.getMessage());
                assertEquals(2L, stale.actualVersion());
                // one batch, whose counts said nothing, then rows one by one up to the stale one
                assertEquals(1, noCounts.batches.get());
                assertEquals(57, noCounts.singles.get());
                List<Wallet> after = wallets(db);
                for (Wallet wallet : after) {
                    assertEquals(wallet.id() == 57 ? 570 : wallet.id(), wallet.balance(), wallet::toString);
                }

                // the table's later checked batches go row by row from the start
                noCounts.batches.set(0);
                noCounts.singles.set(0);
                db.blocking().inSession(s -> {
                    for (Wallet wallet : wallets(db)) {
                        s.update(new Wallet(wallet.id(), wallet.owner(), wallet.balance() + 1, wallet.version()));
                    }
                });
                assertEquals(0, noCounts.batches.get());
                assertEquals(100, noCounts.singles.get());
                assertEquals(571L, wallets(db).get(56).balance());
            }
        }
    }
}
