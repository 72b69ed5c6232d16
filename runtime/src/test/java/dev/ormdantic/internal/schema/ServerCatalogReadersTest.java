package dev.ormdantic.internal.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ormdantic.dialect.reflect.LiveColumn;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveSequence;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec.Action;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The SQL Server and Oracle readers: their catalog SQL as exact text (goldens), and what they make of rows shaped as
 * the vendors document their catalog views. No server runs here: these are documentation-shaped fixtures, not a live
 * database. The rows below are what the catalogs hold after our DDL for
 * {@code line_item (id identity, order_id, price, quantity default 1, note, total computed)} with a primary key, a
 * unique constraint, a foreign key, a check and an index.
 */
class ServerCatalogReadersTest {

    private static final Path GOLDENS = Paths.get("src", "test", "resources", "goldens", "catalog");

    /** Fixture rows by query; a query without rows answers none. */
    private static CatalogSource fixture(Map<String, List<CatalogRow>> rows) {
        return (sql, schema) -> rows.getOrDefault(sql, List.of());
    }

    @Test
    void sqlServerCatalogQueriesAreTheGoldenText() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("relations", SqlServerCatalog.RELATIONS);
        queries.put("columns", SqlServerCatalog.COLUMNS);
        queries.put("keys", SqlServerCatalog.KEYS);
        queries.put("indexes", SqlServerCatalog.INDEXES);
        queries.put("foreign keys", SqlServerCatalog.FOREIGN_KEYS);
        queries.put("checks", SqlServerCatalog.CHECKS);
        queries.put("sequences", SqlServerCatalog.SEQUENCES);
        assertGolden("mssql.sql", queries);
    }

    @Test
    void oracleCatalogQueriesAreTheGoldenText() {
        Map<String, String> queries = new LinkedHashMap<>();
        queries.put("relations", OracleCatalog.RELATIONS);
        queries.put("columns", OracleCatalog.COLUMNS);
        queries.put("keys", OracleCatalog.KEYS);
        queries.put("checks", OracleCatalog.CHECKS);
        queries.put("indexes", OracleCatalog.INDEXES);
        queries.put("sequences", OracleCatalog.SEQUENCES);
        assertGolden("oracle.sql", queries);
    }

    @Test
    void sqlServerRowsBecomeTheLiveSchema() throws SQLException {
        Map<String, List<CatalogRow>> rows = new HashMap<>();
        rows.put(
                SqlServerCatalog.RELATIONS,
                List.of(
                        CatalogRow.of("line_item", "U ", ""),
                        CatalogRow.of("big_items", "V ", "CREATE VIEW big_items AS SELECT id FROM line_item\n")));
        // sys.columns: max_length in bytes (two a character, -1 for MAX); bit flags as the driver's Booleans.
        rows.put(
                SqlServerCatalog.COLUMNS,
                List.of(
                        CatalogRow.of(
                                "line_item",
                                "id",
                                "int",
                                (short) 4,
                                (short) 10,
                                (short) 0,
                                false,
                                true,
                                false,
                                null,
                                null,
                                null),
                        CatalogRow.of(
                                "line_item",
                                "order_id",
                                "nvarchar",
                                (short) 40,
                                (short) 0,
                                (short) 0,
                                false,
                                false,
                                false,
                                null,
                                null,
                                null),
                        CatalogRow.of(
                                "line_item",
                                "price",
                                "decimal",
                                (short) 9,
                                (short) 10,
                                (short) 2,
                                false,
                                false,
                                false,
                                null,
                                null,
                                null),
                        CatalogRow.of(
                                "line_item",
                                "quantity",
                                "int",
                                (short) 4,
                                (short) 10,
                                (short) 0,
                                false,
                                false,
                                false,
                                null,
                                null,
                                "((1))"),
                        CatalogRow.of(
                                "line_item",
                                "note",
                                "nvarchar",
                                (short) -1,
                                (short) 0,
                                (short) 0,
                                true,
                                false,
                                false,
                                null,
                                null,
                                null),
                        CatalogRow.of(
                                "line_item",
                                "ratio",
                                "float",
                                (short) 8,
                                (short) 53,
                                (short) 0,
                                true,
                                false,
                                false,
                                null,
                                null,
                                null),
                        CatalogRow.of(
                                "line_item",
                                "at",
                                "datetimeoffset",
                                (short) 10,
                                (short) 34,
                                (short) 7,
                                true,
                                false,
                                false,
                                null,
                                null,
                                null),
                        CatalogRow.of(
                                "line_item",
                                "total",
                                "decimal",
                                (short) 13,
                                (short) 21,
                                (short) 2,
                                true,
                                false,
                                true,
                                "([price]*[quantity])",
                                true,
                                null),
                        CatalogRow.of(
                                "big_items",
                                "id",
                                "int",
                                (short) 4,
                                (short) 10,
                                (short) 0,
                                false,
                                false,
                                false,
                                null,
                                null,
                                null)));
        rows.put(
                SqlServerCatalog.KEYS,
                List.of(
                        CatalogRow.of("line_item", "line_item_order_quantity", "UQ", "order_id"),
                        CatalogRow.of("line_item", "line_item_order_quantity", "UQ", "quantity"),
                        CatalogRow.of("line_item", "line_item_pkey", "PK", "id")));
        rows.put(
                SqlServerCatalog.INDEXES,
                List.of(CatalogRow.of("line_item", "line_item_note_idx", false, "([note] IS NOT NULL)", "order_id")));
        rows.put(
                SqlServerCatalog.FOREIGN_KEYS,
                List.of(CatalogRow.of(
                        "line_item",
                        "line_item_order_fk",
                        "order_id",
                        "dbo",
                        "dbo",
                        "orders",
                        "id",
                        "CASCADE",
                        "NO_ACTION")));
        rows.put(
                SqlServerCatalog.CHECKS,
                List.of(CatalogRow.of("line_item", "line_item_quantity_check", "([quantity]>(0))")));
        rows.put(SqlServerCatalog.SEQUENCES, List.of(CatalogRow.of("invoice_numbers", 1000L, 10L, "dbo")));

        LiveSchema live = SqlServerCatalog.read(fixture(rows), "");

        assertEquals(
                new LiveTable(
                        "",
                        "line_item",
                        LiveTable.Kind.TABLE,
                        List.of(
                                new LiveColumn(
                                        "id",
                                        "int",
                                        ColumnType.of(ColumnType.Kind.INT),
                                        false,
                                        new ColumnGeneration.Identity(),
                                        ""),
                                new LiveColumn(
                                        "order_id",
                                        "nvarchar(20)",
                                        ColumnType.string(20),
                                        false,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "price",
                                        "decimal(10,2)",
                                        ColumnType.decimal(10, 2),
                                        false,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "quantity",
                                        "int",
                                        ColumnType.of(ColumnType.Kind.INT),
                                        false,
                                        new ColumnGeneration.ServerDefault("((1))"),
                                        ""),
                                new LiveColumn(
                                        "note",
                                        "nvarchar(max)",
                                        ColumnType.unboundedString(),
                                        true,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "ratio",
                                        "float(53)",
                                        ColumnType.of(ColumnType.Kind.DOUBLE),
                                        true,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "at",
                                        "datetimeoffset(7)",
                                        ColumnType.of(ColumnType.Kind.INSTANT),
                                        true,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "total",
                                        "decimal(21,2)",
                                        ColumnType.decimal(21, 2),
                                        true,
                                        new ColumnGeneration.Computed("([price]*[quantity])", true),
                                        "")),
                        List.of("id"),
                        List.of(new IndexSpec(
                                "line_item_note_idx", List.of("order_id"), false, "([note] IS NOT NULL)")),
                        List.of(new UniqueSpec("line_item_order_quantity", List.of("order_id", "quantity"))),
                        List.of(new ForeignKeySpec(
                                "line_item_order_fk",
                                List.of("order_id"),
                                "",
                                "orders",
                                List.of("id"),
                                Action.CASCADE,
                                Action.NO_ACTION)),
                        List.of(new CheckSpec.Sql("line_item_quantity_check", "([quantity]>(0))")),
                        ""),
                live.table("line_item"));
        LiveTable view = java.util.Objects.requireNonNull(live.table("big_items"));
        assertEquals(LiveTable.Kind.VIEW, view.kind());
        assertEquals("CREATE VIEW big_items AS SELECT id FROM line_item", view.viewQuery());
        assertEquals(List.of(new LiveSequence("dbo", "invoice_numbers", 1000, 10)), live.sequences());
        assertEquals(List.of(), live.enums());
    }

    @Test
    void oracleRowsBecomeTheLiveSchemaWithoutWhatOracleAddsOnItsOwn() throws SQLException {
        Map<String, List<CatalogRow>> rows = new HashMap<>();
        rows.put(SqlServerCatalog.RELATIONS, List.of(CatalogRow.of("not", "U", "")));
        rows.put(
                OracleCatalog.RELATIONS,
                List.of(CatalogRow.of("line_item", "TABLE", null), CatalogRow.of("totals", "MATERIALIZED VIEW", null)));
        // ALL_TAB_COLS: numbers as the driver's BigDecimal, DATA_DEFAULT as written with its trailing blank.
        rows.put(
                OracleCatalog.COLUMNS,
                List.of(
                        CatalogRow.of(
                                "line_item",
                                "id",
                                "NUMBER",
                                n(22),
                                n(19),
                                n(0),
                                n(0),
                                null,
                                "N",
                                "YES",
                                "NO",
                                "\"APP\".\"ISEQ$$_73001\".nextval "),
                        CatalogRow.of(
                                "line_item",
                                "order_id",
                                "VARCHAR2",
                                n(80),
                                null,
                                null,
                                n(20),
                                "C",
                                "N",
                                "NO",
                                "NO",
                                null),
                        CatalogRow.of(
                                "line_item", "token", "VARCHAR2", n(36), null, null, n(36), "B", "Y", "NO", "NO", null),
                        CatalogRow.of(
                                "line_item", "price", "NUMBER", n(22), n(10), n(2), n(0), null, "N", "NO", "NO", null),
                        CatalogRow.of(
                                "line_item",
                                "quantity",
                                "NUMBER",
                                n(22),
                                n(10),
                                n(0),
                                n(0),
                                null,
                                "N",
                                "NO",
                                "NO",
                                "1 "),
                        CatalogRow.of(
                                "line_item", "active", "NUMBER", n(22), n(1), n(0), n(0), null, "N", "NO", "NO", null),
                        CatalogRow.of(
                                "line_item", "doc", "CLOB", n(4000), null, null, n(0), null, "Y", "NO", "NO", null),
                        CatalogRow.of(
                                "line_item",
                                "at",
                                "TIMESTAMP(6) WITH TIME ZONE",
                                n(13),
                                null,
                                n(6),
                                n(0),
                                null,
                                "Y",
                                "NO",
                                "NO",
                                null),
                        CatalogRow.of(
                                "line_item",
                                "total",
                                "NUMBER",
                                n(22),
                                n(21),
                                n(2),
                                n(0),
                                null,
                                "Y",
                                "NO",
                                "YES",
                                "\"PRICE\"*\"QUANTITY\"")));
        rows.put(
                OracleCatalog.KEYS,
                List.of(
                        CatalogRow.of(
                                "line_item",
                                "line_item_order_fk",
                                "R",
                                "order_id",
                                "APP",
                                "APP",
                                "orders",
                                "id",
                                "SET NULL"),
                        CatalogRow.of("line_item", "line_item_pkey", "P", "id", "APP", null, null, null, null),
                        CatalogRow.of("line_item", "line_item_token", "U", "token", "APP", null, null, null, null)));
        rows.put(
                OracleCatalog.CHECKS,
                List.of(
                        CatalogRow.of("line_item", "SYS_C008101", "\"id\" IS NOT NULL", "GENERATED NAME"),
                        CatalogRow.of("line_item", "SYS_C008102", "\"doc\" IS JSON", "GENERATED NAME"),
                        CatalogRow.of("line_item", "line_item_quantity_check", "quantity > 0", "USER NAME")));
        rows.put(
                OracleCatalog.INDEXES,
                List.of(
                        CatalogRow.of("line_item", "line_item_at_idx", "NONUNIQUE", "order_id"),
                        CatalogRow.of("line_item", "line_item_at_idx", "NONUNIQUE", "at")));
        rows.put(OracleCatalog.SEQUENCES, List.of(CatalogRow.of("invoice_numbers", n(1), n(10), "APP")));

        LiveSchema live = OracleCatalog.read(fixture(rows), "");

        assertEquals(
                new LiveTable(
                        "",
                        "line_item",
                        LiveTable.Kind.TABLE,
                        List.of(
                                new LiveColumn(
                                        "id",
                                        "NUMBER(19)",
                                        ColumnType.of(ColumnType.Kind.LONG),
                                        false,
                                        new ColumnGeneration.Identity(),
                                        ""),
                                new LiveColumn(
                                        "order_id",
                                        "VARCHAR2(20 CHAR)",
                                        ColumnType.string(20),
                                        false,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "token",
                                        "VARCHAR2(36)",
                                        ColumnType.string(36),
                                        true,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "price",
                                        "NUMBER(10,2)",
                                        ColumnType.decimal(10, 2),
                                        false,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "quantity",
                                        "NUMBER(10)",
                                        ColumnType.of(ColumnType.Kind.INT),
                                        false,
                                        new ColumnGeneration.ServerDefault("1"),
                                        ""),
                                new LiveColumn(
                                        "active",
                                        "NUMBER(1)",
                                        ColumnType.of(ColumnType.Kind.BOOLEAN),
                                        false,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "doc",
                                        "CLOB",
                                        ColumnType.of(ColumnType.Kind.JSON),
                                        true,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "at",
                                        "TIMESTAMP(6) WITH TIME ZONE",
                                        ColumnType.of(ColumnType.Kind.INSTANT),
                                        true,
                                        ColumnGeneration.none(),
                                        ""),
                                new LiveColumn(
                                        "total",
                                        "NUMBER(21,2)",
                                        ColumnType.decimal(21, 2),
                                        true,
                                        new ColumnGeneration.Computed("\"PRICE\"*\"QUANTITY\"", false),
                                        "")),
                        List.of("id"),
                        List.of(new IndexSpec("line_item_at_idx", List.of("order_id", "at"), false)),
                        List.of(new UniqueSpec("line_item_token", List.of("token"))),
                        List.of(new ForeignKeySpec(
                                "line_item_order_fk",
                                List.of("order_id"),
                                "",
                                "orders",
                                List.of("id"),
                                Action.SET_NULL,
                                Action.NO_ACTION)),
                        List.of(new CheckSpec.Sql("line_item_quantity_check", "quantity > 0")),
                        ""),
                live.table("line_item"));
        LiveTable totals = live.table("totals");
        assertEquals(LiveTable.Kind.MATERIALIZED_VIEW, totals == null ? null : totals.kind());
        assertEquals(List.of(new LiveSequence("APP", "invoice_numbers", 1, 10)), live.sequences());
    }

    @Test
    void nativeTypesAreSpeltFromTheCatalogColumns() {
        assertEquals("nvarchar(80)", SqlServerCatalog.nativeType("nvarchar", 160, 0, 0));
        assertEquals("varbinary(max)", SqlServerCatalog.nativeType("varbinary", -1, 0, 0));
        assertEquals("time(7)", SqlServerCatalog.nativeType("time", 5, 16, 7));
        assertEquals("bit", SqlServerCatalog.nativeType("bit", 1, 1, 0));
        assertEquals("NUMBER", OracleCatalog.nativeType("NUMBER", 22, null, null, 0, ""));
        assertEquals("NUMBER(38)", OracleCatalog.nativeType("NUMBER", 22, null, "0", 0, ""));
        assertEquals("NVARCHAR2(10)", OracleCatalog.nativeType("NVARCHAR2", 20, null, null, 10, "C"));
        assertEquals("BLOB", OracleCatalog.nativeType("BLOB", 4000, null, null, 0, ""));
    }

    private static java.math.BigDecimal n(long value) {
        return java.math.BigDecimal.valueOf(value);
    }

    private static void assertGolden(String name, Map<String, String> queries) {
        StringBuilder text = new StringBuilder();
        queries.forEach((label, sql) ->
                text.append("-- ").append(label).append('\n').append(sql).append('\n'));
        Path file = GOLDENS.resolve(name);
        try {
            if (Boolean.getBoolean("goldens.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text.toString(), StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("Missing golden file " + file + "; run with -Dgoldens.update=true, then review it:\n" + text);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), text.toString(), "golden " + file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write " + file, e);
        }
    }
}
