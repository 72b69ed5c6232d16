package dev.ormdantic.dialect;

import dev.ormdantic.dialect.Capabilities.IdempotentDdl;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec.Action;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * Renders {@code CREATE TABLE} with its key, unique and foreign-key constraints, {@code CREATE INDEX},
 * {@code CREATE SEQUENCE}, {@code DROP TABLE} and {@code DROP SEQUENCE}, each safe to run twice; a table in a schema
 * is preceded by the creation of the schema, and a view is handed to {@link ViewDdl}.
 */
final class DdlRenderer {

    /** Oracle: ORA-00955 "name is already used by an existing object", ORA-01408 "such column list already indexed". */
    static final String ORACLE_ALREADY_EXISTS = "SQLCODE NOT IN (-955, -1408)";
    /** Oracle: ORA-00942 "table or view does not exist". */
    static final String ORACLE_DOES_NOT_EXIST = "SQLCODE <> -942";

    /** Oracle: ORA-02289 "sequence does not exist". */
    private static final String ORACLE_NO_SEQUENCE = "SQLCODE <> -2289";

    private final Dialect dialect;
    private final ColumnDefinitions columns;
    private final ViewDdl views;
    private final CheckRenderer checks;
    private final NativeEnumDdl enumTypes;

    DdlRenderer(Dialect dialect) {
        this.dialect = dialect;
        this.columns = new ColumnDefinitions(dialect);
        this.views = new ViewDdl(dialect);
        this.checks = new CheckRenderer(dialect);
        this.enumTypes = new NativeEnumDdl(dialect);
    }

    List<String> createTable(TableSpec table) {
        List<String> statements = new ArrayList<>(createSchema(table.schema()));
        if (table.isView()) {
            statements.add(views.create(table));
            return statements;
        }
        Capabilities caps = dialect.capabilities();
        String name = dialect.tableName(table);
        StringJoiner body = new StringJoiner(", ", "(", ")");
        ColumnSpec identity = table.identityColumn();
        // SQLite numbers rows only through an INTEGER PRIMARY KEY declared on the column itself.
        boolean inlineKey = identity != null && caps.identity() == Capabilities.Identity.AUTOINCREMENT;
        for (ColumnSpec column : table.columns()) {
            body.add(columns.definition(column, table));
        }
        if (!inlineKey) {
            body.add("CONSTRAINT " + dialect.quote(table.name() + "_pkey") + " PRIMARY KEY "
                    + columnList(table.primaryKey()));
        }
        // Seed order: column definitions, uniques, field checks, table checks, foreign keys; then MySQL's inline
        // indexes.
        for (UniqueSpec unique : table.uniques()) {
            body.add("CONSTRAINT " + dialect.quote(unique.name()) + " UNIQUE " + columnList(unique.columns()));
        }
        for (String check : checks.constraints(table)) {
            body.add(check);
        }
        for (ForeignKeySpec foreignKey : table.foreignKeys()) {
            body.add(foreignKey(table, foreignKey));
        }
        if (caps.createIndex() == IdempotentDdl.INLINE) {
            for (IndexSpec index : table.indexes()) {
                requirePartialIndexes(index);
                body.add((index.unique() ? "UNIQUE INDEX " : "INDEX ") + dialect.quote(index.name()) + " "
                        + columnList(index.columns()));
            }
        }
        String create = "CREATE TABLE " + name + " " + body + dialect.tableOptions();
        for (ColumnGeneration.Sequence sequence : table.sequences()) {
            statements.add(createSequence(sequence));
        }
        statements.addAll(enumTypes.create(table));
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

    /** The statement that creates a missing schema, where the dialect creates schemas; none for the default one. */
    List<String> createSchema(String schema) {
        if (schema.isEmpty()) {
            return List.of();
        }
        return switch (dialect.id()) {
            case POSTGRESQL -> List.of("CREATE SCHEMA IF NOT EXISTS " + dialect.quote(schema));
            // A MySQL schema is a database.
            case MYSQL, MARIADB -> List.of("CREATE DATABASE IF NOT EXISTS " + dialect.quote(schema));
            case MSSQL ->
                List.of("IF SCHEMA_ID(" + nationalLiteral(schema) + ") IS NULL EXEC("
                        + nationalLiteral("CREATE SCHEMA " + dialect.quote(schema)) + ")");
            // An Oracle schema is a user, which an administrator creates with its privileges: qualify only.
            case ORACLE -> List.of();
            case SQLITE ->
                throw new UnsupportedFeatureException(
                        dialect.id(),
                        "schemas (@Table(schema = \"" + schema + "\"))",
                        "An SQLite file is one schema; remove the schema, or keep this record off SQLite.");
        };
    }

    String foreignKey(TableSpec table, ForeignKeySpec foreignKey) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ")
                .append(dialect.quote(foreignKey.name()))
                .append(" FOREIGN KEY ")
                .append(columnList(foreignKey.columns()))
                .append(" REFERENCES ")
                .append(dialect.qualify(foreignKey.targetSchema(), foreignKey.targetTable()))
                .append(' ')
                .append(columnList(foreignKey.targetColumns()));
        if (foreignKey.onDelete() != Action.NO_ACTION) {
            requireAction(table, foreignKey, "ON DELETE", foreignKey.onDelete());
            sql.append(" ON DELETE ").append(foreignKey.onDelete().sql());
        }
        if (foreignKey.onUpdate() != Action.NO_ACTION) {
            requireAction(table, foreignKey, "ON UPDATE", foreignKey.onUpdate());
            sql.append(" ON UPDATE ").append(foreignKey.onUpdate().sql());
        }
        return sql.toString();
    }

    /** Refuses a referential action the dialect does not have. */
    private void requireAction(TableSpec table, ForeignKeySpec foreignKey, String clause, Action action) {
        boolean supported = switch (dialect.id()) {
            case SQLITE, POSTGRESQL -> true;
            // InnoDB parses SET DEFAULT but rejects the table.
            case MYSQL, MARIADB -> action != Action.SET_DEFAULT;
            case MSSQL -> action != Action.RESTRICT;
            // Oracle has ON DELETE CASCADE and ON DELETE SET NULL, and no ON UPDATE at all.
            case ORACLE -> clause.equals("ON DELETE") && (action == Action.CASCADE || action == Action.SET_NULL);
        };
        if (!supported) {
            throw new UnsupportedFeatureException(
                    dialect.id(),
                    clause + " " + action.sql() + " (foreign key " + foreignKey.name() + " of table " + table.name()
                            + ")",
                    "Use " + clause + " NO ACTION (the default)"
                            + (action == Action.RESTRICT ? ", which also refuses the change" : "")
                            + ", or keep this record off " + dialect.displayName() + ".");
        }
    }

    private void requirePartialIndexes(IndexSpec index) {
        if (!index.where().isEmpty()) {
            throw new UnsupportedFeatureException(
                    dialect.id(),
                    "partial indexes (index " + index.name() + " WHERE " + index.where() + ")",
                    "Remove @Index(where), or keep this record off " + dialect.displayName() + ".");
        }
    }

    private String createIndex(TableSpec table, IndexSpec index) {
        String plain = (index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ");
        String indexName = dialect.id() == DialectId.ORACLE
                // An Oracle index lives in the current user's schema unless its name is qualified.
                ? dialect.qualify(table.schema(), index.name())
                : dialect.quote(index.name());
        String predicate = switch (dialect.id()) {
            case SQLITE, POSTGRESQL, MSSQL -> index.where().isEmpty() ? "" : " WHERE " + index.where();
            case MYSQL, MARIADB, ORACLE -> {
                requirePartialIndexes(index);
                yield "";
            }
        };
        String target = indexName + " ON " + dialect.tableName(table) + " " + columnList(index.columns()) + predicate;
        return switch (dialect.capabilities().createIndex()) {
            case IF_EXISTS_CLAUSE -> plain + "IF NOT EXISTS " + target;
            case CATALOG_CHECK ->
                "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = "
                        + nationalLiteral(index.name()) + " AND object_id = OBJECT_ID("
                        + nationalLiteral(dialect.tableName(table)) + ")) " + plain + target;
            case IGNORE_ERROR_BLOCK -> ignoringErrors(plain + target, ORACLE_ALREADY_EXISTS);
            case INLINE -> throw new IllegalStateException("inline indexes are part of CREATE TABLE");
        };
    }

    String refreshView(TableSpec table) {
        return views.refresh(table);
    }

    String dropTable(TableSpec table) {
        if (table.isView()) {
            return views.drop(table);
        }
        String name = dialect.tableName(table);
        return switch (dialect.capabilities().dropTable()) {
            case IF_EXISTS_CLAUSE -> "DROP TABLE IF EXISTS " + name;
            case CATALOG_CHECK -> "IF OBJECT_ID(" + nationalLiteral(name) + ", N'U') IS NOT NULL DROP TABLE " + name;
            case IGNORE_ERROR_BLOCK ->
                ignoringErrors("DROP TABLE " + name + " CASCADE CONSTRAINTS PURGE", ORACLE_DOES_NOT_EXIST);
            case INLINE -> throw new IllegalStateException("a table cannot be dropped inline");
        };
    }

    private String createSequence(ColumnGeneration.Sequence sequence) {
        String name = dialect.quote(sequence.name());
        String options = " START WITH " + sequence.start() + " INCREMENT BY " + sequence.increment();
        return switch (dialect.capabilities().createTable()) {
            case IF_EXISTS_CLAUSE -> "CREATE SEQUENCE IF NOT EXISTS " + name + options;
            case CATALOG_CHECK ->
                "IF OBJECT_ID(" + nationalLiteral(name) + ", N'SO') IS NULL CREATE SEQUENCE " + name + " AS BIGINT"
                        + options;
            case IGNORE_ERROR_BLOCK -> ignoringErrors("CREATE SEQUENCE " + name + options, ORACLE_ALREADY_EXISTS);
            case INLINE -> throw new IllegalStateException("a sequence cannot be created inline");
        };
    }

    /**
     * The sequences of the table, dropped after it because its column defaults use them; then its native enum types,
     * each unless another table still uses it.
     */
    List<String> dropAfterTable(TableSpec table) {
        List<String> statements = new ArrayList<>();
        for (ColumnGeneration.Sequence sequence : table.sequences()) {
            String name = dialect.quote(sequence.name());
            statements.add(
                    switch (dialect.capabilities().dropTable()) {
                        case IF_EXISTS_CLAUSE -> "DROP SEQUENCE IF EXISTS " + name;
                        case CATALOG_CHECK ->
                            "IF OBJECT_ID(" + nationalLiteral(name) + ", N'SO') IS NOT NULL DROP SEQUENCE " + name;
                        case IGNORE_ERROR_BLOCK -> ignoringErrors("DROP SEQUENCE " + name, ORACLE_NO_SEQUENCE);
                        case INLINE -> throw new IllegalStateException("a sequence cannot be dropped inline");
                    });
        }
        statements.addAll(enumTypes.drop(table));
        return statements;
    }

    String columnList(List<String> columns) {
        StringJoiner list = new StringJoiner(", ", "(", ")");
        for (String column : columns) {
            list.add(dialect.quote(column));
        }
        return list.toString();
    }

    /** A PL/SQL block that runs {@code statement} and swallows the errors {@code condition} does not keep. */
    static String ignoringErrors(String statement, String condition) {
        return "BEGIN EXECUTE IMMEDIATE " + literal(statement) + "; EXCEPTION WHEN OTHERS THEN IF " + condition
                + " THEN RAISE; END IF; END;";
    }

    static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    static String nationalLiteral(String text) {
        return "N" + literal(text);
    }
}
