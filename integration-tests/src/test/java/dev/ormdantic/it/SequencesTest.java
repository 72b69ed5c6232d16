package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.it.model.Invoice;
import dev.ormdantic.it.model.InvoiceTable;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * {@code @Sequence} keys: drawn on insert and returned on PostgreSQL and MariaDB, dropped with the table; refused
 * before any DDL on SQLite and MySQL, which have no sequences.
 */
class SequencesTest {

    @BackendTest
    void sequenceKeysAreReturnedOrRefused(TestDatabase test) throws SQLException {
        try (Ormdantic db =
                Ormdantic.builder(test.url()).tables(InvoiceTable.TABLE).open()) {
            switch (test.backend()) {
                case POSTGRESQL, MARIADB -> drawn(db);
                default -> refused(db, test);
            }
        }
    }

    private static void drawn(Ormdantic db) {
        db.init().join();
        BlockingTableHandle<Invoice, Long> invoices = db.blockingTable(InvoiceTable.TABLE);

        assertEquals(new Invoice(1000, "acme"), invoices.insert(new Invoice(0, "acme")));
        assertEquals(
                List.of(new Invoice(1005, "globex"), new Invoice(1010, "initech")),
                invoices.insertMany(List.of(new Invoice(0, "globex"), new Invoice(0, "initech"))));
        assertEquals(Optional.of(new Invoice(1010, "initech")), invoices.findOne(1010L));

        db.dropAll().join();
        db.init().join();
        assertEquals(new Invoice(1000, "acme"), invoices.insert(new Invoice(0, "acme")), "the sequence was dropped");
    }

    private static void refused(Ormdantic db, TestDatabase test) throws SQLException {
        CompletionException failure =
                assertThrows(CompletionException.class, () -> db.init().join());
        ConfigurationException e = assertInstanceOf(ConfigurationException.class, failure.getCause());
        assertEquals(ErrorCode.FEATURE_UNSUPPORTED, e.code());
        String dialect = test.backend() == Backend.SQLITE ? "SQLite" : "MySQL";
        assertTrue(
                String.valueOf(e.getMessage())
                        .contains("table invoice (Invoice) cannot be used on " + dialect + ": " + dialect
                                + " does not support sequences (@Sequence \"invoice_number_seq\"). Use @Identity for"
                                + " a generated key on this backend, or remove @Sequence"),
                e.getMessage());
        // the test's own database and schema only: Connector/J lists every database of the server for a null catalog
        try (Connection connection = test.jdbc();
                ResultSet tables = connection
                        .getMetaData()
                        .getTables(connection.getCatalog(), connection.getSchema(), "invoice%", null)) {
            assertFalse(tables.next(), "init() created nothing");
        }
    }
}
