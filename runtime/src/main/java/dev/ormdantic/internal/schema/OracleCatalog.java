package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.LiveColumn;
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
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads one Oracle schema (the session's current schema unless another is named) from the {@code ALL_*} dictionary
 * views: seven queries, whatever the number of tables.
 *
 * <p>No Oracle Database runs where this is built: the reader is verified against rows shaped as Oracle documents the
 * dictionary views ({@code ALL_TAB_COLS.CHAR_USED}, {@code DATA_PRECISION}/{@code DATA_SCALE}, {@code TIMESTAMP(6)}
 * type names, {@code ALL_CONSTRAINTS.DELETE_RULE} spellings) and as our own {@code CREATE TABLE} for Oracle leaves
 * them, not against a live server.
 *
 * <p>What Oracle adds on its own is left out: the {@code "x" IS NOT NULL} checks it keeps for {@code NOT NULL}
 * columns, the unnamed {@code IS JSON} check of a JSON column (the column reads back as JSON), the indexes behind
 * primary keys and unique constraints, LOB indexes, hidden columns and identity columns' sequences. Oracle keeps no
 * {@code ON UPDATE} action (every foreign key reads {@code NO ACTION} there) and no sequence start value: a
 * sequence's start reads as its {@code MIN_VALUE}.
 */
public final class OracleCatalog {

    /** The schema parameter: the one named, else the session's current schema (Oracle's empty string is NULL). */
    private static final String SCHEMA = "COALESCE(?, SYS_CONTEXT('USERENV', 'CURRENT_SCHEMA'))";

    /** Tables (without a materialized view's container table or a dropped one), views, materialized views. */
    public static final String RELATIONS = "SELECT t.table_name, 'TABLE', NULL FROM all_tables t WHERE t.owner = "
            + SCHEMA + " AND t.dropped = 'NO' AND t.nested = 'NO' AND t.secondary = 'N'"
            + " AND NOT EXISTS (SELECT 1 FROM all_mviews m WHERE m.owner = t.owner AND m.mview_name = t.table_name)"
            + " UNION ALL SELECT v.view_name, 'VIEW', v.text_vc FROM all_views v WHERE v.owner = " + SCHEMA
            + " UNION ALL SELECT m.mview_name, 'MATERIALIZED VIEW', NULL FROM all_mviews m WHERE m.owner = " + SCHEMA
            + " ORDER BY 1";

    /** Visible columns in column order; {@code DATA_DEFAULT} (a {@code LONG}) comes last, as Oracle needs. */
    public static final String COLUMNS = "SELECT c.table_name, c.column_name, c.data_type, c.data_length,"
            + " c.data_precision, c.data_scale, c.char_length, c.char_used, c.nullable, c.identity_column,"
            + " c.virtual_column, c.data_default FROM all_tab_cols c WHERE c.owner = " + SCHEMA
            + " AND c.hidden_column = 'NO' ORDER BY c.table_name, c.column_id";

    /** Primary keys, unique constraints and foreign keys, column by column in key order. */
    public static final String KEYS = "SELECT c.table_name, c.constraint_name, c.constraint_type, cc.column_name,"
            + " c.owner, r.owner, r.table_name, rc.column_name, c.delete_rule FROM all_constraints c"
            + " JOIN all_cons_columns cc ON cc.owner = c.owner AND cc.constraint_name = c.constraint_name"
            + " AND cc.table_name = c.table_name"
            + " LEFT JOIN all_constraints r ON r.owner = c.r_owner AND r.constraint_name = c.r_constraint_name"
            + " LEFT JOIN all_cons_columns rc ON rc.owner = r.owner AND rc.constraint_name = r.constraint_name"
            + " AND rc.position = cc.position WHERE c.owner = " + SCHEMA
            + " AND c.constraint_type IN ('P', 'U', 'R') ORDER BY c.table_name, c.constraint_name, cc.position";

    /** Check constraints, with whether Oracle named them itself. */
    public static final String CHECKS = "SELECT c.table_name, c.constraint_name, c.search_condition_vc, c.generated"
            + " FROM all_constraints c WHERE c.owner = " + SCHEMA + " AND c.constraint_type = 'C'"
            + " ORDER BY c.table_name, c.constraint_name";

    /** Indexes that back no primary key or unique constraint, without LOB indexes, their columns in order. */
    public static final String INDEXES = "SELECT i.table_name, i.index_name, i.uniqueness, ic.column_name"
            + " FROM all_indexes i JOIN all_ind_columns ic ON ic.index_owner = i.owner"
            + " AND ic.index_name = i.index_name WHERE i.table_owner = " + SCHEMA
            + " AND i.index_type NOT IN ('LOB', 'IOT - TOP', 'CLUSTER')"
            + " AND NOT EXISTS (SELECT 1 FROM all_constraints c WHERE c.owner = i.table_owner"
            + " AND c.index_name = i.index_name AND c.constraint_type IN ('P', 'U'))"
            + " ORDER BY i.table_name, i.index_name, ic.column_position";

    /** Sequences, without those identity columns own. */
    public static final String SEQUENCES = "SELECT s.sequence_name, s.min_value, s.increment_by, s.sequence_owner"
            + " FROM all_sequences s WHERE s.sequence_owner = " + SCHEMA
            + " AND NOT EXISTS (SELECT 1 FROM all_tab_identity_cols i WHERE i.owner = s.sequence_owner"
            + " AND i.sequence_name = s.sequence_name) ORDER BY s.sequence_name";

    /** The condition Oracle keeps for a {@code NOT NULL} column. */
    private static final Pattern NOT_NULL =
            Pattern.compile("\\s*\"[^\"]+\"\\s+IS\\s+NOT\\s+NULL\\s*", Pattern.CASE_INSENSITIVE);

    /** The condition of a JSON column's check, as our DDL writes it: {@code "doc" IS JSON}. */
    private static final Pattern IS_JSON =
            Pattern.compile("\\s*\"([^\"]+)\"\\s+IS\\s+JSON\\b.*", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private OracleCatalog() {}

    /**
     * Reads a schema.
     *
     * @param source the catalog rows
     * @param schema the schema (user), or the empty string for the session's current one
     * @return what the schema holds
     * @throws SQLException from the driver
     */
    public static LiveSchema read(CatalogSource source, String schema) throws SQLException {
        Map<String, TableParts> tables = TableParts.map();
        for (CatalogRow row : source.rows(RELATIONS, schema)) {
            TableParts parts = new TableParts(
                    row.text(1),
                    switch (row.text(2)) {
                        case "VIEW" -> LiveTable.Kind.VIEW;
                        case "MATERIALIZED VIEW" -> LiveTable.Kind.MATERIALIZED_VIEW;
                        default -> LiveTable.Kind.TABLE;
                    });
            parts.viewQuery = row.text(3, "").strip();
            tables.put(parts.name, parts);
        }
        for (CatalogRow row : source.rows(COLUMNS, schema)) {
            TableParts parts = tables.get(row.text(1));
            if (parts != null) {
                parts.columns.add(column(row));
            }
        }
        keys(source.rows(KEYS, schema), tables);
        for (CatalogRow row : source.rows(CHECKS, schema)) {
            check(row, tables);
        }
        Map<String, List<CatalogRow>> indexes = new LinkedHashMap<>();
        for (CatalogRow row : source.rows(INDEXES, schema)) {
            indexes.computeIfAbsent(row.text(1) + "\0" + row.text(2), k -> new ArrayList<>())
                    .add(row);
        }
        indexes.values().forEach(indexRows -> {
            CatalogRow row = indexRows.get(0);
            TableParts parts = tables.get(row.text(1));
            if (parts != null) {
                parts.indexes.add(new IndexSpec(
                        row.text(2),
                        indexRows.stream().map(r -> r.text(4)).toList(),
                        row.text(3).equals("UNIQUE")));
            }
        });
        List<LiveSequence> sequences = new ArrayList<>();
        for (CatalogRow row : source.rows(SEQUENCES, schema)) {
            sequences.add(new LiveSequence(row.text(4, schema), row.text(1), row.number(2, 1), row.number(3, 1)));
        }
        return new LiveSchema(TableParts.build(tables, schema), List.of(), sequences);
    }

    private static LiveColumn column(CatalogRow row) {
        String nativeType = nativeType(
                row.text(3), row.number(4, 0), row.string(5), row.string(6), row.number(7, 0), row.text(8, ""));
        String defaultValue = row.text(12, "").strip();
        ColumnGeneration generation;
        if (row.flag(10)) {
            generation = new ColumnGeneration.Identity();
        } else if (row.flag(11)) {
            generation = new ColumnGeneration.Computed(defaultValue, false);
        } else if (!defaultValue.isEmpty() && !defaultValue.equalsIgnoreCase("NULL")) {
            generation = new ColumnGeneration.ServerDefault(defaultValue);
        } else {
            generation = ColumnGeneration.none();
        }
        return new LiveColumn(
                row.text(2), nativeType, NativeTypes.of(DialectId.ORACLE, nativeType), row.flag(9), generation, "");
    }

    /**
     * A type spelt from {@code ALL_TAB_COLS}: {@code VARCHAR2(80 CHAR)} for character length semantics,
     * {@code VARCHAR2(36)} for byte semantics, {@code NUMBER(10)}, {@code NUMBER(12,2)}, {@code NUMBER}; other types
     * as {@code DATA_TYPE} has them ({@code TIMESTAMP(6) WITH TIME ZONE}, {@code BINARY_DOUBLE}, {@code CLOB}).
     *
     * @param type {@code DATA_TYPE}
     * @param dataLength {@code DATA_LENGTH}, in bytes
     * @param precision {@code DATA_PRECISION}, or {@code null}
     * @param scale {@code DATA_SCALE}, or {@code null}
     * @param charLength {@code CHAR_LENGTH}
     * @param charUsed {@code CHAR_USED}: {@code C} for characters, {@code B} for bytes
     * @return the type
     */
    static String nativeType(
            String type,
            long dataLength,
            @Nullable String precision,
            @Nullable String scale,
            long charLength,
            String charUsed) {
        String name = type.toUpperCase(Locale.ROOT);
        return switch (name) {
            case "VARCHAR2", "CHAR" ->
                charUsed.equals("C") ? name + "(" + charLength + " CHAR)" : name + "(" + dataLength + ")";
            case "NVARCHAR2", "NCHAR" -> name + "(" + charLength + ")";
            case "RAW" -> name + "(" + dataLength + ")";
            case "NUMBER" -> {
                if (precision == null) {
                    // NUMBER(*, 0), which INTEGER means, keeps no precision but a scale of 0.
                    yield scale == null ? "NUMBER" : "NUMBER(38)";
                }
                yield scale == null || scale.equals("0")
                        ? "NUMBER(" + precision + ")"
                        : "NUMBER(" + precision + "," + scale + ")";
            }
            case "FLOAT" -> precision == null ? name : name + "(" + precision + ")";
            default -> name;
        };
    }

    private static void keys(List<CatalogRow> rows, Map<String, TableParts> tables) {
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
            List<String> columns = keyRows.stream().map(r -> r.text(4)).toList();
            switch (row.text(3)) {
                case "P" -> parts.primaryKey.addAll(columns);
                case "U" -> parts.uniques.add(new UniqueSpec(row.text(2), columns));
                default -> {
                    String targetSchema = row.text(6, "");
                    parts.foreignKeys.add(new ForeignKeySpec(
                            row.text(2),
                            columns,
                            targetSchema.equals(row.text(5, "")) ? "" : targetSchema,
                            row.text(7),
                            keyRows.stream().map(r -> r.text(8)).toList(),
                            switch (row.text(9, "")) {
                                case "CASCADE" -> ForeignKeySpec.Action.CASCADE;
                                case "SET NULL" -> ForeignKeySpec.Action.SET_NULL;
                                default -> ForeignKeySpec.Action.NO_ACTION;
                            },
                            ForeignKeySpec.Action.NO_ACTION));
                }
            }
        });
    }

    private static void check(CatalogRow row, Map<String, TableParts> tables) {
        TableParts parts = tables.get(row.text(1));
        if (parts == null) {
            return;
        }
        String condition = row.text(3, "");
        boolean generatedName = row.text(4, "").equals("GENERATED NAME");
        if (generatedName && NOT_NULL.matcher(condition).matches()) {
            return;
        }
        Matcher json = IS_JSON.matcher(condition);
        if (generatedName && json.matches()) {
            for (int i = 0; i < parts.columns.size(); i++) {
                LiveColumn column = parts.columns.get(i);
                if (column.name().equals(json.group(1))) {
                    parts.columns.set(
                            i,
                            new LiveColumn(
                                    column.name(),
                                    column.nativeType(),
                                    ColumnType.of(ColumnType.Kind.JSON),
                                    column.nullable(),
                                    column.generation(),
                                    ""));
                    return;
                }
            }
        }
        parts.checks.add(new CheckSpec.Sql(row.text(2), condition));
    }
}
