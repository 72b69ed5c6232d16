package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The native enum types of a table's {@code @NativeEnum} columns, where the dialect has them (PostgreSQL): created
 * before the table when missing, checked when present, and dropped after the table when nothing uses them any more.
 * Elsewhere such a column is text with its {@code enum_values} check, and nothing is rendered here.
 */
final class NativeEnumDdl {

    /** The SQLSTATE the creation block raises when a type of the name exists with other labels. */
    static final String MISMATCH_STATE = "OR125";

    /** Dollar quotes that no label can close early. */
    static final String BODY = "$ormdantic$";

    private final Dialect dialect;

    NativeEnumDdl(Dialect dialect) {
        this.dialect = dialect;
    }

    /** The native enum types the table's columns use, by name, in column order; empty where there are none. */
    private Map<String, EnumSpec> types(TableSpec table) {
        Map<String, EnumSpec> types = new LinkedHashMap<>();
        if (!dialect.nativeEnums() || table.isView()) {
            return types;
        }
        for (ColumnSpec column : table.columns()) {
            EnumSpec enumType = column.enumType();
            if (enumType != null && enumType.isNative()) {
                types.putIfAbsent(enumType.nativeType(), enumType);
            }
        }
        return types;
    }

    /**
     * One block per type: creates it when the table's schema (else the current one) has no type of its name, and
     * raises {@link #MISMATCH_STATE} when it has one whose labels are not the stored values in order, so that a
     * table is never created over a type that would refuse or misorder its values.
     */
    List<String> create(TableSpec table) {
        return create(table, types(table));
    }

    /** The block that creates the native enum type of one column (added to an existing table), if it has one. */
    List<String> create(TableSpec table, ColumnSpec column) {
        EnumSpec enumType = column.enumType();
        if (!dialect.nativeEnums() || enumType == null || !enumType.isNative()) {
            return List.of();
        }
        return create(table, Map.of(enumType.nativeType(), enumType));
    }

    private List<String> create(TableSpec table, Map<String, EnumSpec> types) {
        List<String> statements = new ArrayList<>();
        for (Map.Entry<String, EnumSpec> type : types.entrySet()) {
            String name = dialect.qualify(table.schema(), type.getKey());
            StringJoiner labels = new StringJoiner(", ", "(", ")");
            StringJoiner expected = new StringJoiner(", ", "ARRAY[", "]::text[]");
            for (String value : type.getValue().values()) {
                labels.add(dialect.stringLiteral(value));
                expected.add(dialect.stringLiteral(value));
            }
            statements.add("DO " + BODY
                    + " DECLARE found oid; labels text[]; BEGIN SELECT t.oid INTO found FROM pg_type t"
                    + " JOIN pg_namespace n ON n.oid = t.typnamespace WHERE " + where(table, type.getKey())
                    + "; IF found IS NULL THEN CREATE TYPE " + name + " AS ENUM " + labels
                    + "; ELSE SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) INTO labels FROM pg_enum e"
                    + " WHERE e.enumtypid = found; IF labels IS DISTINCT FROM " + expected
                    + " THEN RAISE EXCEPTION 'type % exists with labels %, but the enum stores %', "
                    + dialect.stringLiteral(name) + ", COALESCE(labels::text, '(none: it is not an enum)'), "
                    + expected + "::text USING ERRCODE = '" + MISMATCH_STATE + "'; END IF; END IF; END " + BODY);
        }
        return statements;
    }

    /**
     * One block per type: drops it unless something still depends on it (another table's column, in this schema or
     * elsewhere), so that the first of two tables sharing a type drops the table only, and the last drops the type.
     */
    List<String> drop(TableSpec table) {
        List<String> statements = new ArrayList<>();
        for (String type : types(table).keySet()) {
            statements.add("DO " + BODY + " BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid ="
                    + " t.typnamespace JOIN pg_depend d ON d.refclassid = 'pg_type'::regclass AND d.refobjid IN (t.oid,"
                    + " t.typarray) AND d.deptype = 'n' WHERE " + where(table, type) + ") THEN DROP TYPE IF EXISTS "
                    + dialect.qualify(table.schema(), type) + "; END IF; END " + BODY);
        }
        return statements;
    }

    /** The condition that finds the type in the table's schema, else in the current schema. */
    private String where(TableSpec table, String type) {
        String schema = table.schema().isEmpty() ? "current_schema()" : dialect.stringLiteral(table.schema());
        return "t.typname = " + dialect.stringLiteral(type) + " AND n.nspname = " + schema;
    }
}
