package dev.ormdantic.it.reflect;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.internal.schema.CatalogRow;
import dev.ormdantic.internal.schema.CatalogSource;
import dev.ormdantic.internal.schema.OracleCatalog;
import dev.ormdantic.internal.schema.SqlServerCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The catalog rows SQL Server or Oracle would return for the tables our own DDL creates, without a server: each
 * {@code CREATE TABLE}, {@code CREATE INDEX} and {@code CREATE SEQUENCE} the dialect renders is parsed, and its parts
 * are stored the way the vendors document their catalogs (SQL Server's {@code sys.columns.max_length} in bytes, two a
 * character and {@code -1} for {@code MAX}; Oracle's {@code TIMESTAMP(6)}, {@code CHAR_USED}, {@code NUMBER}
 * precision and scale, the system-named {@code "x" IS NOT NULL} check of every {@code NOT NULL} column). The rows are
 * kept per catalog query, so a test can change them (widen a column, lose an index) before a reader reads them.
 */
final class VendorCatalogs implements CatalogSource {

    private static final Pattern COLUMN_TYPE =
            Pattern.compile("([A-Z0-9_]+(?:\\([^)]*\\))?(?: WITH TIME ZONE)?)(.*)", Pattern.DOTALL);

    private final DialectId dialect;
    private final String owner;
    private final Map<String, List<CatalogRow>> rows = new LinkedHashMap<>();
    private int systemNames = 8100;

    VendorCatalogs(DialectId dialect) {
        this.dialect = dialect;
        this.owner = dialect == DialectId.MSSQL ? "dbo" : "APP";
    }

    @Override
    public List<CatalogRow> rows(String sql, String schema) {
        return List.copyOf(rows.getOrDefault(sql, List.of()));
    }

    /** The rows of one query, to change. */
    List<CatalogRow> of(String query) {
        return rows.computeIfAbsent(query, k -> new ArrayList<>());
    }

    /**
     * Adds what one statement creates.
     *
     * @param statement a statement of {@code TableStatements.createTable()}
     */
    void run(String statement) {
        String sql = unwrap(statement);
        if (sql.startsWith("CREATE TABLE ")) {
            createTable(sql);
        } else if (sql.startsWith("CREATE INDEX ") || sql.startsWith("CREATE UNIQUE INDEX ")) {
            createIndex(sql);
        } else if (sql.startsWith("CREATE SEQUENCE ")) {
            createSequence(sql);
        } else {
            throw new IllegalArgumentException("not simulated: " + sql);
        }
    }

    /** The statement inside SQL Server's {@code IF ...} guard or Oracle's {@code EXECUTE IMMEDIATE} block. */
    private static String unwrap(String statement) {
        String sql = statement;
        String block = "BEGIN EXECUTE IMMEDIATE '";
        if (sql.startsWith(block)) {
            sql = sql.substring(block.length(), sql.indexOf("'; EXCEPTION")).replace("''", "'");
        }
        for (String start : List.of("CREATE TABLE ", "CREATE UNIQUE INDEX ", "CREATE INDEX ", "CREATE SEQUENCE ")) {
            int at = sql.indexOf(start);
            if (at >= 0 && !sql.substring(0, at).contains("CREATE ")) {
                return sql.substring(at);
            }
        }
        return sql;
    }

    private void createTable(String sql) {
        int open = sql.indexOf(" (");
        String table = name(sql.substring("CREATE TABLE ".length(), open));
        String body = sql.substring(open + 2, sql.lastIndexOf(')'));
        if (dialect == DialectId.MSSQL) {
            of(SqlServerCatalog.RELATIONS).add(CatalogRow.of(table, "U ", ""));
        } else {
            of(OracleCatalog.RELATIONS).add(CatalogRow.of(table, "TABLE", null));
        }
        for (String part : topLevel(body)) {
            if (part.startsWith("CONSTRAINT ")) {
                constraint(table, part);
            } else {
                column(table, part);
            }
        }
    }

    private void column(String table, String definition) {
        int end = definition.indexOf(dialect == DialectId.MSSQL ? ']' : '"', 1);
        String column = definition.substring(1, end);
        String rest = definition.substring(end + 2);
        if (dialect == DialectId.MSSQL && rest.startsWith("AS (")) {
            String expression = rest.substring(3, closing(rest, 3) + 1);
            // SQL Server derives the type from the expression: the integer products of these models are int.
            of(SqlServerCatalog.COLUMNS)
                    .add(CatalogRow.of(
                            table,
                            column,
                            "int",
                            4,
                            10,
                            0,
                            true,
                            false,
                            true,
                            expression,
                            rest.contains("PERSISTED"),
                            null));
            return;
        }
        Matcher matcher = COLUMN_TYPE.matcher(rest);
        if (!matcher.matches()) {
            throw new IllegalArgumentException("no type in " + definition);
        }
        String type = matcher.group(1);
        String tail = matcher.group(2);
        boolean notNull = tail.endsWith(" NOT NULL");
        boolean identity = tail.contains("IDENTITY");
        String defaultValue = null;
        int at = tail.indexOf(" DEFAULT ");
        if (at >= 0) {
            defaultValue = tail.substring(at + 9, tail.lastIndexOf(notNull ? " NOT NULL" : " NULL"));
        }
        if (dialect == DialectId.MSSQL) {
            sqlServerColumn(table, column, type, notNull, identity, defaultValue);
        } else {
            oracleColumn(table, column, type, tail, notNull, identity, defaultValue);
        }
    }

    /** {@code sys.columns} and {@code sys.types}: lengths in bytes, the default precision and scale of each type. */
    private void sqlServerColumn(
            String table, String column, String type, boolean notNull, boolean identity, String defaultValue) {
        String base = type.contains("(") ? type.substring(0, type.indexOf('(')) : type;
        List<Integer> args = args(type);
        boolean max = type.endsWith("(MAX)");
        int[] shape = switch (base) {
            case "NVARCHAR" -> new int[] {max ? -1 : args.get(0) * 2, 0, 0};
            case "VARBINARY" -> new int[] {max ? -1 : args.get(0), 0, 0};
            case "BIT" -> new int[] {1, 1, 0};
            case "SMALLINT" -> new int[] {2, 5, 0};
            case "INT" -> new int[] {4, 10, 0};
            case "BIGINT" -> new int[] {8, 19, 0};
            case "REAL" -> new int[] {4, 24, 0};
            case "FLOAT" -> new int[] {8, args.isEmpty() ? 53 : args.get(0), 0};
            case "DECIMAL" -> new int[] {args.get(0) <= 9 ? 5 : args.get(0) <= 19 ? 9 : 17, args.get(0), args.get(1)};
            case "UNIQUEIDENTIFIER" -> new int[] {16, 0, 0};
            case "DATE" -> new int[] {3, 10, 0};
            case "DATETIME2" -> new int[] {8, 27, args.isEmpty() ? 7 : args.get(0)};
            case "TIME" -> new int[] {5, 16, args.isEmpty() ? 7 : args.get(0)};
            case "DATETIMEOFFSET" -> new int[] {10, 34, args.isEmpty() ? 7 : args.get(0)};
            default -> throw new IllegalArgumentException("no sys.types row for " + type);
        };
        of(SqlServerCatalog.COLUMNS)
                .add(CatalogRow.of(
                        table,
                        column,
                        base.toLowerCase(Locale.ROOT),
                        shape[0],
                        shape[1],
                        shape[2],
                        !notNull,
                        identity,
                        false,
                        null,
                        null,
                        // sys.default_constraints.definition: the expression in parentheses.
                        defaultValue == null ? null : "(" + defaultValue + ")"));
    }

    /** {@code ALL_TAB_COLS}: {@code TIMESTAMP(6)}, {@code CHAR_USED}, a {@code NUMBER}'s precision and scale. */
    private void oracleColumn(
            String table,
            String column,
            String type,
            String tail,
            boolean notNull,
            boolean identity,
            String defaultValue) {
        String base = type.contains("(") ? type.substring(0, type.indexOf('(')) : type;
        List<Integer> args = args(type);
        Object[] shape = switch (base) {
            case "VARCHAR2" ->
                type.contains(" CHAR)")
                        ? new Object[] {"VARCHAR2", args.get(0) * 4, null, null, args.get(0), "C"}
                        : new Object[] {"VARCHAR2", args.get(0), null, null, args.get(0), "B"};
            case "NUMBER" ->
                new Object[] {
                    "NUMBER",
                    22,
                    args.isEmpty() ? null : args.get(0),
                    args.isEmpty() ? null : args.size() > 1 ? args.get(1) : 0,
                    0,
                    null
                };
            case "BINARY_FLOAT" -> new Object[] {base, 4, null, null, 0, null};
            case "BINARY_DOUBLE" -> new Object[] {base, 8, null, null, 0, null};
            case "DATE" -> new Object[] {base, 7, null, null, 0, null};
            case "TIMESTAMP" -> new Object[] {"TIMESTAMP(6)", 11, null, 6, 0, null};
            case "TIMESTAMP WITH TIME ZONE" -> new Object[] {"TIMESTAMP(6) WITH TIME ZONE", 13, null, 6, 0, null};
            case "BLOB", "CLOB" -> new Object[] {base, 4000, null, null, 0, null};
            default -> throw new IllegalArgumentException("no ALL_TAB_COLS row for " + type);
        };
        boolean virtual = tail.contains("GENERATED ALWAYS AS (");
        String dataDefault = defaultValue;
        if (identity) {
            int sequence = systemNames++;
            dataDefault = "\"" + owner + "\".\"ISEQ$$_" + sequence + "\".nextval";
        } else if (virtual) {
            int at = tail.indexOf("AS (") + 3;
            dataDefault = tail.substring(at, closing(tail, at) + 1);
        }
        of(OracleCatalog.COLUMNS)
                .add(CatalogRow.of(
                        table,
                        column,
                        shape[0],
                        shape[1],
                        shape[2],
                        shape[3],
                        shape[4],
                        shape[5],
                        notNull ? "N" : "Y",
                        identity ? "YES" : "NO",
                        virtual ? "YES" : "NO",
                        // DATA_DEFAULT keeps the text as written, often with a trailing blank.
                        dataDefault == null ? null : dataDefault + " "));
        if (notNull) {
            systemCheck(table, "\"" + column + "\" IS NOT NULL");
        }
        int check = tail.indexOf("CHECK (");
        if (check >= 0) {
            systemCheck(table, tail.substring(check + 7, closing(tail, check + 6)));
        }
    }

    private void systemCheck(String table, String condition) {
        int number = systemNames++;
        of(OracleCatalog.CHECKS).add(CatalogRow.of(table, "SYS_C00" + number, condition, "GENERATED NAME"));
    }

    private void constraint(String table, String clause) {
        int nameEnd = clause.indexOf(dialect == DialectId.MSSQL ? ']' : '"', "CONSTRAINT  ".length());
        String name = clause.substring("CONSTRAINT  ".length(), nameEnd);
        String rest = clause.substring(nameEnd + 2);
        if (rest.startsWith("CHECK (")) {
            String condition = rest.substring(7, closing(rest, 6));
            if (dialect == DialectId.MSSQL) {
                of(SqlServerCatalog.CHECKS).add(CatalogRow.of(table, name, "(" + condition + ")"));
            } else {
                of(OracleCatalog.CHECKS).add(CatalogRow.of(table, name, condition, "USER NAME"));
            }
            return;
        }
        int open = rest.indexOf('(');
        List<String> columns = names(rest.substring(open + 1, closing(rest, open)));
        if (rest.startsWith("PRIMARY KEY") || rest.startsWith("UNIQUE")) {
            String type = rest.startsWith("PRIMARY KEY") ? "PK" : "UQ";
            for (String column : columns) {
                if (dialect == DialectId.MSSQL) {
                    of(SqlServerCatalog.KEYS).add(CatalogRow.of(table, name, type, column));
                } else {
                    of(OracleCatalog.KEYS)
                            .add(CatalogRow.of(
                                    table, name, type.substring(0, 1), column, owner, null, null, null, null));
                }
            }
            return;
        }
        // FOREIGN KEY (...) REFERENCES target (...) [ON DELETE x] [ON UPDATE y]
        String references = rest.substring(rest.indexOf(" REFERENCES ") + 12);
        int targetOpen = references.indexOf(" (");
        String target = name(references.substring(0, targetOpen));
        List<String> targetColumns = names(references.substring(targetOpen + 2, closing(references, targetOpen + 1)));
        String onDelete = action(references, " ON DELETE ");
        String onUpdate = action(references, " ON UPDATE ");
        for (int i = 0; i < columns.size(); i++) {
            if (dialect == DialectId.MSSQL) {
                of(SqlServerCatalog.FOREIGN_KEYS)
                        .add(CatalogRow.of(
                                table,
                                name,
                                columns.get(i),
                                owner,
                                owner,
                                target,
                                targetColumns.get(i),
                                onDelete.replace(' ', '_'),
                                onUpdate.replace(' ', '_')));
            } else {
                of(OracleCatalog.KEYS)
                        .add(CatalogRow.of(
                                table,
                                name,
                                "R",
                                columns.get(i),
                                owner,
                                owner,
                                target,
                                targetColumns.get(i),
                                onDelete));
            }
        }
    }

    private static String action(String references, String clause) {
        int at = references.indexOf(clause);
        if (at < 0) {
            return "NO ACTION";
        }
        String rest = references.substring(at + clause.length());
        for (String action : List.of("CASCADE", "SET NULL", "SET DEFAULT", "RESTRICT", "NO ACTION")) {
            if (rest.startsWith(action)) {
                return action;
            }
        }
        throw new IllegalArgumentException("no action in " + references);
    }

    private void createIndex(String sql) {
        boolean unique = sql.startsWith("CREATE UNIQUE INDEX ");
        String rest = sql.substring(unique ? 20 : 13);
        int on = rest.indexOf(" ON ");
        String name = name(rest.substring(0, on));
        String afterOn = rest.substring(on + 4);
        int open = afterOn.indexOf(" (");
        String table = name(afterOn.substring(0, open));
        int close = closing(afterOn, open + 1);
        List<String> columns = names(afterOn.substring(open + 2, close));
        String where = afterOn.substring(close + 1).strip();
        where = where.startsWith("WHERE ") ? where.substring(6) : "";
        for (String column : columns) {
            if (dialect == DialectId.MSSQL) {
                // sys.indexes.filter_definition: the predicate as SQL Server rewrites it, in parentheses.
                of(SqlServerCatalog.INDEXES)
                        .add(CatalogRow.of(table, name, unique, where.isEmpty() ? "" : "(" + where + ")", column));
            } else {
                of(OracleCatalog.INDEXES).add(CatalogRow.of(table, name, unique ? "UNIQUE" : "NONUNIQUE", column));
            }
        }
    }

    private void createSequence(String sql) {
        String rest = sql.substring("CREATE SEQUENCE ".length());
        int space = rest.indexOf(' ');
        String name = name(space < 0 ? rest : rest.substring(0, space));
        Matcher start = Pattern.compile("START WITH (-?[0-9]+)").matcher(rest);
        Matcher increment = Pattern.compile("INCREMENT BY (-?[0-9]+)").matcher(rest);
        long first = start.find() ? Long.parseLong(start.group(1)) : 1;
        long step = increment.find() ? Long.parseLong(increment.group(1)) : 1;
        if (dialect == DialectId.MSSQL) {
            of(SqlServerCatalog.SEQUENCES).add(CatalogRow.of(name, first, step, owner));
        } else {
            of(OracleCatalog.SEQUENCES).add(CatalogRow.of(name, 1, step, owner));
        }
    }

    /** The last part of a possibly qualified, quoted name. */
    private String name(String quoted) {
        String text = quoted.strip();
        int dot = text.lastIndexOf(dialect == DialectId.MSSQL ? "].[" : "\".\"");
        if (dot >= 0) {
            text = text.substring(dot + 2);
        }
        return text.substring(1, text.length() - 1);
    }

    private List<String> names(String list) {
        List<String> names = new ArrayList<>();
        for (String part : Pattern.compile(",").split(list, -1)) {
            names.add(name(part));
        }
        return names;
    }

    private static List<Integer> args(String type) {
        List<Integer> args = new ArrayList<>();
        Matcher matcher =
                Pattern.compile("[0-9]+").matcher(type.contains("(") ? type.substring(type.indexOf('(')) : "");
        while (matcher.find()) {
            args.add(Integer.parseInt(matcher.group()));
        }
        return args;
    }

    /** The index of the parenthesis that closes the one at {@code open}. */
    private static int closing(String text, int open) {
        int depth = 0;
        boolean quoted = false;
        for (int i = open; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')' && --depth == 0) {
                return i;
            }
        }
        throw new IllegalArgumentException("unbalanced: " + text);
    }

    /** The comma-separated parts of a table body, outside parentheses and string literals. */
    private static List<String> topLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && c == '(') {
                depth++;
            } else if (!quoted && c == ')') {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(body.substring(start, i).strip());
                start = i + 1;
            }
        }
        parts.add(body.substring(start).strip());
        return parts;
    }
}
