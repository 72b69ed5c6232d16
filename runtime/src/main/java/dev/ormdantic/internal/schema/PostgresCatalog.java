package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.LiveColumn;
import dev.ormdantic.dialect.reflect.LiveEnum;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveSequence;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.NativeTypes;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Reads one PostgreSQL schema from {@code pg_catalog}: five queries, whatever the number of tables. */
final class PostgresCatalog {

    /** The schema parameter: the one named, else the connection's current one. */
    private static final String SCHEMA = "n.nspname = COALESCE(NULLIF(?, ''), current_schema())";

    static final String RELATIONS = "SELECT c.relname, c.relkind,"
            + " CASE WHEN c.relkind IN ('v', 'm') THEN pg_catalog.pg_get_viewdef(c.oid) ELSE '' END"
            + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE " + SCHEMA + " AND c.relkind IN ('r', 'p', 'v', 'm') ORDER BY c.relname";

    static final String COLUMNS = "SELECT c.relname, a.attname, pg_catalog.format_type(a.atttypid, a.atttypmod),"
            + " t.typtype, t.typname, NOT a.attnotnull, a.attidentity, a.attgenerated,"
            + " pg_catalog.pg_get_expr(d.adbin, d.adrelid)"
            + " FROM pg_catalog.pg_class c JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " JOIN pg_catalog.pg_type t ON t.oid = a.atttypid"
            + " LEFT JOIN pg_catalog.pg_attrdef d ON d.adrelid = c.oid AND d.adnum = a.attnum"
            + " WHERE " + SCHEMA + " AND c.relkind IN ('r', 'p', 'v', 'm') ORDER BY c.relname, a.attnum";

    static final String CONSTRAINTS = "SELECT c.relname, con.conname, con.contype,"
            + " pg_catalog.pg_get_constraintdef(con.oid),"
            + " ARRAY(SELECT a.attname FROM unnest(con.conkey) WITH ORDINALITY k(num, ord)"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.num ORDER BY k.ord),"
            + " ft.relname, fn.nspname,"
            + " ARRAY(SELECT a.attname FROM unnest(con.confkey) WITH ORDINALITY k(num, ord)"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = con.confrelid AND a.attnum = k.num ORDER BY k.ord),"
            + " con.confdeltype, con.confupdtype"
            + " FROM pg_catalog.pg_constraint con JOIN pg_catalog.pg_class c ON c.oid = con.conrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_catalog.pg_class ft ON ft.oid = con.confrelid"
            + " LEFT JOIN pg_catalog.pg_namespace fn ON fn.oid = ft.relnamespace"
            + " WHERE " + SCHEMA + " AND con.contype IN ('p', 'u', 'f', 'c') ORDER BY c.relname, con.conname";

    /** Secondary indexes: not the ones behind a primary key, unique or exclusion constraint. */
    static final String INDEXES = "SELECT t.relname, i.relname, ix.indisunique,"
            + " COALESCE(pg_catalog.pg_get_expr(ix.indpred, ix.indrelid), ''),"
            + " ARRAY(SELECT a.attname FROM unnest(ix.indkey::int2[]) WITH ORDINALITY k(num, ord)"
            + " JOIN pg_catalog.pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.num ORDER BY k.ord)"
            + " FROM pg_catalog.pg_index ix JOIN pg_catalog.pg_class t ON t.oid = ix.indrelid"
            + " JOIN pg_catalog.pg_class i ON i.oid = ix.indexrelid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = t.relnamespace"
            + " WHERE " + SCHEMA + " AND NOT ix.indisprimary AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_constraint con"
            + " WHERE con.conindid = ix.indexrelid AND con.contype IN ('p', 'u', 'x')) ORDER BY t.relname, i.relname";

    static final String ENUMS = "SELECT t.typname, e.enumlabel FROM pg_catalog.pg_type t"
            + " JOIN pg_catalog.pg_enum e ON e.enumtypid = t.oid"
            + " JOIN pg_catalog.pg_namespace n ON n.oid = t.typnamespace"
            + " WHERE " + SCHEMA + " ORDER BY t.typname, e.enumsortorder";

    /** Sequences, without those an identity column owns. */
    static final String SEQUENCES = "SELECT c.relname, s.seqstart, s.seqincrement FROM pg_catalog.pg_sequence s"
            + " JOIN pg_catalog.pg_class c ON c.oid = s.seqrelid JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE " + SCHEMA + " AND NOT EXISTS (SELECT 1 FROM pg_catalog.pg_depend d WHERE d.objid = c.oid"
            + " AND d.deptype = 'i') ORDER BY c.relname";

    private PostgresCatalog() {}

    static LiveSchema read(Connection connection, String schema) throws SQLException {
        String name = schema.isEmpty() ? Objects.toString(connection.getSchema(), "") : schema;
        Map<String, TableParts> tables = TableParts.map();
        CatalogRows.each(connection, RELATIONS, schema, rs -> {
            String kind = CatalogRows.text(rs, 2);
            TableParts parts = new TableParts(
                    CatalogRows.text(rs, 1),
                    switch (kind) {
                        case "v" -> LiveTable.Kind.VIEW;
                        case "m" -> LiveTable.Kind.MATERIALIZED_VIEW;
                        default -> LiveTable.Kind.TABLE;
                    });
            parts.viewQuery = Objects.toString(rs.getString(3), "").strip();
            tables.put(parts.name, parts);
        });
        CatalogRows.each(connection, COLUMNS, schema, rs -> {
            TableParts parts = tables.get(CatalogRows.text(rs, 1));
            if (parts != null) {
                parts.columns.add(column(rs));
            }
        });
        CatalogRows.each(connection, CONSTRAINTS, schema, rs -> constraint(rs, tables, name, schema));
        CatalogRows.each(connection, INDEXES, schema, rs -> {
            TableParts parts = tables.get(CatalogRows.text(rs, 1));
            List<String> columns = strings(rs.getArray(5));
            if (parts != null && !columns.isEmpty()) {
                parts.indexes.add(
                        new IndexSpec(CatalogRows.text(rs, 2), columns, rs.getBoolean(3), CatalogRows.text(rs, 4)));
            }
        });
        Map<String, List<String>> labels = new LinkedHashMap<>();
        CatalogRows.each(
                connection,
                ENUMS,
                schema,
                rs -> labels.computeIfAbsent(CatalogRows.text(rs, 1), k -> new ArrayList<>())
                        .add(CatalogRows.text(rs, 2)));
        List<LiveEnum> enums = new ArrayList<>();
        labels.forEach((type, values) -> enums.add(new LiveEnum(name, type, values)));
        List<LiveSequence> sequences = new ArrayList<>();
        CatalogRows.each(
                connection,
                SEQUENCES,
                schema,
                rs -> sequences.add(new LiveSequence(name, CatalogRows.text(rs, 1), rs.getLong(2), rs.getLong(3))));
        return new LiveSchema(TableParts.build(tables, schema), enums, sequences);
    }

    private static LiveColumn column(ResultSet rs) throws SQLException {
        String nativeType = CatalogRows.text(rs, 3);
        boolean isEnum = "e".equals(rs.getString(4));
        String identity = Objects.toString(rs.getString(7), "");
        String generated = Objects.toString(rs.getString(8), "");
        String expression = rs.getString(9);
        ColumnGeneration generation;
        if (!identity.isEmpty()) {
            generation = new ColumnGeneration.Identity();
        } else if (!generated.isEmpty() && expression != null) {
            generation = new ColumnGeneration.Computed(expression, true);
        } else if (expression != null) {
            generation = new ColumnGeneration.ServerDefault(expression);
        } else {
            generation = ColumnGeneration.none();
        }
        return new LiveColumn(
                CatalogRows.text(rs, 2),
                nativeType,
                isEnum ? ColumnType.unboundedString() : NativeTypes.of(DialectId.POSTGRESQL, nativeType),
                rs.getBoolean(6),
                generation,
                isEnum ? CatalogRows.text(rs, 5) : "");
    }

    /**
     * One constraint row. A foreign key's target in the schema being read names that schema as the tables read do
     * (the empty string for the connection's own), as a model names it, so that a key compares equal to its model's
     * and finds the table it references among those read.
     */
    private static void constraint(ResultSet rs, Map<String, TableParts> tables, String resolved, String asRead)
            throws SQLException {
        TableParts parts = tables.get(CatalogRows.text(rs, 1));
        if (parts == null) {
            return;
        }
        String name = CatalogRows.text(rs, 2);
        List<String> columns = strings(rs.getArray(5));
        switch (CatalogRows.text(rs, 3)) {
            case "p" -> parts.primaryKey.addAll(columns);
            case "u" -> parts.uniques.add(new UniqueSpec(name, columns));
            case "c" -> parts.checks.add(new CheckSpec.Sql(name, CatalogRows.text(rs, 4)));
            default ->
                parts.foreignKeys.add(new ForeignKeySpec(
                        name,
                        columns,
                        targetSchema(Objects.toString(rs.getString(7), ""), resolved, asRead),
                        Objects.toString(rs.getString(6), ""),
                        strings(rs.getArray(8)),
                        action(rs.getString(9)),
                        action(rs.getString(10))));
        }
    }

    private static String targetSchema(String target, String resolved, String asRead) {
        return target.equals(resolved) ? asRead : target;
    }

    private static ForeignKeySpec.Action action(String code) {
        return switch (Objects.toString(code, "a")) {
            case "r" -> ForeignKeySpec.Action.RESTRICT;
            case "c" -> ForeignKeySpec.Action.CASCADE;
            case "n" -> ForeignKeySpec.Action.SET_NULL;
            case "d" -> ForeignKeySpec.Action.SET_DEFAULT;
            default -> ForeignKeySpec.Action.NO_ACTION;
        };
    }

    private static List<String> strings(Array array) throws SQLException {
        List<String> values = new ArrayList<>();
        for (Object value : (Object[]) array.getArray()) {
            values.add(String.valueOf(value));
        }
        return values;
    }
}
