package dev.ormdantic.dialect;

import static dev.ormdantic.dialect.SqlGoldens.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec.Action;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.schema.ViewSpec;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.Select;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Foreign keys, unique constraints, composite and partial indexes, schemas and views, for all six dialects, against
 * the SQL goldens; a feature a dialect lacks is shown as the refusal's message.
 */
class SchemaRenderingTest {

    private static final List<ColumnSpec> SCOOP_COLUMNS = List.of(
            new ColumnSpec("id", ColumnType.of(Kind.LONG), false),
            new ColumnSpec("flavor_id", ColumnType.string(40), false),
            new ColumnSpec("group_id", ColumnType.of(Kind.LONG), true),
            new ColumnSpec("user_id", ColumnType.of(Kind.LONG), true),
            new ColumnSpec("code", ColumnType.unboundedString(), false),
            new ColumnSpec("size", ColumnType.of(Kind.INT), false));

    /** Foreign keys (one column and two), named and numbered unique constraints, composite indexes. */
    static final TableSpec SCOOP = new TableSpec(
            "scoop",
            SCOOP_COLUMNS,
            List.of("id"),
            List.of(
                    new IndexSpec("scoop_flavor_id_size_idx", List.of("flavor_id", "size"), false),
                    new IndexSpec("scoop_code_size_unique_idx", List.of("code", "size"), true)),
            "",
            List.of(
                    new UniqueSpec("scoop_unique_0", List.of("code")),
                    new UniqueSpec("scoop_code_flavor", List.of("code", "flavor_id"))),
            List.of(
                    new ForeignKeySpec(
                            "scoop_flavor_id_foreign_key",
                            List.of("flavor_id"),
                            "",
                            "flavor",
                            List.of("id"),
                            Action.CASCADE,
                            Action.NO_ACTION),
                    new ForeignKeySpec(
                            "scoop_group_id_user_id_foreign_key",
                            List.of("group_id", "user_id"),
                            "",
                            "membership",
                            List.of("group_id", "user_id"),
                            Action.SET_NULL,
                            Action.NO_ACTION)),
            null);

    /** A table in the schema {@code sales}, with an index and a foreign key to a table in the same schema. */
    static final TableSpec SALES_ORDER = new TableSpec(
            "sales_order",
            List.of(
                    new ColumnSpec("id", ColumnType.of(Kind.LONG), false),
                    new ColumnSpec("customer", ColumnType.string(80), false),
                    new ColumnSpec("total", ColumnType.decimal(12, 2), false)),
            List.of("id"),
            List.of(new IndexSpec("sales_order_customer_idx", List.of("customer"), false)),
            "sales",
            List.of(),
            List.of(new ForeignKeySpec(
                    "sales_order_customer_foreign_key",
                    List.of("customer"),
                    "sales",
                    "customer",
                    List.of("name"),
                    Action.NO_ACTION,
                    Action.NO_ACTION)),
            null);

    /** A unique partial index and a plain partial one. */
    static final TableSpec PARTIAL = new TableSpec(
            "account",
            List.of(
                    new ColumnSpec("id", ColumnType.of(Kind.LONG), false),
                    new ColumnSpec("email", ColumnType.string(120), false),
                    new ColumnSpec("deleted_at", ColumnType.of(Kind.DATETIME), true)),
            List.of("id"),
            List.of(new IndexSpec("account_email_unique_idx", List.of("email"), true, "deleted_at IS NULL")),
            "",
            List.of(),
            List.of(),
            null);

    static TableSpec view(boolean materialized, String schema) {
        return new TableSpec(
                "flavor_rating",
                List.of(
                        new ColumnSpec("id", ColumnType.string(40), false),
                        new ColumnSpec("rating", ColumnType.of(Kind.INT), false)),
                List.of("id"),
                List.of(),
                schema,
                List.of(),
                List.of(),
                new ViewSpec("SELECT id, rating FROM flavor WHERE rating >= 3", materialized));
    }

    static List<Dialect> dialects() {
        return Dialects.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void constraintsAndIndexes(Dialect dialect) {
        assertGolden("schema_constraints", dialect, ddl(dialect, SCOOP));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void partialIndex(Dialect dialect) {
        assertGolden("schema_partial_index", dialect, ddl(dialect, PARTIAL));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void referentialActions(Dialect dialect) {
        List<String> lines = new ArrayList<>();
        for (Action action : Action.values()) {
            for (boolean onDelete : new boolean[] {true, false}) {
                TableSpec table = new TableSpec(
                        "child",
                        List.of(
                                new ColumnSpec("id", ColumnType.of(Kind.INT), false),
                                new ColumnSpec("parent_id", ColumnType.of(Kind.INT), true)),
                        List.of("id"),
                        List.of(),
                        "",
                        List.of(),
                        List.of(new ForeignKeySpec(
                                "child_parent_id_foreign_key",
                                List.of("parent_id"),
                                "",
                                "parent",
                                List.of("id"),
                                onDelete ? action : Action.NO_ACTION,
                                onDelete ? Action.NO_ACTION : action)),
                        null);
                lines.add("-- " + (onDelete ? "on delete " : "on update ") + action);
                lines.add(rendered(
                        () -> String.join("\n", dialect.statements(table).createTable())));
            }
        }
        assertGolden("schema_referential_actions", dialect, String.join("\n", lines));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void qualifiedByTheSchema(Dialect dialect) {
        String text = rendered(() -> {
            TableStatements s = dialect.statements(SALES_ORDER);
            Expr filter = new Expr.Compare(
                    new Expr.Column("customer"), Expr.CompareOp.EQ, new Expr.Param("acme", ColumnType.string(80)));
            Select projection = new Select(
                    List.of(),
                    false,
                    List.of(new Projection(new Expr.Column("customer"), null)),
                    "sales_order",
                    null,
                    null,
                    List.of(),
                    null,
                    List.of(),
                    0,
                    0,
                    "sales");
            return String.join(
                    "\n",
                    "-- create table",
                    String.join("\n", s.createTable()),
                    "-- drop table",
                    s.dropTable(),
                    "-- insert",
                    s.insert().render(1),
                    "-- upsert",
                    s.upsert().render(1),
                    "-- select by key",
                    s.selectByKey(),
                    "-- update by key",
                    s.updateByKey(),
                    "-- delete by key",
                    s.deleteByKey(),
                    "-- count",
                    s.count(),
                    "-- find many",
                    dialect.select(SALES_ORDER, filter, List.of(new OrderItem("id", false)), 10, 0)
                            .sql(),
                    "-- count filtered",
                    dialect.count(SALES_ORDER, filter).sql(),
                    "-- update where",
                    DynamicSql.update(
                                    dialect,
                                    SALES_ORDER,
                                    Map.of("customer", new Expr.Param("x", ColumnType.string(80))),
                                    filter)
                            .sql(),
                    "-- delete where",
                    DynamicSql.delete(dialect, SALES_ORDER, filter).sql(),
                    "-- projection",
                    DynamicSql.select(dialect, projection).sql());
        });
        assertGolden("schema_qualified", dialect, text);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("dialects")
    void views(Dialect dialect) {
        String text = String.join(
                "\n",
                "-- view",
                ddl(dialect, view(false, "")),
                "-- view in a schema",
                ddl(dialect, view(false, "sales")),
                "-- materialized view",
                ddl(dialect, view(true, "")),
                "-- refresh",
                rendered(() -> dialect.refreshView(view(true, "sales"))));
        assertGolden("schema_views", dialect, text);
    }

    @Test
    void theRefusalNamesTheFeatureAndTheFix() {
        TableSpec restrict = new TableSpec(
                "scoop",
                SCOOP_COLUMNS,
                List.of("id"),
                List.of(),
                "",
                List.of(),
                List.of(new ForeignKeySpec(
                        "scoop_flavor_id_foreign_key",
                        List.of("flavor_id"),
                        "",
                        "flavor",
                        List.of("id"),
                        Action.RESTRICT,
                        Action.NO_ACTION)),
                null);
        UnsupportedFeatureException e = assertThrows(
                UnsupportedFeatureException.class,
                () -> Dialects.of(DialectId.MSSQL).statements(restrict));
        assertEquals(
                "SQL Server does not support ON DELETE RESTRICT (foreign key scoop_flavor_id_foreign_key of table"
                        + " scoop). Use ON DELETE NO ACTION (the default), which also refuses the change, or keep"
                        + " this record off SQL Server.",
                e.getMessage());
        assertEquals(DialectId.MSSQL, e.dialect());
    }

    @Test
    void foreignKeyAndUniqueColumnsCountAsKeyed() {
        assertTrue(SCOOP.isKeyOrIndexed("user_id"));
        assertTrue(SCOOP.isKeyOrIndexed("code"));
        assertFalse(PARTIAL.isKeyOrIndexed("deleted_at"));
    }

    private static String ddl(Dialect dialect, TableSpec table) {
        return rendered(() -> {
            TableStatements s = dialect.statements(table);
            return String.join("\n", s.createTable()) + "\n-- drop\n" + s.dropTable();
        });
    }

    private static String rendered(Supplier<String> render) {
        try {
            return render.get();
        } catch (UnsupportedFeatureException e) {
            return "-- refused: " + e.getMessage();
        }
    }
}
