package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;

/** Renders the writes: insert and upsert shapes, update and delete by key. */
final class WriteRenderer {

    private final Dialect dialect;

    WriteRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    StatementShape insert(TableSpec table) {
        String target = dialect.tableName(table) + " " + columns(table.columns(), c -> dialect.quote(c.name()));
        String values = markers(table.columns().size());
        return switch (dialect.capabilities().upsert()) {
            // Oracle has no multi-row VALUES before 23ai; INSERT ALL works on every supported version.
            case MERGE_SELECT_DUAL ->
                new StatementShape("INSERT ALL ", "INTO " + target + " VALUES " + values, " ", " SELECT 1 FROM DUAL");
            case ON_CONFLICT, ON_DUPLICATE_KEY, MERGE_VALUES ->
                new StatementShape("INSERT INTO " + target + " VALUES ", values, ", ", "");
        };
    }

    StatementShape upsert(TableSpec table) {
        List<ColumnSpec> nonKey = table.nonKeyColumns();
        String name = dialect.tableName(table);
        String allColumns = columns(table.columns(), c -> dialect.quote(c.name()));
        String values = markers(table.columns().size());
        return switch (dialect.capabilities().upsert()) {
            case ON_CONFLICT ->
                new StatementShape(
                        "INSERT INTO " + name + " " + allColumns + " VALUES ",
                        values,
                        ", ",
                        " ON CONFLICT " + keyList(table)
                                + (nonKey.isEmpty()
                                        ? " DO NOTHING"
                                        : " DO UPDATE SET "
                                                + assignments(nonKey, c -> "excluded." + dialect.quote(c))));
            case ON_DUPLICATE_KEY ->
                new StatementShape(
                        "INSERT INTO " + name + " " + allColumns + " VALUES ",
                        values,
                        ", ",
                        // VALUES(c) rather than MySQL 8's row alias: the alias form does not parse on MariaDB.
                        " ON DUPLICATE KEY UPDATE "
                                + (nonKey.isEmpty()
                                        ? assignments(
                                                List.of(table.column(
                                                        table.primaryKey().get(0))),
                                                dialect::quote)
                                        : assignments(nonKey, c -> "VALUES(" + dialect.quote(c) + ")")));
            case MERGE_VALUES ->
                new StatementShape(
                        "MERGE INTO " + name + " AS target USING (VALUES ",
                        values,
                        ", ",
                        ") AS source " + allColumns + mergeTail(table, nonKey) + ";");
            case MERGE_SELECT_DUAL ->
                new StatementShape(
                        "MERGE INTO " + name + " target USING (",
                        "SELECT " + join(table.columns(), c -> "? AS " + dialect.quote(c.name()), "", "")
                                + " FROM DUAL",
                        " UNION ALL ",
                        ") source" + mergeTail(table, nonKey));
        };
    }

    private String mergeTail(TableSpec table, List<ColumnSpec> nonKey) {
        StringJoiner on = new StringJoiner(" AND ", " ON (", ")");
        for (String key : table.primaryKey()) {
            on.add("target." + dialect.quote(key) + " = source." + dialect.quote(key));
        }
        String matched = nonKey.isEmpty()
                ? ""
                : " WHEN MATCHED THEN UPDATE SET "
                        + assignments(nonKey, c -> "source." + dialect.quote(c), c -> "target." + dialect.quote(c));
        return on + matched + " WHEN NOT MATCHED THEN INSERT "
                + columns(table.columns(), c -> dialect.quote(c.name())) + " VALUES "
                + columns(table.columns(), c -> "source." + dialect.quote(c.name()));
    }

    String updateByKey(TableSpec table) {
        List<ColumnSpec> nonKey = table.nonKeyColumns();
        // A table made only of key columns has nothing to update; the statement still finds the row, so that
        // update() reports whether it exists, and binds only the key like every other table.
        String set = nonKey.isEmpty()
                ? assignments(List.of(table.column(table.primaryKey().get(0))), dialect::quote)
                : assignments(nonKey, c -> "?");
        return "UPDATE " + dialect.tableName(table) + " SET " + set + " WHERE " + keyPredicate(table);
    }

    String deleteByKey(TableSpec table) {
        return "DELETE FROM " + dialect.tableName(table) + " WHERE " + keyPredicate(table);
    }

    String keyPredicate(TableSpec table) {
        StringJoiner predicate = new StringJoiner(" AND ");
        for (String key : table.primaryKey()) {
            predicate.add(dialect.quote(key) + " = ?");
        }
        return predicate.toString();
    }

    private String keyList(TableSpec table) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (String key : table.primaryKey()) {
            list.add(dialect.quote(key));
        }
        return list.toString();
    }

    private String assignments(List<ColumnSpec> columns, Function<String, String> value) {
        return assignments(columns, value, dialect::quote);
    }

    private static String assignments(
            List<ColumnSpec> columns, Function<String, String> value, Function<String, String> target) {
        StringJoiner set = new StringJoiner(", ");
        for (ColumnSpec column : columns) {
            set.add(target.apply(column.name()) + " = " + value.apply(column.name()));
        }
        return set.toString();
    }

    private static String columns(List<ColumnSpec> columns, Function<ColumnSpec, String> render) {
        return join(columns, render, "(", ")");
    }

    private static String join(
            List<ColumnSpec> columns, Function<ColumnSpec, String> render, String open, String close) {
        StringJoiner list = new StringJoiner(", ", open, close);
        for (ColumnSpec column : columns) {
            list.add(render.apply(column));
        }
        return list.toString();
    }

    private static String markers(int count) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (int i = 0; i < count; i++) {
            list.add("?");
        }
        return list.toString();
    }
}
