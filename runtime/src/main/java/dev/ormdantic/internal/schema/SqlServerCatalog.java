package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.LiveColumn;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveSequence;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.NativeTypes;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one SQL Server schema from the {@code sys} catalog views: seven queries, whatever the number of tables.
 *
 * <p>No SQL Server runs where this is built: the reader is verified against rows shaped as Microsoft documents the
 * catalog views ({@code sys.columns.max_length} in bytes and {@code -1} for {@code MAX}, {@code sys.types} names,
 * {@code *_referential_action_desc} spellings) and as our own {@code CREATE TABLE} for SQL Server leaves them, not
 * against a live server.
 *
 * <p>A native type is spelt back from {@code sys.types.name} and the column's length, precision and scale
 * ({@code nvarchar(80)}, {@code nvarchar(max)}, {@code decimal(10,2)}, {@code float(53)}, {@code datetime2(7)}).
 * Indexes are those of {@code sys.indexes} that back no primary key or unique constraint; unique constraints are
 * {@code sys.key_constraints} of type {@code UQ}.
 */
public final class SqlServerCatalog {

    /** The schema parameter: the one named, else the connection's default schema. */
    private static final String SCHEMA = "SCHEMA_ID(COALESCE(NULLIF(?, N''), SCHEMA_NAME()))";

    /** Tables and views, with a view's definition. */
    public static final String RELATIONS = "SELECT t.name, 'U', N'' FROM sys.tables t WHERE t.schema_id = " + SCHEMA
            + " AND t.is_ms_shipped = 0 UNION ALL SELECT v.name, 'V', COALESCE(m.definition, N'') FROM sys.views v"
            + " LEFT JOIN sys.sql_modules m ON m.object_id = v.object_id WHERE v.schema_id = " + SCHEMA
            + " ORDER BY 1";

    /** Columns with their base type, identity, computed expression and default constraint. */
    public static final String COLUMNS = "SELECT o.name, c.name, t.name, c.max_length, c.precision, c.scale,"
            + " c.is_nullable, c.is_identity, c.is_computed, cc.definition, cc.is_persisted, dc.definition"
            + " FROM sys.columns c JOIN sys.objects o ON o.object_id = c.object_id"
            + " JOIN sys.types t ON t.user_type_id = c.system_type_id"
            + " LEFT JOIN sys.computed_columns cc ON cc.object_id = c.object_id AND cc.column_id = c.column_id"
            + " LEFT JOIN sys.default_constraints dc ON dc.object_id = c.default_object_id"
            + " WHERE o.schema_id = " + SCHEMA + " AND o.type IN ('U', 'V') ORDER BY o.name, c.column_id";

    /** Primary keys ({@code PK}) and unique constraints ({@code UQ}), column by column in key order. */
    public static final String KEYS = "SELECT o.name, kc.name, kc.type, COL_NAME(ic.object_id, ic.column_id)"
            + " FROM sys.key_constraints kc JOIN sys.objects o ON o.object_id = kc.parent_object_id"
            + " JOIN sys.index_columns ic ON ic.object_id = kc.parent_object_id AND ic.index_id = kc.unique_index_id"
            + " WHERE kc.schema_id = " + SCHEMA + " ORDER BY o.name, kc.name, ic.key_ordinal";

    /** Secondary indexes (not a heap, not one behind a key constraint), their key columns in order. */
    public static final String INDEXES = "SELECT o.name, i.name, i.is_unique, COALESCE(i.filter_definition, N''),"
            + " COL_NAME(ic.object_id, ic.column_id) FROM sys.indexes i"
            + " JOIN sys.objects o ON o.object_id = i.object_id"
            + " JOIN sys.index_columns ic ON ic.object_id = i.object_id AND ic.index_id = i.index_id"
            + " AND ic.is_included_column = 0"
            + " WHERE o.schema_id = " + SCHEMA + " AND o.type = 'U' AND i.type > 0 AND i.is_primary_key = 0"
            + " AND i.is_unique_constraint = 0 AND i.is_hypothetical = 0 ORDER BY o.name, i.name, ic.key_ordinal";

    /** Foreign keys column by column, with their referential actions. */
    public static final String FOREIGN_KEYS = "SELECT o.name, fk.name, COL_NAME(fkc.parent_object_id,"
            + " fkc.parent_column_id), SCHEMA_NAME(fk.schema_id), OBJECT_SCHEMA_NAME(fk.referenced_object_id),"
            + " OBJECT_NAME(fk.referenced_object_id), COL_NAME(fkc.referenced_object_id, fkc.referenced_column_id),"
            + " fk.delete_referential_action_desc, fk.update_referential_action_desc"
            + " FROM sys.foreign_keys fk JOIN sys.objects o ON o.object_id = fk.parent_object_id"
            + " JOIN sys.foreign_key_columns fkc ON fkc.constraint_object_id = fk.object_id"
            + " WHERE fk.schema_id = " + SCHEMA + " ORDER BY o.name, fk.name, fkc.constraint_column_id";

    /** Check constraints with their definition as SQL Server rewrites it. */
    public static final String CHECKS = "SELECT o.name, ck.name, ck.definition FROM sys.check_constraints ck"
            + " JOIN sys.objects o ON o.object_id = ck.parent_object_id WHERE ck.schema_id = " + SCHEMA
            + " ORDER BY o.name, ck.name";

    /** Sequences; their start and increment are {@code sql_variant}, read as {@code BIGINT}. */
    public static final String SEQUENCES = "SELECT s.name, CAST(s.start_value AS BIGINT),"
            + " CAST(s.increment AS BIGINT), SCHEMA_NAME(s.schema_id) FROM sys.sequences s"
            + " WHERE s.schema_id = " + SCHEMA + " ORDER BY s.name";

    private SqlServerCatalog() {}

    /**
     * Reads a schema.
     *
     * @param source the catalog rows
     * @param schema the schema, or the empty string for the connection's default one
     * @return what the schema holds
     * @throws SQLException from the driver
     */
    public static LiveSchema read(CatalogSource source, String schema) throws SQLException {
        Map<String, TableParts> tables = TableParts.map();
        for (CatalogRow row : source.rows(RELATIONS, schema)) {
            boolean view = row.text(2).strip().equals("V");
            TableParts parts = new TableParts(row.text(1), view ? LiveTable.Kind.VIEW : LiveTable.Kind.TABLE);
            parts.viewQuery = row.text(3, "").strip();
            tables.put(parts.name, parts);
        }
        for (CatalogRow row : source.rows(COLUMNS, schema)) {
            TableParts parts = tables.get(row.text(1));
            if (parts != null) {
                parts.columns.add(column(row));
            }
        }
        Map<String, List<String>> keyColumns = new LinkedHashMap<>();
        for (CatalogRow row : source.rows(KEYS, schema)) {
            keyColumns
                    .computeIfAbsent(
                            row.text(1) + "\0" + row.text(2) + "\0"
                                    + row.text(3).strip(),
                            k -> new ArrayList<>())
                    .add(row.text(4));
        }
        keyColumns.forEach((key, columns) -> {
            String[] parts = key.split("\0", -1);
            TableParts table = tables.get(parts[0]);
            if (table != null) {
                if (parts[2].equals("PK")) {
                    table.primaryKey.addAll(columns);
                } else {
                    table.uniques.add(new UniqueSpec(parts[1], columns));
                }
            }
        });
        indexes(source.rows(INDEXES, schema), tables);
        foreignKeys(source.rows(FOREIGN_KEYS, schema), tables);
        for (CatalogRow row : source.rows(CHECKS, schema)) {
            TableParts parts = tables.get(row.text(1));
            if (parts != null) {
                parts.checks.add(new CheckSpec.Sql(row.text(2), row.text(3, "")));
            }
        }
        List<LiveSequence> sequences = new ArrayList<>();
        for (CatalogRow row : source.rows(SEQUENCES, schema)) {
            sequences.add(new LiveSequence(row.text(4, schema), row.text(1), row.number(2, 1), row.number(3, 1)));
        }
        return new LiveSchema(TableParts.build(tables, schema), List.of(), sequences);
    }

    private static LiveColumn column(CatalogRow row) {
        String nativeType =
                nativeType(row.text(3), (int) row.number(4, 0), (int) row.number(5, 0), (int) row.number(6, 0));
        ColumnGeneration generation;
        String computed = row.string(10);
        String defaultValue = row.string(12);
        if (row.flag(8)) {
            generation = new ColumnGeneration.Identity();
        } else if (row.flag(9) && computed != null) {
            generation = new ColumnGeneration.Computed(computed, row.flag(11));
        } else if (defaultValue != null) {
            generation = new ColumnGeneration.ServerDefault(defaultValue);
        } else {
            generation = ColumnGeneration.none();
        }
        return new LiveColumn(
                row.text(2), nativeType, NativeTypes.of(DialectId.MSSQL, nativeType), row.flag(7), generation, "");
    }

    /**
     * A type spelt from {@code sys.types.name} and {@code sys.columns}' {@code max_length} (bytes, {@code -1} for
     * {@code MAX}), {@code precision} and {@code scale}.
     *
     * @param type the base type's name
     * @param maxLength the length in bytes
     * @param precision the precision
     * @param scale the scale
     * @return such as {@code nvarchar(80)}
     */
    static String nativeType(String type, int maxLength, int precision, int scale) {
        String name = type.toLowerCase(Locale.ROOT);
        return switch (name) {
            // Two bytes a character.
            case "nvarchar", "nchar" -> name + "(" + (maxLength < 0 ? "max" : Integer.toString(maxLength / 2)) + ")";
            case "varchar", "char", "varbinary", "binary" ->
                name + "(" + (maxLength < 0 ? "max" : Integer.toString(maxLength)) + ")";
            case "decimal", "numeric" -> name + "(" + precision + "," + scale + ")";
            case "float" -> name + "(" + precision + ")";
            case "datetime2", "time", "datetimeoffset" -> name + "(" + scale + ")";
            default -> name;
        };
    }

    private static void indexes(List<CatalogRow> rows, Map<String, TableParts> tables) {
        Map<String, List<CatalogRow>> byIndex = new LinkedHashMap<>();
        for (CatalogRow row : rows) {
            byIndex.computeIfAbsent(row.text(1) + "\0" + row.text(2), k -> new ArrayList<>())
                    .add(row);
        }
        byIndex.values().forEach(indexRows -> {
            CatalogRow row = indexRows.get(0);
            TableParts parts = tables.get(row.text(1));
            if (parts != null) {
                parts.indexes.add(new IndexSpec(
                        row.text(2), indexRows.stream().map(r -> r.text(5)).toList(), row.flag(3), row.text(4, "")));
            }
        });
    }

    private static void foreignKeys(List<CatalogRow> rows, Map<String, TableParts> tables) {
        Map<String, List<CatalogRow>> byKey = new LinkedHashMap<>();
        for (CatalogRow row : rows) {
            byKey.computeIfAbsent(row.text(1) + "\0" + row.text(2), k -> new ArrayList<>())
                    .add(row);
        }
        byKey.values().forEach(keyRows -> {
            CatalogRow row = keyRows.get(0);
            TableParts parts = tables.get(row.text(1));
            if (parts == null) {
                return;
            }
            String targetSchema = row.text(5, "");
            parts.foreignKeys.add(new ForeignKeySpec(
                    row.text(2),
                    keyRows.stream().map(r -> r.text(3)).toList(),
                    targetSchema.equalsIgnoreCase(row.text(4, "")) ? "" : targetSchema,
                    row.text(6),
                    keyRows.stream().map(r -> r.text(7)).toList(),
                    action(row.text(8, "")),
                    action(row.text(9, ""))));
        });
    }

    /** {@code NO_ACTION}, {@code CASCADE}, {@code SET_NULL} or {@code SET_DEFAULT}, as the catalog spells them. */
    private static ForeignKeySpec.Action action(String description) {
        return switch (description.strip().toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ForeignKeySpec.Action.CASCADE;
            case "SET_NULL" -> ForeignKeySpec.Action.SET_NULL;
            case "SET_DEFAULT" -> ForeignKeySpec.Action.SET_DEFAULT;
            default -> ForeignKeySpec.Action.NO_ACTION;
        };
    }
}
