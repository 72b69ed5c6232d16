package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Isolation;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.TransactionOptions;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.Outcome;
import dev.ormdantic.it.model.Account;
import dev.ormdantic.it.model.AccountTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Tag;

/**
 * T4b, an exception during a transaction: on PostgreSQL a failed statement that the callback catches and ignores
 * leaves the transaction aborted ({@code 25P02}); the next statement fails with a coded error that says to use
 * {@code tx.savepoint(...)}, and the transaction is rolled back, also when the callback swallows every error and
 * returns. Inside {@code tx.savepoint(...)} the same failure is rolled back to the savepoint and the transaction
 * commits its other work. And a connection goes back to the pool clean: after a serializable, read-only transaction
 * that changed the session's schema with raw SQL, the next borrow of the same pooled connection has auto-commit on,
 * the default isolation, is not read-only, and (as docs/transactions.md promises) sees the schema a transaction-scoped
 * change left ({@code SET LOCAL}) undone, while a session-level {@code SET}/{@code USE} is the application's to undo.
 */
@Tag("reliability")
class AbortedTransactionTest {

    private static final Account ADA = new Account(1, "ada", 36, 0);
    private static final Account BOB = new Account(2, "bob", 40, 0);

    @BackendTest
    void aStatementAfterAnIgnoredFailureFailsWithACodedErrorThatNamesTheSavepoint(TestDatabase database) {
        assumeTrue(
                database.backend() == Backend.POSTGRESQL, "only PostgreSQL aborts a transaction on a failed statement");
        Ormdantic db = database.db();
        OrmdanticException aborted = assertThrows(
                OrmdanticException.class,
                () -> db.blocking().inTransaction(tx -> {
                    BlockingTableHandle<Account, Integer> accounts = tx.blockingTable(AccountTable.TABLE);
                    accounts.insert(ADA);
                    OrmdanticException duplicate = assertThrows(OrmdanticException.class, () -> accounts.insert(ADA));
                    assertEquals(ErrorCode.DUPLICATE_KEY, duplicate.code());
                    accounts.insert(BOB); // refused by the server: the transaction is aborted
                }));
        assertEquals(ErrorCode.TRANSACTION_ABORTED, aborted.code(), aborted.getMessage());
        assertTrue(aborted.getMessage().contains("25P02"), aborted.getMessage());
        assertTrue(aborted.getMessage().contains("tx.savepoint("), aborted.getMessage());
        assertEquals(Outcome.NOT_APPLIED, aborted.outcome());
        assertFalse(aborted.retryable(), "running it again would fail the same way");
        assertEquals(List.of(), ids(db), "the transaction was rolled back");
        assertTrue(
                aborted.getMessage().contains("an earlier statement of this transaction failed"), aborted.getMessage());
    }

    @BackendTest
    void aCallbackThatSwallowsTheFailureDoesNotCommitAnAbortedTransaction(TestDatabase database) {
        assumeTrue(
                database.backend() == Backend.POSTGRESQL, "only PostgreSQL aborts a transaction on a failed statement");
        Ormdantic db = database.db();
        OrmdanticException aborted = assertThrows(
                OrmdanticException.class,
                () -> db.blocking().inTransaction(tx -> {
                    BlockingTableHandle<Account, Integer> accounts = tx.blockingTable(AccountTable.TABLE);
                    accounts.insert(ADA);
                    try {
                        accounts.insert(ADA);
                    } catch (OrmdanticException ignored) {
                        // swallowed: PostgreSQL answers the COMMIT with ROLLBACK
                    }
                }));
        assertEquals(ErrorCode.TRANSACTION_ABORTED, aborted.code(), aborted.getMessage());
        assertTrue(aborted.getMessage().contains("tx.savepoint("), aborted.getMessage());
        assertEquals(List.of(), ids(db), "nothing was committed");
    }

    @BackendTest
    void aFailureInsideASavepointIsRolledBackToItAndTheTransactionCommits(TestDatabase database) {
        Ormdantic db = database.db();
        db.blocking().inTransaction(tx -> {
            BlockingTableHandle<Account, Integer> accounts = tx.blockingTable(AccountTable.TABLE);
            accounts.insert(ADA);
            OrmdanticException duplicate = assertThrows(
                    OrmdanticException.class,
                    () -> tx.savepoint(
                            sp -> sp.blockingTable(AccountTable.TABLE).insert(ADA)));
            assertEquals(ErrorCode.DUPLICATE_KEY, duplicate.code());
            accounts.insert(BOB);
        });
        assertEquals(List.of(1, 2), ids(db), "the outer transaction committed its other work");
    }

    @BackendTest
    void theNextBorrowOfThePooledConnectionIsClean(TestDatabase database) throws SQLException {
        Backend backend = database.backend();
        assumeTrue(backend == Backend.POSTGRESQL || backend == Backend.MARIADB || backend == Backend.MYSQL);
        database.db(); // creates the tables
        try (Ormdantic db = Ormdantic.builder(database.url())
                        .tables(AccountTable.TABLE)
                        .poolSize(1)
                        .open();
                Connection admin = database.jdbc();
                Statement statement = admin.createStatement()) {
            String other = database.toString().replace(':', '_').replace("ormdantic_it_", "ormdantic_other_");
            statement.execute(backend == Backend.POSTGRESQL ? "CREATE SCHEMA " + other : "CREATE DATABASE " + other);
            try {
                Session before = Session.of(db, backend);
                TransactionOptions options = TransactionOptions.defaults()
                        .isolation(Isolation.SERIALIZABLE)
                        .readOnly();
                // Its statements touch no table: on MariaDB it never started a transaction on the server until
                // START TRANSACTION was sent, and its READ ONLY fell to the next borrower's insert (found here).
                Session inside = db.blocking().transaction(options, tx -> {
                    tx.blockingSql(backend == Backend.POSTGRESQL ? "SET search_path TO " + other : "USE " + other)
                            .execute();
                    return Session.of(tx, backend);
                });
                assertEquals(before.id(), inside.id(), "one pooled connection");
                assertEquals(other, inside.schema());
                if (backend == Backend.POSTGRESQL) {
                    // MariaDB's @@tx_isolation shows the session's level, not the one SET TRANSACTION gave this one.
                    assertEquals("serializable", inside.isolation());
                    assertTrue(inside.readOnly());
                }

                Session after = Session.of(db, backend);
                assertEquals(before.id(), after.id(), "the same pooled connection again");
                assertEquals(before.isolation(), after.isolation(), "the default isolation again");
                assertEquals(false, after.readOnly(), "not read-only");
                // Documented (transactions.md): a session-level SET search_path or USE made with raw SQL is not undone.
                assertEquals(other, after.schema(), "a raw session-level schema change outlives the transaction");
                db.blocking()
                        .sql(
                                backend == Backend.POSTGRESQL
                                        ? "SET search_path TO " + before.schema()
                                        : "USE " + before.schema())
                        .execute();

                if (backend == Backend.POSTGRESQL) {
                    // The transaction-scoped form, which transactions.md recommends, ends with the transaction.
                    String local = db.blocking().transaction(tx -> {
                        tx.blockingSql("SET LOCAL search_path TO " + other).execute();
                        return Session.of(tx, backend).schema();
                    });
                    assertEquals(other, local);
                    assertEquals(before.schema(), Session.of(db, backend).schema(), "SET LOCAL ended with it");
                }

                db.blockingTable(AccountTable.TABLE).insert(ADA);
                try (ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM account")) {
                    rows.next();
                    assertEquals(1, rows.getInt(1), "auto-commit is on: the write is visible to another session");
                }
            } finally {
                statement.execute(
                        backend == Backend.POSTGRESQL
                                ? "DROP SCHEMA IF EXISTS " + other + " CASCADE"
                                : "DROP DATABASE IF EXISTS " + other);
            }
        }
    }

    /** What a session reports of itself. */
    private record Session(long id, String isolation, boolean readOnly, String schema) {

        static Session of(Ormdantic db, Backend backend) {
            return db.blocking().sql(query(backend)).queryOne(Session::map).orElseThrow();
        }

        static Session of(dev.ormdantic.Transaction tx, Backend backend) {
            return tx.blockingSql(query(backend)).queryOne(Session::map).orElseThrow();
        }

        private static String query(Backend backend) {
            return backend == Backend.POSTGRESQL
                    ? "SELECT pg_backend_pid(), current_setting('transaction_isolation'),"
                            + " current_setting('transaction_read_only'), current_schema()"
                    : "SELECT CONNECTION_ID(), @@tx_isolation, @@tx_read_only, DATABASE()";
        }

        private static Session map(dev.ormdantic.SqlRow row) {
            String readOnly = String.valueOf(row.getObject(3));
            return new Session(
                    row.getLong(1),
                    String.valueOf(row.getString(2))
                            .toLowerCase(java.util.Locale.ROOT)
                            .replace('-', ' '),
                    readOnly.equals("on") || readOnly.equals("1") || readOnly.equals("true"),
                    String.valueOf(row.getString(4)));
        }
    }

    private static List<Integer> ids(Ormdantic db) {
        return db.blockingTable(AccountTable.TABLE).findMany().data().stream()
                .map(Account::id)
                .sorted()
                .toList();
    }
}
