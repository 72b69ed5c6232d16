package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.it.model.Cone;
import dev.ormdantic.it.model.ConeTable;
import dev.ormdantic.it.model.SalesInvoice;
import dev.ormdantic.it.model.SalesInvoiceTable;
import dev.ormdantic.it.model.Topping;
import dev.ormdantic.it.model.ToppingCount;
import dev.ormdantic.it.model.ToppingCountTable;
import dev.ormdantic.it.model.ToppingTable;
import dev.ormdantic.it.model.ToppingViewTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.Query;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * A table in a schema of its own ({@code ormdantic_it_sales}, created by {@code init()} and dropped by the test) and
 * a materialized view, against every live backend: the statements work where the database has the feature, and
 * {@code init()} refuses with {@code ORM2007} before any DDL where it does not.
 */
class NamespaceTest {

    private static final String SCHEMA = "ormdantic_it_sales";

    @BackendTest
    void everyStatementOfATableInASchemaUsesTheQualifiedName(TestDatabase database) throws SQLException {
        if (database.backend() == Backend.SQLITE) {
            try (Ormdantic db = Ormdantic.builder(database.url())
                    .tables(SalesInvoiceTable.TABLE)
                    .open()) {
                ConfigurationException refusal = refused(db);
                assertTrue(
                        refusal.getMessage()
                                .contains("SQLite does not support schemas (@Table(schema = \"ormdantic_it_sales\"))"),
                        refusal.getMessage());
            }
            return;
        }
        try (Ormdantic db = Ormdantic.builder(database.url())
                .tables(SalesInvoiceTable.TABLE)
                .open()) {
            db.init().join();
            db.init().join(); // idempotent, schema included
            BlockingTableHandle<SalesInvoice, Long> invoices = db.blockingTable(SalesInvoiceTable.TABLE);
            invoices.insertMany(List.of(new SalesInvoice(1, "acme", 100), new SalesInvoice(2, "globex", 250)));
            invoices.upsert(new SalesInvoice(3, "acme", 30));
            assertTrue(invoices.update(new SalesInvoice(2, "globex", 260)));
            assertEquals(Optional.of(new SalesInvoice(2, "globex", 260)), invoices.findOne(2L));
            assertEquals(
                    List.of(new SalesInvoice(1, "acme", 100), new SalesInvoice(3, "acme", 30)),
                    invoices.findMany(SalesInvoiceTable.CUSTOMER.eq("acme"), OrderBy.asc(SalesInvoiceTable.ID))
                            .data());
            assertEquals(2, invoices.count(SalesInvoiceTable.CUSTOMER.eq("acme")));
            assertEquals(
                    1, invoices.updateWhere(SalesInvoiceTable.ID.eq(3L), List.of(SalesInvoiceTable.TOTAL.set(35))));
            assertEquals(
                    2L,
                    ((Number) invoices.select(Query.from(SalesInvoiceTable.TABLE)
                                            .where(SalesInvoiceTable.CUSTOMER.eq("acme")))
                                    .getFirst()
                                    .values()
                                    .getFirst())
                            .longValue());
            assertEquals(1, invoices.deleteWhere(SalesInvoiceTable.CUSTOMER.eq("globex")));
            assertTrue(invoices.delete(1L));
            assertEquals(
                    List.of(new SalesInvoice(3, "acme", 35)),
                    invoices.findMany().data());

            try (Connection connection = database.jdbc();
                    Statement statement = connection.createStatement()) {
                assertEquals(1, single(statement, "SELECT COUNT(*) FROM " + SCHEMA + ".sales_invoice"));
            }

            db.dropAll().join();
            try (Connection connection = database.jdbc();
                    Statement statement = connection.createStatement()) {
                assertThrows(
                        SQLException.class,
                        () -> statement.executeQuery("SELECT COUNT(*) FROM " + SCHEMA + ".sales_invoice"));
                assertEquals(
                        1,
                        single(
                                statement,
                                "SELECT COUNT(*) FROM information_schema.schemata WHERE schema_name = '" + SCHEMA
                                        + "'"),
                        "dropAll() leaves the schema");
            }
        } finally {
            try (Connection connection = database.jdbc();
                    Statement statement = connection.createStatement()) {
                statement.execute(
                        database.backend() == Backend.POSTGRESQL
                                ? "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE"
                                : "DROP DATABASE IF EXISTS " + SCHEMA);
            }
        }
    }

    @BackendTest
    void aMaterializedViewOnPostgresqlOnly(TestDatabase database) throws SQLException {
        if (database.backend() != Backend.POSTGRESQL) {
            try (Ormdantic db = Ormdantic.builder(database.url())
                    .tables(ConeTable.TABLE, ToppingTable.TABLE, ToppingCountTable.TABLE)
                    .open()) {
                ConfigurationException refusal = refused(db);
                assertTrue(refusal.getMessage().contains("does not support materialized views (view topping_count)"));
                try (Connection connection = database.jdbc();
                        Statement statement = connection.createStatement()) {
                    assertThrows(SQLException.class, () -> statement.executeQuery("SELECT COUNT(*) FROM cone"));
                }
            }
            return;
        }
        Ormdantic db = database.db();
        db.blockingTable(ConeTable.TABLE).insertMany(List.of(new Cone("waffle", "Waffle"), new Cone("sugar", "S")));
        db.blockingTable(ToppingTable.TABLE)
                .insertMany(List.of(
                        new Topping(1, "waffle", "caramel"),
                        new Topping(2, "waffle", "nuts"),
                        new Topping(3, "sugar", "nuts")));
        BlockingTableHandle<ToppingCount, String> counts = db.blockingTable(ToppingCountTable.TABLE);
        assertEquals(0, counts.count(), "a materialized view holds the rows of its creation");

        db.refresh(ToppingCountTable.TABLE).join();

        assertEquals(
                List.of(new ToppingCount("sugar", 1), new ToppingCount("waffle", 2)),
                counts.findMany(Filter.all(), OrderBy.asc(ToppingCountTable.ID)).data());
        assertEquals(Optional.of(new ToppingCount("waffle", 2)), counts.findOne("waffle"));
        assertThrows(InvalidArgumentException.class, () -> counts.delete("waffle"));
        CompletionException plain = assertThrows(
                CompletionException.class,
                () -> db.refresh(ToppingViewTable.TABLE).join());
        InvalidArgumentException notMaterialized = assertInstanceOf(InvalidArgumentException.class, plain.getCause());
        assertEquals(ErrorCode.NOT_A_MATERIALIZED_VIEW, notMaterialized.code());
        assertEquals(
                "[ORM2122] refresh of view 'topping_view' failed: topping_view is not a materialized view; refresh only"
                        + " records declared @View(materialized = true); a plain view is always current",
                notMaterialized.getMessage());
    }

    private static ConfigurationException refused(Ormdantic db) {
        CompletionException e =
                assertThrows(CompletionException.class, () -> db.init().join());
        ConfigurationException refusal = assertInstanceOf(ConfigurationException.class, e.getCause());
        assertEquals(ErrorCode.FEATURE_UNSUPPORTED, refusal.code());
        return refusal;
    }

    private static long single(Statement statement, String sql) throws SQLException {
        try (ResultSet rs = statement.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
