package dev.ormdantic.dialect;

import static dev.ormdantic.dialect.SqlGoldens.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Expr.CompareOp;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.ValueList;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Dynamic selects and counts: filters, ordering and paging, for all six dialects, against the SQL goldens. */
class QueryRenderingTest {

    private static final Expr.Column NAME = new Expr.Column("name");
    private static final Expr.Column RATING = new Expr.Column("rating");

    static List<Dialect> dialects() {
        return Dialects.all();
    }

    private static Expr.Param text(String value) {
        return new Expr.Param(value, ColumnType.string(80));
    }

    private static Expr.Param integer(int value) {
        return new Expr.Param(value, ColumnType.of(Kind.INT));
    }

    /** Every filter construct at once. */
    private static Expr everyConstruct() {
        return new Expr.And(List.of(
                new Expr.Compare(RATING, CompareOp.GE, integer(4)),
                new Expr.Compare(RATING, CompareOp.NE, integer(7)),
                new Expr.Like(NAME, text("Van%"), false, false),
                new Expr.Like(NAME, text("%CHOC%"), true, true),
                new Expr.Or(List.of(
                        new Expr.In(new Expr.Column("id"), List.of(text("a"), text("b")), false),
                        new Expr.IsNull(NAME, true),
                        new Expr.Compare(NAME, CompareOp.EQ, new Expr.Param(null, ColumnType.string(80))))),
                new Expr.Not(new Expr.Compare(RATING, CompareOp.LT, integer(2))),
                new Expr.In(RATING, List.of(), true)));
    }

    private static String describe(RenderedSql rendered) {
        List<String> params = new ArrayList<>();
        for (Expr.Param param : rendered.params()) {
            params.add(param.type().kind() + ":" + param.value());
        }
        return rendered.sql() + "\n-- params: " + params;
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void filteredOrderedPage(Dialect dialect) {
        RenderedSql page = dialect.select(
                Fixtures.FLAVOR,
                everyConstruct(),
                List.of(new OrderItem("name", false), new OrderItem("rating", true)),
                10,
                20);
        assertGolden("select_filtered_ordered_page", dialect, describe(page));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void pagingForms(Dialect dialect) {
        String text = String.join(
                "\n",
                "-- limit only, ordered",
                describe(dialect.select(Fixtures.FLAVOR, null, List.of(new OrderItem("name", false)), 5, 0)),
                "-- offset only, unordered",
                describe(dialect.select(Fixtures.FLAVOR, null, List.of(), 0, 5)),
                "-- limit and offset, unordered",
                describe(dialect.select(Fixtures.FLAVOR, null, List.of(), 5, 10)),
                "-- no paging, match everything",
                describe(dialect.select(Fixtures.FLAVOR, new Expr.And(List.of()), List.of(), 0, 0)));
        assertGolden("select_paging", dialect, text);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void countWithFilter(Dialect dialect) {
        RenderedSql count = dialect.count(
                Fixtures.FLAVOR,
                new Expr.Or(List.of(
                        new Expr.Compare(RATING, CompareOp.GT, integer(3)), new Expr.In(NAME, List.of(), false))));
        assertGolden("count_filtered", dialect, describe(count));
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void parametersFollowMarkerOrder(Dialect dialect) {
        RenderedSql page = dialect.select(Fixtures.FLAVOR, everyConstruct(), List.of(), 10, 20);
        long markers = page.sql().chars().filter(c -> c == '?').count();
        assertEquals(markers, page.params().size(), page.sql());
        assertEquals(4, page.params().get(0).value());
        assertEquals(7, page.params().get(1).value());
        assertEquals("Van%", page.params().get(2).value());
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void refusesBadPagingAndUnknownOrderColumns(Dialect dialect) {
        IllegalArgumentException negative = assertThrows(
                IllegalArgumentException.class, () -> dialect.select(Fixtures.FLAVOR, null, List.of(), -1, 0));
        assertEquals("limit and offset must be >= 0 (0 means none), got limit -1 and offset 0", negative.getMessage());
        IllegalArgumentException unknown = assertThrows(
                IllegalArgumentException.class,
                () -> dialect.select(Fixtures.FLAVOR, null, List.of(new OrderItem("nope", false)), 0, 0));
        assertEquals("table flavor has no column nope", unknown.getMessage());
        IllegalArgumentException nullCompare = assertThrows(
                IllegalArgumentException.class,
                () -> dialect.count(
                        Fixtures.FLAVOR,
                        new Expr.Compare(RATING, CompareOp.LT, new Expr.Param(null, ColumnType.of(Kind.INT)))));
        assertEquals("cannot compare with NULL using <; only = and <> accept a null value", nullCompare.getMessage());
    }

    /** Exact numbers compare and sort by value: SQLite, which stores them as text, adds its numeric collation. */
    @ParameterizedTest
    @MethodSource("dialects")
    void exactNumbersCompareByValue(Dialect dialect) {
        Expr.Column price = new Expr.Column("price");
        Expr.Column amount = new Expr.Column("amount");
        Expr.Param low = new Expr.Param(new java.math.BigDecimal("9.5"), ColumnType.decimal(0, 0));
        Expr.Param high = new Expr.Param(new java.math.BigDecimal("10.25"), ColumnType.decimal(0, 0));
        RenderedSql page = dialect.select(
                Fixtures.EVERY_TYPE,
                new Expr.And(List.of(
                        new Expr.Compare(amount, CompareOp.GT, low),
                        new Expr.Between(price, low, high, false),
                        new Expr.In(price, List.of(low, high), true),
                        new Expr.Compare(price, CompareOp.LE, amount),
                        new Expr.Compare(RATING, CompareOp.GE, integer(4)))),
                List.of(new OrderItem("price", false), new OrderItem("amount", true), new OrderItem("count", false)),
                0,
                0);
        assertGolden("select_exact_numbers", dialect, describe(page));
    }

    /** A list of {@code count} long values. */
    private static List<Expr> longs(int count) {
        List<Expr> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(new Expr.Param((long) i, ColumnType.of(Kind.LONG)));
        }
        return values;
    }

    /** The statement with each run of markers shown as its length, so that a long list stays readable. */
    private static String compact(RenderedSql rendered) {
        java.util.regex.Matcher run =
                java.util.regex.Pattern.compile("\\?(, \\?)+").matcher(rendered.sql());
        StringBuilder sql = new StringBuilder();
        while (run.find()) {
            run.appendReplacement(sql, "?<" + (run.group().length() + 2) / 3 + " markers>");
        }
        run.appendTail(sql);
        Object first =
                rendered.params().isEmpty() ? null : rendered.params().get(0).value();
        return sql + "\n-- " + rendered.params().size() + " params, the first " + first;
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void longInLists(Dialect dialect) {
        Expr.Column id = new Expr.Column("id");
        String text = String.join(
                "\n",
                "-- 1,000 values: one plain list everywhere",
                compact(dialect.count(Fixtures.FLAVOR, new Expr.In(id, longs(1_000), false))),
                "-- 2,500 values",
                compact(dialect.count(Fixtures.FLAVOR, new Expr.In(id, longs(2_500), false))),
                "-- 2,500 values, NOT IN",
                compact(dialect.count(Fixtures.FLAVOR, new Expr.In(id, longs(2_500), true))));
        assertGolden("select_long_in_lists", dialect, text);
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void aListOfAHundredThousandValuesStaysWithinTheDialectsListForm(Dialect dialect) {
        RenderedSql count = dialect.count(Fixtures.FLAVOR, new Expr.In(new Expr.Column("id"), longs(100_000), false));
        switch (dialect.id()) {
            case POSTGRESQL, MSSQL, ORACLE -> {
                assertEquals(1, count.params().size(), "one array");
                ValueList list = (ValueList)
                        java.util.Objects.requireNonNull(count.params().get(0).value());
                assertEquals(100_000, list.values().size());
            }
            default -> assertEquals(100_000, count.params().size());
        }
        RenderedSql groups = dialect.count(Fixtures.FLAVOR, new Expr.In(new Expr.Column("id"), longs(10_000), false));
        if (dialect.id() == DialectId.ORACLE) {
            assertEquals(10, groups.sql().split(" OR ").length, "groups of 1,000 up to 10,000 values");
        }
    }

    /** A list of {@code count} parameters of a column's type, each with the value {@code value}. */
    private static List<Expr> repeated(int count, Object value, ColumnType type, boolean nativeEnum) {
        List<Expr> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(new Expr.Param(value, type, nativeEnum));
        }
        return values;
    }

    /**
     * Beyond every dialect's threshold, a list of each column kind: the type each value is compared as (PostgreSQL's
     * array element type, SQL Server's {@code OPENJSON} and Oracle's {@code JSON_TABLE} column type, and the
     * parameter's type, which bounds a SQL Server decimal's scale), or the plain list where a kind has no such form.
     */
    @ParameterizedTest
    @MethodSource("dialects")
    void longInListsOfEveryKind(Dialect dialect) {
        List<String> cases = new ArrayList<>();
        int size = QuerySyntax.InLists.GROUPS_LIMIT + 1;
        List<Object[]> columns = List.of(
                new Object[] {"code", "k"},
                new Object[] {"active", true},
                new Object[] {"small", (short) 1},
                new Object[] {"count", 1},
                new Object[] {"ratio", 1.5f},
                new Object[] {"score", 1.5},
                new Object[] {"price", new java.math.BigDecimal("1.25")},
                new Object[] {"amount", new java.math.BigDecimal("1.25")},
                new Object[] {"uid", java.util.UUID.fromString("00000000-0000-0000-0000-000000000001")},
                new Object[] {"born", java.time.LocalDate.of(2024, 5, 31)},
                new Object[] {"seen", java.time.LocalDateTime.of(2024, 5, 31, 10, 0)},
                new Object[] {"at", java.time.Instant.EPOCH});
        for (Object[] column : columns) {
            String name = (String) column[0];
            ColumnType type = Fixtures.EVERY_TYPE.column(name).type();
            RenderedSql count = dialect.count(
                    Fixtures.EVERY_TYPE,
                    new Expr.In(new Expr.Column(name), repeated(size, column[1], type, false), true));
            cases.add("-- " + name + " NOT IN, " + size + " values: " + compact(count) + " of "
                    + count.params().get(0).type());
        }
        assertGolden("select_long_in_lists_kinds", dialect, String.join("\n", cases));
        // Bytes: SQL Server reads hex text back as VARBINARY; Oracle compares no BLOBs, so it keeps its groups.
        RenderedSql bytes = dialect.count(
                Fixtures.EVERY_TYPE,
                new Expr.In(
                        new Expr.Column("data"),
                        repeated(size, new byte[] {1}, ColumnType.of(Kind.BYTES), false),
                        false));
        if (dialect.id() == DialectId.MSSQL) {
            assertEquals(
                    "SELECT COUNT(*) FROM [every_type] WHERE [data] IN (SELECT CONVERT(VARBINARY(MAX), v, 2) FROM"
                            + " OPENJSON(?) WITH (v VARCHAR(MAX) '$'))",
                    bytes.sql());
        }
    }

    /**
     * A long list on a native enum column compares with an array of the enum type on PostgreSQL (with the table's
     * schema); in a query whose table is unknown, the column is compared as text.
     */
    @org.junit.jupiter.api.Test
    void longInListsOfANativeEnum() {
        Dialect postgres = Dialects.of(DialectId.POSTGRESQL);
        ColumnType type = ColumnType.string(3);
        Expr.In in = new Expr.In(new Expr.Column("roast"), repeated(70_000, "L", type, true), false);
        RenderedSql inSchema = postgres.count(NativeEnumRenderingTest.IN_SCHEMA, in);
        assertEquals(
                "SELECT COUNT(*) FROM \"sales\".\"bean\" WHERE \"roast\" IN (SELECT unnest(CAST(? AS \"sales\".\"roast\"[])))",
                inSchema.sql());
        assertEquals(1, inSchema.params().size());
        RenderedSql notIn = postgres.count(
                NativeEnumRenderingTest.BREWS,
                new Expr.In(new Expr.Column("grind"), repeated(70_000, "D", type, true), true));
        assertEquals(
                "SELECT COUNT(*) FROM \"brew\" WHERE \"grind\" NOT IN (SELECT unnest(CAST(? AS \"grind_size\"[])))",
                notIn.sql());
        assertEquals(
                "CAST(\"roast\" AS text) IN (SELECT unnest(CAST(? AS text[])))",
                postgres.where(in).sql());
    }
}
