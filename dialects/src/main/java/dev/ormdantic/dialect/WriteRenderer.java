package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Renders the writes: insert and upsert shapes, update and delete by key. Generated columns are left out of inserts
 * (and read back), computed columns out of every write.
 */
final class WriteRenderer {

    /**
     * The subquery an upsert on MySQL or MariaDB evaluates when its row clashes with another row on a unique key
     * other than the primary key: it returns two rows, so the statement fails with error 1242.
     */
    static final String UPSERT_GUARD = "SELECT 1 UNION ALL SELECT 2";

    private final Dialect dialect;

    WriteRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    StatementShape insert(TableSpec table) {
        List<ColumnSpec> written = table.insertColumns();
        List<ColumnSpec> generated = table.generatedColumns();
        String target = dialect.tableName(table) + " " + columns(written, c -> dialect.quote(c.name()));
        String values = markers(written.size());
        Capabilities caps = dialect.capabilities();
        if (!generated.isEmpty()) {
            // The generated values come back with the insert, in the order of the rows written.
            return switch (caps.generatedKeys()) {
                case RETURNING ->
                    new StatementShape(
                            "INSERT INTO " + target + " VALUES ",
                            values,
                            ", ",
                            " RETURNING " + join(generated, c -> dialect.quote(c.name()), "", ""));
                case OUTPUT ->
                    new StatementShape(
                            "INSERT INTO " + target + " OUTPUT "
                                    + join(generated, c -> "INSERTED." + dialect.quote(c.name()), "", "")
                                    + " VALUES ",
                            values,
                            ", ",
                            "");
                // The driver reads them back (getGeneratedKeys), which INSERT ALL does not support: Oracle writes
                // such a table one row per statement, which an empty separator marks.
                case JDBC ->
                    caps.upsert() == Capabilities.Upsert.MERGE_SELECT_DUAL
                            ? new StatementShape("INSERT INTO " + target + " VALUES ", values, "", "")
                            : new StatementShape("INSERT INTO " + target + " VALUES ", values, ", ", "");
            };
        }
        return switch (caps.upsert()) {
            // Oracle has no multi-row VALUES before 23ai; INSERT ALL works on every supported version.
            case MERGE_SELECT_DUAL ->
                new StatementShape("INSERT ALL ", "INTO " + target + " VALUES " + values, " ", " SELECT 1 FROM DUAL");
            case ON_CONFLICT, ON_DUPLICATE_KEY, MERGE_VALUES ->
                new StatementShape("INSERT INTO " + target + " VALUES ", values, ", ", "");
        };
    }

    StatementShape upsert(TableSpec table) {
        List<ColumnSpec> written = table.upsertColumns();
        List<ColumnSpec> nonKey = table.updateColumns();
        String name = dialect.tableName(table);
        String allColumns = columns(written, c -> dialect.quote(c.name()));
        String values = markers(written.size());
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
                        " ON DUPLICATE KEY UPDATE " + duplicateKeyAssignments(table, nonKey));
            // An upsert writes the identity key the caller gives, which SQL Server allows only under IDENTITY_INSERT.
            // HOLDLOCK keeps the key range locked from the match to the insert: without it two upserts of the same
            // new key can both find no row and the second fails on the primary key.
            case MERGE_VALUES ->
                table.identityColumn() == null
                        ? new StatementShape(
                                "MERGE INTO " + name + " WITH (HOLDLOCK) AS target USING (VALUES ",
                                values,
                                ", ",
                                ") AS source " + allColumns + mergeTail(table, written, nonKey) + ";")
                        : new StatementShape(
                                "SET IDENTITY_INSERT " + name + " ON; MERGE INTO " + name
                                        + " WITH (HOLDLOCK) AS target USING (VALUES ",
                                values,
                                ", ",
                                ") AS source " + allColumns + mergeTail(table, written, nonKey)
                                        + "; SET IDENTITY_INSERT " + name + " OFF;");
            case MERGE_SELECT_DUAL ->
                new StatementShape(
                        "MERGE INTO " + name + " target USING (",
                        "SELECT " + join(written, c -> "? AS " + dialect.quote(c.name()), "", "") + " FROM DUAL",
                        " UNION ALL ",
                        ") source" + mergeTail(table, written, nonKey));
        };
    }

    /**
     * The assignments of {@code ON DUPLICATE KEY UPDATE}, which fires on a clash with <em>any</em> unique key. When
     * the table has unique keys besides the primary key, the first assignment is guarded: if the clashing row has
     * another primary key, the guard evaluates a subquery that returns two rows, which fails the statement with error
     * 1242 in every {@code sql_mode} (a NULL or an out-of-range value would only warn outside strict mode), so nothing
     * of the statement is written and the runtime reports the unique key. The primary key is never assigned, so the
     * comparison sees the stored row's key whichever assignment comes first.
     */
    private String duplicateKeyAssignments(TableSpec table, List<ColumnSpec> nonKey) {
        // VALUES(c) rather than MySQL 8's row alias: the alias form does not parse on MariaDB.
        Function<String, String> value = nonKey.isEmpty() ? dialect::quote : c -> "VALUES(" + dialect.quote(c) + ")";
        List<ColumnSpec> targets =
                nonKey.isEmpty() ? List.of(table.column(table.primaryKey().get(0))) : nonKey;
        if (table.otherUniqueKeys().isEmpty()) {
            return assignments(targets, value);
        }
        StringJoiner sameKey = new StringJoiner(" AND ");
        for (String key : table.primaryKey()) {
            sameKey.add(dialect.quote(key) + " = VALUES(" + dialect.quote(key) + ")");
        }
        String first = targets.get(0).name();
        return assignments(
                targets,
                c -> c.equals(first)
                        ? "IF(" + sameKey + ", " + value.apply(c) + ", (" + UPSERT_GUARD + "))"
                        : value.apply(c));
    }

    private String mergeTail(TableSpec table, List<ColumnSpec> written, List<ColumnSpec> nonKey) {
        StringJoiner on = new StringJoiner(" AND ", " ON (", ")");
        String length = dialect.paddedTextLength();
        for (String key : table.primaryKey()) {
            String target = "target." + dialect.quote(key);
            String source = "source." + dialect.quote(key);
            on.add(target + " = " + source);
            if (length != null && isText(table, key)) {
                // 'k ' must not match the row 'k' (then update it): it is a new key, refused as a duplicate.
                on.add(length + "(" + target + ") = " + length + "(" + source + ")");
            }
        }
        String matched = nonKey.isEmpty()
                ? ""
                : " WHEN MATCHED THEN UPDATE SET "
                        + assignments(nonKey, c -> "source." + dialect.quote(c), c -> "target." + dialect.quote(c));
        return on + matched + " WHEN NOT MATCHED THEN INSERT "
                + columns(written, c -> dialect.quote(c.name())) + " VALUES "
                + columns(written, c -> "source." + dialect.quote(c.name()));
    }

    String updateByKey(TableSpec table) {
        List<ColumnSpec> nonKey = table.updateColumns();
        // A table made only of key columns has nothing to update; the statement still finds the row, so that
        // update() reports whether it exists, and binds only the key like every other table.
        String set = nonKey.isEmpty()
                ? assignments(List.of(table.column(table.primaryKey().get(0))), dialect::quote)
                : assignments(nonKey, c -> "?");
        return "UPDATE " + dialect.tableName(table) + " SET " + set + " WHERE " + keyPredicate(table);
    }

    /**
     * The update of some columns of the row with a key, and of its version where one is given: {@code UPDATE t SET
     * c1 = ?, c2 = ?, version = ? WHERE key = ? AND version = ?}. Binds the columns, the new version, the key, then the
     * expected version.
     */
    String updateColumnsByKey(TableSpec table, List<String> columns, @Nullable String version) {
        StringJoiner set = new StringJoiner(", ");
        for (String column : columns) {
            set.add(dialect.quote(table.column(column).name()) + " = ?");
        }
        if (version != null) {
            set.add(dialect.quote(table.column(version).name()) + " = ?");
        }
        if (set.length() == 0) {
            throw new IllegalArgumentException("an update needs at least one column");
        }
        return "UPDATE " + dialect.tableName(table) + " SET " + set + " WHERE " + keyPredicate(table)
                + versionPredicate(table, version);
    }

    /** The delete of the row with a key, and with a version where one is given; binds the key, then the version. */
    String deleteByKey(TableSpec table, @Nullable String version) {
        return deleteByKey(table) + versionPredicate(table, version);
    }

    /** The select of one column of the row with a key; binds the key. */
    String selectColumnByKey(TableSpec table, String column) {
        return "SELECT " + dialect.quote(table.column(column).name()) + " FROM " + dialect.tableName(table) + " WHERE "
                + keyPredicate(table);
    }

    private String versionPredicate(TableSpec table, @Nullable String version) {
        return version == null
                ? ""
                : " AND " + dialect.quote(table.column(version).name()) + " = ?";
    }

    String deleteByKey(TableSpec table) {
        return "DELETE FROM " + dialect.tableName(table) + " WHERE " + keyPredicate(table);
    }

    /**
     * The row with the given key, one marker per key column in key order. Where {@code =} ignores trailing spaces
     * (SQL Server), a text key column also compares the lengths, through a one-row subquery so that the key is still
     * bound once: {@code [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE
     * DATALENGTH(ormdantic_key) = DATALENGTH([flavor].[id]))}, which the optimizer turns into a seek of the key's
     * index. The outer column is qualified by the table, so that no name of the subquery can shadow it.
     */
    String keyPredicate(TableSpec table) {
        StringJoiner predicate = new StringJoiner(" AND ");
        String length = dialect.paddedTextLength();
        for (String key : table.primaryKey()) {
            String column = dialect.quote(key);
            if (length != null && isText(table, key)) {
                predicate.add(column + " IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key)"
                        + " WHERE " + length + "(ormdantic_key) = " + length + "(" + dialect.tableName(table) + "."
                        + column + "))");
            } else {
                predicate.add(column + " = ?");
            }
        }
        return predicate.toString();
    }

    private static boolean isText(TableSpec table, String column) {
        return table.column(column).type().kind() == ColumnType.Kind.STRING;
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
