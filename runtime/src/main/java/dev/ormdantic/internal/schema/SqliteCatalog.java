package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.reflect.LiveColumn;
import dev.ormdantic.dialect.reflect.LiveSchema;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.reflect.NativeTypes;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an SQLite database (the main one or an attached one) from {@code sqlite_schema} and the {@code pragma_*}
 * table functions. SQLite keeps no names for unique constraints, foreign keys and checks apart from the
 * {@code CREATE TABLE} text, so these names are read from that text; a constraint written without a name is named
 * after its columns ({@code <table>_<columns>_unique}, {@code <table>_<columns>_fkey}).
 */
final class SqliteCatalog {

    private static final Pattern NAMED_CONSTRAINT = Pattern.compile(
            "(?i)CONSTRAINT\\s+(\"(?:[^\"]|\"\")*\"|`[^`]*`|\\[[^\\]]*]|\\w+)\\s+(UNIQUE|CHECK|FOREIGN\\s+KEY)\\s*\\(");
    private static final Pattern ANY_CHECK = Pattern.compile("(?i)\\bCHECK\\s*\\(");

    private SqliteCatalog() {}

    static LiveSchema read(Connection connection, Dialect dialect, String schema) throws SQLException {
        String database = schema.isEmpty() ? "main" : schema;
        String master = dialect.quote(database) + ".sqlite_schema";
        Map<String, TableParts> tables = TableParts.map();
        Map<String, String> sql = new LinkedHashMap<>();
        Map<String, String> indexSql = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name, type, sql FROM " + master
                        + " WHERE type IN ('table', 'view', 'index') AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                        + " ORDER BY name");
                ResultSet rs = statement.executeQuery()) {
            while (rs.next()) {
                String name = CatalogRows.text(rs, 1);
                String type = CatalogRows.text(rs, 2);
                String text = Objects.toString(rs.getString(3), "");
                if (type.equals("index")) {
                    indexSql.put(name, text);
                    continue;
                }
                TableParts parts =
                        new TableParts(name, type.equals("view") ? LiveTable.Kind.VIEW : LiveTable.Kind.TABLE);
                if (parts.kind == LiveTable.Kind.VIEW) {
                    parts.viewQuery = text;
                }
                tables.put(name, parts);
                sql.put(name, text);
            }
        }
        for (TableParts parts : tables.values()) {
            String create = sql.getOrDefault(parts.name, "");
            columns(connection, database, parts, create);
            if (parts.kind == LiveTable.Kind.TABLE) {
                Map<String, List<String>> named = namedConstraints(create, parts);
                indexes(connection, database, parts, indexSql, named);
                foreignKeys(connection, database, parts, named);
            }
        }
        return new LiveSchema(TableParts.build(tables, schema), List.of(), List.of());
    }

    private static void columns(Connection connection, String database, TableParts parts, String create)
            throws SQLException {
        boolean autoincrement = create.toUpperCase(Locale.ROOT).contains("AUTOINCREMENT");
        Map<Integer, String> key = new java.util.TreeMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT name, type, \"notnull\", dflt_value,"
                + " pk, hidden FROM pragma_table_xinfo(?, ?) ORDER BY cid")) {
            statement.setString(1, parts.name);
            statement.setString(2, database);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    String name = CatalogRows.text(rs, 1);
                    String type = Objects.toString(rs.getString(2), "");
                    int hidden = rs.getInt(6);
                    int pk = rs.getInt(5);
                    String defaultValue = rs.getString(4);
                    ColumnGeneration generation;
                    if (hidden == 2 || hidden == 3) {
                        generation = new ColumnGeneration.Computed(computed(create, name), hidden == 3);
                    } else if (pk == 1 && autoincrement && type.equalsIgnoreCase("INTEGER")) {
                        generation = new ColumnGeneration.Identity();
                    } else if (defaultValue != null) {
                        generation = new ColumnGeneration.ServerDefault(defaultValue);
                    } else {
                        generation = ColumnGeneration.none();
                    }
                    boolean identity = generation instanceof ColumnGeneration.Identity;
                    parts.columns.add(new LiveColumn(
                            name,
                            type,
                            NativeTypes.of(DialectId.SQLITE, type),
                            !rs.getBoolean(3) && !identity,
                            generation,
                            ""));
                    if (pk > 0) {
                        key.put(pk, name);
                    }
                }
            }
        }
        parts.primaryKey.addAll(key.values());
    }

    /** The named UNIQUE, CHECK and FOREIGN KEY clauses of the table text; adds the checks to the table. */
    private static Map<String, List<String>> namedConstraints(String create, TableParts parts) {
        Map<String, List<String>> byColumns = new LinkedHashMap<>();
        Matcher matcher = NAMED_CONSTRAINT.matcher(create);
        java.util.Set<Integer> namedChecks = new java.util.HashSet<>();
        while (matcher.find()) {
            String name = unquote(matcher.group(1));
            String body = balanced(create, matcher.end() - 1);
            String kind = matcher.group(2).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (kind.equals("CHECK")) {
                namedChecks.add(matcher.start(2));
                parts.checks.add(new CheckSpec.Sql(name, body));
            } else {
                byColumns.put(kind.charAt(0) + columnsKey(columnNames(body)), List.of(name));
            }
        }
        Matcher unnamed = ANY_CHECK.matcher(create);
        int count = 0;
        while (unnamed.find()) {
            if (namedChecks.contains(unnamed.start())) {
                continue;
            }
            count++;
            parts.checks.add(new CheckSpec.Sql(parts.name + "_check_" + count, balanced(create, unnamed.end() - 1)));
        }
        return byColumns;
    }

    private static void indexes(
            Connection connection,
            String database,
            TableParts parts,
            Map<String, String> indexSql,
            Map<String, List<String>> named)
            throws SQLException {
        List<String[]> list = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT name, \"unique\", origin FROM pragma_index_list(?, ?) ORDER BY name")) {
            statement.setString(1, parts.name);
            statement.setString(2, database);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    list.add(new String[] {CatalogRows.text(rs, 1), rs.getString(2), CatalogRows.text(rs, 3)});
                }
            }
        }
        for (String[] index : list) {
            if (index[2].equals("pk")) {
                continue;
            }
            List<String> columns = new ArrayList<>();
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT name FROM pragma_index_info(?, ?) ORDER BY seqno")) {
                statement.setString(1, index[0]);
                statement.setString(2, database);
                try (ResultSet rs = statement.executeQuery()) {
                    while (rs.next()) {
                        columns.add(Objects.toString(rs.getString(1), ""));
                    }
                }
            }
            if (index[2].equals("u")) {
                List<String> name = named.get("U" + columnsKey(columns));
                parts.uniques.add(new UniqueSpec(
                        name != null ? name.get(0) : parts.name + "_" + String.join("_", columns) + "_unique",
                        columns));
            } else {
                parts.indexes.add(new IndexSpec(
                        index[0], columns, "1".equals(index[1]), where(indexSql.getOrDefault(index[0], ""))));
            }
        }
    }

    private static void foreignKeys(
            Connection connection, String database, TableParts parts, Map<String, List<String>> named)
            throws SQLException {
        Map<Integer, List<String[]>> keys = new LinkedHashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT id, \"table\", \"from\", \"to\","
                + " on_delete, on_update FROM pragma_foreign_key_list(?, ?) ORDER BY id, seq")) {
            statement.setString(1, parts.name);
            statement.setString(2, database);
            try (ResultSet rs = statement.executeQuery()) {
                while (rs.next()) {
                    keys.computeIfAbsent(rs.getInt(1), k -> new ArrayList<>()).add(new String[] {
                        CatalogRows.text(rs, 2),
                        CatalogRows.text(rs, 3),
                        Objects.toString(rs.getString(4), ""),
                        CatalogRows.text(rs, 5),
                        CatalogRows.text(rs, 6)
                    });
                }
            }
        }
        for (List<String[]> rows : keys.values()) {
            List<String> columns = rows.stream().map(r -> r[1]).toList();
            List<String> name = named.get("F" + columnsKey(columns));
            String[] first = rows.get(0);
            parts.foreignKeys.add(new ForeignKeySpec(
                    name != null ? name.get(0) : parts.name + "_" + String.join("_", columns) + "_fkey",
                    columns,
                    "",
                    first[0],
                    rows.stream().map(r -> r[2]).toList(),
                    action(first[3]),
                    action(first[4])));
        }
    }

    private static ForeignKeySpec.Action action(String text) {
        return switch (text.toUpperCase(Locale.ROOT)) {
            case "RESTRICT" -> ForeignKeySpec.Action.RESTRICT;
            case "CASCADE" -> ForeignKeySpec.Action.CASCADE;
            case "SET NULL" -> ForeignKeySpec.Action.SET_NULL;
            case "SET DEFAULT" -> ForeignKeySpec.Action.SET_DEFAULT;
            default -> ForeignKeySpec.Action.NO_ACTION;
        };
    }

    /** The predicate of a partial index, from its {@code CREATE INDEX} text. */
    private static String where(String create) {
        Matcher matcher = Pattern.compile("(?is)\\)\\s*WHERE\\s+(.*)$").matcher(create);
        return matcher.find() ? matcher.group(1).strip() : "";
    }

    /** The expression of a generated column, from the table text. */
    private static String computed(String create, String column) {
        Matcher matcher = Pattern.compile("(?i)(\"" + Pattern.quote(column) + "\"|`" + Pattern.quote(column) + "`|\\b"
                        + Pattern.quote(column) + "\\b)(?:[^,(]|\\([^)]*\\))*?\\bAS\\s*\\(")
                .matcher(create);
        if (matcher.find()) {
            String expression = balanced(create, matcher.end() - 1);
            if (!expression.isBlank()) {
                return expression;
            }
        }
        return "unknown";
    }

    /** The text inside the parentheses that open at {@code open}. */
    private static String balanced(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return text.substring(open + 1, i).strip();
            }
        }
        return text.substring(Math.min(open + 1, text.length())).strip();
    }

    private static List<String> columnNames(String list) {
        List<String> names = new ArrayList<>();
        for (String part : list.split(",", -1)) {
            names.add(unquote(part.strip()));
        }
        return names;
    }

    private static String columnsKey(List<String> columns) {
        return String.join("\0", columns).toLowerCase(Locale.ROOT);
    }

    private static String unquote(String name) {
        if (name.length() >= 2 && (name.startsWith("\"") || name.startsWith("`") || name.startsWith("["))) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name;
    }
}
