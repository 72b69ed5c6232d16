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
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one MySQL or MariaDB database from {@code information_schema}. MariaDB keeps a {@code JSON} column as
 * {@code LONGTEXT} with a {@code json_valid} check named after the column: such a column reads back as JSON and that
 * check is left out. Unique indexes and unique constraints are one thing here and read as unique constraints; the
 * index InnoDB adds for a foreign key (named after it) is left out.
 */
final class MySqlCatalog {

    private static final String SCHEMA = "COALESCE(NULLIF(?, ''), DATABASE())";

    static final String TABLES = "SELECT table_name, table_type FROM information_schema.tables"
            + " WHERE table_schema = " + SCHEMA + " ORDER BY table_name";

    static final String COLUMNS = "SELECT table_name, column_name, column_type, is_nullable, column_default, extra,"
            + " generation_expression FROM information_schema.columns WHERE table_schema = " + SCHEMA
            + " ORDER BY table_name, ordinal_position";

    static final String KEYS = "SELECT tc.table_name, tc.constraint_name, tc.constraint_type, k.column_name,"
            + " k.referenced_table_schema, k.referenced_table_name, k.referenced_column_name"
            + " FROM information_schema.table_constraints tc JOIN information_schema.key_column_usage k"
            + " ON k.constraint_schema = tc.constraint_schema AND k.table_name = tc.table_name"
            + " AND k.constraint_name = tc.constraint_name WHERE tc.table_schema = " + SCHEMA
            + " AND tc.constraint_type IN ('PRIMARY KEY', 'UNIQUE', 'FOREIGN KEY')"
            + " ORDER BY tc.table_name, tc.constraint_name, k.ordinal_position";

    static final String ACTIONS = "SELECT table_name, constraint_name, delete_rule, update_rule"
            + " FROM information_schema.referential_constraints WHERE constraint_schema = " + SCHEMA;

    static final String CHECKS = "SELECT tc.table_name, tc.constraint_name, cc.check_clause"
            + " FROM information_schema.table_constraints tc JOIN information_schema.check_constraints cc"
            + " ON cc.constraint_schema = tc.constraint_schema AND cc.constraint_name = tc.constraint_name"
            + " WHERE tc.table_schema = " + SCHEMA + " AND tc.constraint_type = 'CHECK'"
            + " ORDER BY tc.table_name, tc.constraint_name";

    static final String INDEXES = "SELECT table_name, index_name, non_unique, column_name"
            + " FROM information_schema.statistics WHERE table_schema = " + SCHEMA
            + " ORDER BY table_name, index_name, seq_in_index";

    static final String VIEWS =
            "SELECT table_name, view_definition FROM information_schema.views" + " WHERE table_schema = " + SCHEMA;

    private MySqlCatalog() {}

    static LiveSchema read(Connection connection, DialectId dialect, String schema) throws SQLException {
        Map<String, TableParts> tables = TableParts.map();
        List<String> sequenceNames = new ArrayList<>();
        CatalogRows.each(connection, TABLES, schema, rs -> {
            String type = CatalogRows.text(rs, 2).toUpperCase(Locale.ROOT);
            String name = CatalogRows.text(rs, 1);
            if (type.equals("SEQUENCE")) {
                sequenceNames.add(name);
            } else {
                tables.put(
                        name, new TableParts(name, type.equals("VIEW") ? LiveTable.Kind.VIEW : LiveTable.Kind.TABLE));
            }
        });
        CatalogRows.each(connection, COLUMNS, schema, rs -> {
            TableParts parts = tables.get(CatalogRows.text(rs, 1));
            if (parts != null) {
                parts.columns.add(column(dialect, rs));
            }
        });
        CatalogRows.each(connection, VIEWS, schema, rs -> {
            TableParts parts = tables.get(CatalogRows.text(rs, 1));
            if (parts != null) {
                parts.viewQuery = Objects.toString(rs.getString(2), "");
            }
        });
        Set<String> constraintIndexes = new HashSet<>();
        keys(connection, schema, tables, constraintIndexes);
        checks(connection, schema, tables);
        indexes(connection, schema, tables, constraintIndexes);
        List<LiveSequence> sequences = new ArrayList<>();
        String database = schema.isEmpty() ? Objects.toString(connection.getCatalog(), "") : schema;
        for (String name : sequenceNames) {
            sequences.add(sequence(connection, database, name));
        }
        return new LiveSchema(TableParts.build(tables, schema), List.of(), sequences);
    }

    private static LiveColumn column(DialectId dialect, ResultSet rs) throws SQLException {
        String nativeType = CatalogRows.text(rs, 3);
        String extra = Objects.toString(rs.getString(6), "").toLowerCase(Locale.ROOT);
        String expression = rs.getString(7);
        String defaultValue = rs.getString(5);
        ColumnGeneration generation;
        if (extra.contains("auto_increment")) {
            generation = new ColumnGeneration.Identity();
        } else if (expression != null && !expression.isBlank()) {
            generation =
                    new ColumnGeneration.Computed(expression, extra.contains("stored") || extra.contains("persistent"));
        } else if (defaultValue != null && !defaultValue.equals("NULL")) {
            // MariaDB reports a column without a default as the text NULL.
            generation = new ColumnGeneration.ServerDefault(defaultValue);
        } else {
            generation = ColumnGeneration.none();
        }
        return new LiveColumn(
                CatalogRows.text(rs, 2),
                nativeType,
                NativeTypes.of(dialect, nativeType),
                "YES".equalsIgnoreCase(rs.getString(4)),
                generation,
                "");
    }

    private static void keys(
            Connection connection, String schema, Map<String, TableParts> tables, Set<String> constraintIndexes)
            throws SQLException {
        Map<String, ForeignKeySpec.Action[]> actions = new HashMap<>();
        CatalogRows.each(
                connection,
                ACTIONS,
                schema,
                rs -> actions.put(
                        CatalogRows.text(rs, 1) + "\0" + CatalogRows.text(rs, 2),
                        new ForeignKeySpec.Action[] {action(rs.getString(3)), action(rs.getString(4))}));
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        CatalogRows.each(
                connection,
                KEYS,
                schema,
                rs -> rows.computeIfAbsent(
                                CatalogRows.text(rs, 1) + "\0" + CatalogRows.text(rs, 2) + "\0"
                                        + CatalogRows.text(rs, 3),
                                k -> new ArrayList<>())
                        .add(new String[] {
                            CatalogRows.text(rs, 4),
                            Objects.toString(rs.getString(5), ""),
                            Objects.toString(rs.getString(6), ""),
                            Objects.toString(rs.getString(7), "")
                        }));
        for (Map.Entry<String, List<String[]>> entry : rows.entrySet()) {
            String[] key = entry.getKey().split("\0", -1);
            TableParts parts = tables.get(key[0]);
            if (parts == null) {
                continue;
            }
            List<String> columns = entry.getValue().stream().map(r -> r[0]).toList();
            constraintIndexes.add(key[0] + "\0" + key[1]);
            switch (key[2]) {
                case "PRIMARY KEY" -> parts.primaryKey.addAll(columns);
                case "UNIQUE" -> parts.uniques.add(new UniqueSpec(key[1], columns));
                default -> {
                    String[] first = entry.getValue().get(0);
                    ForeignKeySpec.Action[] rules =
                            actions.getOrDefault(key[0] + "\0" + key[1], new ForeignKeySpec.Action[] {
                                ForeignKeySpec.Action.RESTRICT, ForeignKeySpec.Action.RESTRICT
                            });
                    parts.foreignKeys.add(new ForeignKeySpec(
                            key[1],
                            columns,
                            first[1].equalsIgnoreCase(schemaOf(connection, schema)) ? "" : first[1],
                            first[2],
                            entry.getValue().stream().map(r -> r[3]).toList(),
                            rules[0],
                            rules[1]));
                }
            }
        }
    }

    private static String schemaOf(Connection connection, String schema) throws SQLException {
        return schema.isEmpty() ? Objects.toString(connection.getCatalog(), "") : schema;
    }

    private static void checks(Connection connection, String schema, Map<String, TableParts> tables)
            throws SQLException {
        CatalogRows.each(connection, CHECKS, schema, rs -> {
            TableParts parts = tables.get(CatalogRows.text(rs, 1));
            if (parts == null) {
                return;
            }
            String name = CatalogRows.text(rs, 2);
            String clause = Objects.toString(rs.getString(3), "");
            for (int i = 0; i < parts.columns.size(); i++) {
                LiveColumn column = parts.columns.get(i);
                if (column.name().equalsIgnoreCase(name)
                        && clause.toLowerCase(Locale.ROOT)
                                .replace("`", "")
                                .equals("json_valid(" + name.toLowerCase(Locale.ROOT) + ")")) {
                    parts.columns.set(
                            i,
                            new LiveColumn(
                                    column.name(),
                                    "json",
                                    ColumnType.of(ColumnType.Kind.JSON),
                                    column.nullable(),
                                    column.generation(),
                                    ""));
                    return;
                }
            }
            parts.checks.add(new CheckSpec.Sql(name, clause));
        });
    }

    private static void indexes(
            Connection connection, String schema, Map<String, TableParts> tables, Set<String> constraintIndexes)
            throws SQLException {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        Map<String, Boolean> unique = new HashMap<>();
        CatalogRows.each(connection, INDEXES, schema, rs -> {
            String key = CatalogRows.text(rs, 1) + "\0" + CatalogRows.text(rs, 2);
            columns.computeIfAbsent(key, k -> new ArrayList<>()).add(CatalogRows.text(rs, 4));
            unique.put(key, rs.getInt(3) == 0);
        });
        for (Map.Entry<String, List<String>> entry : columns.entrySet()) {
            String[] key = entry.getKey().split("\0", -1);
            TableParts parts = tables.get(key[0]);
            if (parts == null || key[1].equals("PRIMARY") || constraintIndexes.contains(entry.getKey())) {
                continue;
            }
            parts.indexes.add(new IndexSpec(key[1], entry.getValue(), Boolean.TRUE.equals(unique.get(entry.getKey()))));
        }
    }

    private static LiveSequence sequence(Connection connection, String database, String name) throws SQLException {
        String sql = "SELECT start_value, increment FROM `" + database.replace("`", "``") + "`.`"
                + name.replace("`", "``") + "`";
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rs = statement.executeQuery()) {
            rs.next();
            return new LiveSequence(database, name, rs.getLong(1), rs.getLong(2));
        }
    }

    private static ForeignKeySpec.Action action(String rule) {
        return switch (Objects.toString(rule, "").toUpperCase(Locale.ROOT)) {
            case "CASCADE" -> ForeignKeySpec.Action.CASCADE;
            case "SET NULL" -> ForeignKeySpec.Action.SET_NULL;
            case "SET DEFAULT" -> ForeignKeySpec.Action.SET_DEFAULT;
            case "NO ACTION" -> ForeignKeySpec.Action.NO_ACTION;
            default -> ForeignKeySpec.Action.RESTRICT;
        };
    }
}
