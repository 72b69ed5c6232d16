package dev.ormdantic.dialect;

import dev.ormdantic.dialect.Capabilities.IdempotentDdl;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/** Renders {@code CREATE TABLE}, {@code CREATE INDEX} and {@code DROP TABLE}, each safe to run twice. */
final class DdlRenderer {

    /** Oracle: ORA-00955 "name is already used by an existing object", ORA-01408 "such column list already indexed". */
    private static final String ORACLE_ALREADY_EXISTS = "SQLCODE NOT IN (-955, -1408)";
    /** Oracle: ORA-00942 "table or view does not exist". */
    private static final String ORACLE_DOES_NOT_EXIST = "SQLCODE <> -942";

    private final Dialect dialect;
    private final CheckRenderer checks;

    DdlRenderer(Dialect dialect) {
        this.dialect = dialect;
        this.checks = new CheckRenderer(dialect);
    }

    List<String> createTable(TableSpec table) {
        Capabilities caps = dialect.capabilities();
        String name = dialect.quote(table.name());
        StringJoiner body = new StringJoiner(", ", "(", ")");
        for (ColumnSpec column : table.columns()) {
            body.add(dialect.quote(column.name()) + " " + dialect.columnType(column, table)
                    + (column.nullable() ? " NULL" : " NOT NULL"));
        }
        body.add("CONSTRAINT " + dialect.quote(table.name() + "_pkey") + " PRIMARY KEY "
                + columnList(table.primaryKey()));
        if (caps.createIndex() == IdempotentDdl.INLINE) {
            for (IndexSpec index : table.indexes()) {
                body.add((index.unique() ? "UNIQUE INDEX " : "INDEX ") + dialect.quote(index.name()) + " "
                        + columnList(index.columns()));
            }
        }
        // Seed order: column definitions, uniques, field checks, table checks, foreign keys.
        for (String check : checks.constraints(table)) {
            body.add(check);
        }
        String create = "CREATE TABLE " + name + " " + body + dialect.tableOptions();
        List<String> statements = new ArrayList<>();
        statements.add(
                switch (caps.createTable()) {
                    case IF_EXISTS_CLAUSE -> "CREATE TABLE IF NOT EXISTS " + name + " " + body + dialect.tableOptions();
                    case CATALOG_CHECK -> "IF OBJECT_ID(" + nationalLiteral(name) + ", N'U') IS NULL " + create;
                    case IGNORE_ERROR_BLOCK -> ignoringErrors(create, ORACLE_ALREADY_EXISTS);
                    case INLINE -> throw new IllegalStateException("a table cannot be created inline");
                });
        if (caps.createIndex() != IdempotentDdl.INLINE) {
            for (IndexSpec index : table.indexes()) {
                statements.add(createIndex(table, index));
            }
        }
        return statements;
    }

    private String createIndex(TableSpec table, IndexSpec index) {
        String plain = (index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
        String target =
                dialect.quote(index.name()) + " ON " + dialect.quote(table.name()) + " " + columnList(index.columns());
        return switch (dialect.capabilities().createIndex()) {
            case IF_EXISTS_CLAUSE -> plain + "IF NOT EXISTS " + target;
            case CATALOG_CHECK ->
                "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = "
                        + nationalLiteral(index.name()) + " AND object_id = OBJECT_ID("
                        + nationalLiteral(dialect.quote(table.name())) + ")) " + plain + target;
            case IGNORE_ERROR_BLOCK -> ignoringErrors(plain + target, ORACLE_ALREADY_EXISTS);
            case INLINE -> throw new IllegalStateException("inline indexes are part of CREATE TABLE");
        };
    }

    String dropTable(TableSpec table) {
        String name = dialect.quote(table.name());
        return switch (dialect.capabilities().dropTable()) {
            case IF_EXISTS_CLAUSE -> "DROP TABLE IF EXISTS " + name;
            case CATALOG_CHECK -> "IF OBJECT_ID(" + nationalLiteral(name) + ", N'U') IS NOT NULL DROP TABLE " + name;
            case IGNORE_ERROR_BLOCK ->
                ignoringErrors("DROP TABLE " + name + " CASCADE CONSTRAINTS PURGE", ORACLE_DOES_NOT_EXIST);
            case INLINE -> throw new IllegalStateException("a table cannot be dropped inline");
        };
    }

    private String columnList(List<String> columns) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (String column : columns) {
            list.add(dialect.quote(column));
        }
        return list.toString();
    }

    /** A PL/SQL block that runs {@code statement} and swallows the errors {@code condition} does not keep. */
    private static String ignoringErrors(String statement, String condition) {
        return "BEGIN EXECUTE IMMEDIATE " + literal(statement) + "; EXCEPTION WHEN OTHERS THEN IF " + condition
                + " THEN RAISE; END IF; END;";
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static String nationalLiteral(String text) {
        return "N" + literal(text);
    }
}
