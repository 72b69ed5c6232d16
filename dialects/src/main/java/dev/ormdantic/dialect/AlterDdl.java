package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The statements that change an existing schema, one dialect's spelling of each: add, drop, alter and rename a
 * column, rename a table, add and drop an index, unique constraint, foreign key or check, and SQLite's table rebuild
 * for what SQLite cannot alter. Unlike {@link TableStatements#createTable()} these are not idempotent: a migration
 * runs each once, in order, and a failure must show.
 *
 * <p>The {@code switch}es on the dialect are the clauses whose syntax differs ({@code ADD COLUMN} against
 * {@code ADD (...)}, {@code MODIFY} against {@code ALTER COLUMN}, {@code sp_rename} against {@code RENAME}).
 *
 * @since 0.1.0
 */
public final class AlterDdl {

    /** The prefix of the table SQLite's rebuild copies into before it takes the table's name. */
    public static final String REBUILD_PREFIX = "__ormdantic_rebuild_";

    /** The SQLSTATE of the guard that refuses to remove enum values rows still hold (a check violation). */
    public static final String VALUES_IN_USE_STATE = "23514";

    private final Dialect dialect;
    private final DdlRenderer ddl;
    private final ColumnDefinitions columns;
    private final CheckRenderer checks;
    private final NativeEnumDdl enumTypes;

    private AlterDdl(Dialect dialect) {
        this.dialect = dialect;
        this.ddl = new DdlRenderer(dialect);
        this.columns = new ColumnDefinitions(dialect);
        this.checks = new CheckRenderer(dialect);
        this.enumTypes = new NativeEnumDdl(dialect);
    }

    /**
     * The schema-change statements of a dialect.
     *
     * @param dialect the dialect
     * @return its statements
     */
    public static AlterDdl of(Dialect dialect) {
        return new AlterDdl(dialect);
    }

    /**
     * The dialect these statements are for.
     *
     * @return the dialect
     */
    public Dialect dialect() {
        return dialect;
    }

    private String alter(TableSpec table) {
        return "ALTER TABLE " + dialect.tableName(table) + " ";
    }

    /**
     * Creates a schema unless it exists; nothing for the default schema or on Oracle (a schema is a user there).
     *
     * @param schema the schema
     * @return the statements, possibly none
     */
    public List<String> createSchema(String schema) {
        return ddl.createSchema(schema);
    }

    /**
     * Drops an empty schema ({@code DROP SCHEMA}; {@code DROP DATABASE} on MySQL and MariaDB, where a schema is a
     * database); nothing on SQLite and Oracle.
     *
     * @param schema the schema
     * @return the statements, possibly none
     */
    public List<String> dropSchema(String schema) {
        return switch (dialect.id()) {
            case POSTGRESQL, MSSQL -> List.of("DROP SCHEMA " + dialect.quote(schema));
            case MYSQL, MARIADB -> List.of("DROP DATABASE " + dialect.quote(schema));
            case SQLITE, ORACLE -> List.of();
        };
    }

    /**
     * Adds a column ({@code ADD COLUMN}; {@code ADD} on SQL Server, {@code ADD (...)} on Oracle). A nullable column
     * is written without {@code NULL}, as the seed writes it.
     *
     * @param table the table after the change
     * @param column the new column
     * @return the statement
     */
    public String addColumn(TableSpec table, ColumnSpec column) {
        String definition = columns.definition(column, table);
        if (column.nullable() && definition.endsWith(" NULL") && !definition.endsWith(" NOT NULL")) {
            definition = definition.substring(0, definition.length() - " NULL".length());
        }
        return alter(table)
                + switch (dialect.id()) {
                    case SQLITE, POSTGRESQL, MYSQL, MARIADB -> "ADD COLUMN " + definition;
                    case MSSQL -> "ADD " + definition;
                    case ORACLE -> "ADD (" + definition + ")";
                };
    }

    /**
     * Drops a column. SQLite drops only a column outside every key, index and constraint; a plan rebuilds the table
     * instead ({@link #rebuild}). SQL Server refuses to drop a column that a default or check constraint depends on:
     * when the model gives the column a default or checks, one batch drops the checks first by the names our DDL
     * gives them ({@code DROP CONSTRAINT IF EXISTS}), then the default under the name SQL Server generated for it
     * (looked up in {@code sys.default_constraints}), then the column.
     *
     * @param table the table, with the column
     * @param column the column's name
     * @return the statement (on SQL Server, possibly a batch of several)
     */
    public String dropColumn(TableSpec table, String column) {
        String drop = alter(table) + "DROP COLUMN " + dialect.quote(column);
        ColumnSpec spec = table.columns().stream()
                .filter(c -> c.name().equals(column))
                .findFirst()
                .orElse(null);
        if (dialect.id() != DialectId.MSSQL || spec == null) {
            return drop;
        }
        List<String> batch = new ArrayList<>();
        for (CheckSpec check : spec.checks()) {
            batch.add(alter(table) + "DROP CONSTRAINT IF EXISTS " + dialect.quote(check.name()));
        }
        if (spec.generation() instanceof ColumnGeneration.ServerDefault) {
            batch.add(dropSqlServerDefault(table, column));
        }
        batch.add(drop);
        return String.join("; ", batch);
    }

    /**
     * Changes a column's type, nullability or default: {@code ALTER COLUMN ... TYPE} and {@code SET/DROP NOT NULL} on
     * PostgreSQL, {@code MODIFY COLUMN} with the whole definition on MySQL and MariaDB, {@code ALTER COLUMN} on SQL
     * Server, {@code MODIFY (...)} on Oracle.
     *
     * @param table the table after the change
     * @param from the column before
     * @param to the column after (same name)
     * @return the statements, in order
     * @throws UnsupportedFeatureException on SQLite, which cannot alter a column (rebuild the table instead)
     */
    public List<String> alterColumn(TableSpec table, ColumnSpec from, ColumnSpec to) {
        String name = dialect.quote(to.name());
        String type = dialect.columnType(to, table);
        boolean typeChanged =
                !type.equals(dialect.columnType(from, table)) || !from.type().equals(to.type());
        boolean nullChanged = from.nullable() != to.nullable();
        boolean defaultChanged = !from.generation().equals(to.generation());
        List<String> statements = new ArrayList<>();
        switch (dialect.id()) {
            case SQLITE ->
                throw new UnsupportedFeatureException(
                        dialect.id(), "ALTER COLUMN (column " + to.name() + ")", "Rebuild the table instead");
            case POSTGRESQL -> {
                if (typeChanged) {
                    statements.add(
                            alter(table) + "ALTER COLUMN " + name + " TYPE " + type + " USING " + name + "::" + type);
                }
                if (nullChanged) {
                    statements.add(alter(table) + "ALTER COLUMN " + name
                            + (to.nullable() ? " DROP NOT NULL" : " SET NOT NULL"));
                }
                if (defaultChanged) {
                    statements.add(alter(table) + "ALTER COLUMN " + name
                            + (to.generation() instanceof ColumnGeneration.ServerDefault value
                                    ? " SET DEFAULT " + value.sql()
                                    : " DROP DEFAULT"));
                }
            }
            case MYSQL, MARIADB -> statements.add(alter(table) + "MODIFY COLUMN " + columns.definition(to, table));
            case MSSQL -> {
                if (typeChanged || nullChanged) {
                    statements.add(alter(table) + "ALTER COLUMN " + name + " " + type
                            + (to.nullable() ? " NULL" : " NOT NULL"));
                }
                if (defaultChanged) {
                    if (from.generation() instanceof ColumnGeneration.ServerDefault) {
                        statements.add(dropSqlServerDefault(table, to.name()));
                    }
                    if (to.generation() instanceof ColumnGeneration.ServerDefault value) {
                        statements.add(alter(table) + "ADD DEFAULT " + value.sql() + " FOR " + name);
                    }
                }
            }
            case ORACLE -> {
                StringBuilder modify = new StringBuilder(name);
                if (typeChanged) {
                    modify.append(' ').append(type);
                }
                if (defaultChanged) {
                    modify.append(" DEFAULT ")
                            .append(
                                    to.generation() instanceof ColumnGeneration.ServerDefault value
                                            ? value.sql()
                                            : "NULL");
                }
                if (nullChanged) {
                    // Oracle refuses NOT NULL on a column that already is (ORA-01442): name it only when it changes.
                    modify.append(to.nullable() ? " NULL" : " NOT NULL");
                }
                statements.add(alter(table) + "MODIFY (" + modify + ")");
            }
        }
        return statements;
    }

    /** SQL Server names a column default with a generated name: look it up, then drop it. */
    private String dropSqlServerDefault(TableSpec table, String column) {
        String tableName = DdlRenderer.nationalLiteral(dialect.tableName(table));
        return "DECLARE @ormdantic_default sysname = (SELECT d.name FROM sys.default_constraints d JOIN sys.columns c"
                + " ON c.default_object_id = d.object_id WHERE d.parent_object_id = OBJECT_ID(" + tableName
                + ") AND c.name = " + DdlRenderer.nationalLiteral(column) + "); IF @ormdantic_default IS NOT NULL"
                + " EXEC(N'ALTER TABLE " + dialect.tableName(table).replace("'", "''")
                + " DROP CONSTRAINT ' + QUOTENAME(@ormdantic_default))";
    }

    /**
     * Renames a column, keeping its data: {@code RENAME COLUMN} ({@code sp_rename} on SQL Server).
     *
     * @param table the table (under its name at the time of the rename)
     * @param from the column's old name
     * @param to its new name
     * @return the statement
     */
    public String renameColumn(TableSpec table, String from, String to) {
        if (dialect.id() == DialectId.MSSQL) {
            String qualified = (table.schema().isEmpty() ? "" : table.schema() + ".") + table.name() + "." + from;
            return "EXEC sp_rename " + DdlRenderer.nationalLiteral(qualified) + ", " + DdlRenderer.nationalLiteral(to)
                    + ", N'COLUMN'";
        }
        return alter(table) + "RENAME COLUMN " + dialect.quote(from) + " TO " + dialect.quote(to);
    }

    /**
     * Renames a table within its schema, keeping its rows: {@code ALTER TABLE ... RENAME TO}, {@code RENAME TABLE} on
     * MySQL and MariaDB, {@code sp_rename} on SQL Server.
     *
     * @param schema the table's schema, or the empty string
     * @param from the old name
     * @param to the new name
     * @return the statement
     */
    public String renameTable(String schema, String from, String to) {
        return switch (dialect.id()) {
            case SQLITE, POSTGRESQL, ORACLE ->
                "ALTER TABLE " + dialect.qualify(schema, from) + " RENAME TO " + dialect.quote(to);
            case MYSQL, MARIADB ->
                "RENAME TABLE " + dialect.qualify(schema, from) + " TO " + dialect.qualify(schema, to);
            case MSSQL ->
                "EXEC sp_rename " + DdlRenderer.nationalLiteral((schema.isEmpty() ? "" : schema + ".") + from) + ", "
                        + DdlRenderer.nationalLiteral(to);
        };
    }

    /**
     * Creates an index ({@code CREATE [UNIQUE] INDEX ... ON ...}, with the predicate of a partial index where the
     * dialect has them).
     *
     * @param table the table
     * @param index the index
     * @return the statement
     */
    public String createIndex(TableSpec table, IndexSpec index) {
        String name = dialect.id() == DialectId.ORACLE
                ? dialect.qualify(table.schema(), index.name())
                : dialect.quote(index.name());
        String predicate = index.where().isEmpty()
                ? ""
                : switch (dialect.id()) {
                    case SQLITE, POSTGRESQL, MSSQL -> " WHERE " + index.where();
                    case MYSQL, MARIADB, ORACLE ->
                        throw new UnsupportedFeatureException(
                                dialect.id(),
                                "partial indexes (index " + index.name() + ")",
                                "Remove @Index(where), or keep this record off " + dialect.displayName() + ".");
                };
        return (index.unique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ") + name + " ON " + dialect.tableName(table)
                + " " + ddl.columnList(index.columns()) + predicate;
    }

    /**
     * Drops an index: {@code DROP INDEX i ON t} on MySQL, MariaDB and SQL Server, {@code DROP INDEX i} on Oracle,
     * {@code DROP INDEX IF EXISTS i} elsewhere (the seed's forms).
     *
     * @param table the table
     * @param index the index's name
     * @return the statement
     */
    public String dropIndex(TableSpec table, String index) {
        return switch (dialect.id()) {
            case MYSQL, MARIADB, MSSQL -> "DROP INDEX " + dialect.quote(index) + " ON " + dialect.tableName(table);
            case ORACLE -> "DROP INDEX " + dialect.qualify(table.schema(), index);
            case SQLITE, POSTGRESQL -> "DROP INDEX IF EXISTS " + dialect.qualify(table.schema(), index);
        };
    }

    /**
     * Adds a unique constraint.
     *
     * @param table the table
     * @param unique the constraint
     * @return the statement
     */
    public String addUnique(TableSpec table, UniqueSpec unique) {
        return alter(table) + "ADD CONSTRAINT " + dialect.quote(unique.name()) + " UNIQUE "
                + ddl.columnList(unique.columns());
    }

    /**
     * Drops a unique constraint ({@code DROP INDEX} on MySQL and MariaDB, where it is one).
     *
     * @param table the table
     * @param name the constraint's name
     * @return the statement
     */
    public String dropUnique(TableSpec table, String name) {
        return switch (dialect.id()) {
            case MYSQL, MARIADB -> alter(table) + "DROP INDEX " + dialect.quote(name);
            default -> dropConstraint(table, name);
        };
    }

    /**
     * Adds a foreign key.
     *
     * @param table the table
     * @param foreignKey the key
     * @return the statement
     */
    public String addForeignKey(TableSpec table, ForeignKeySpec foreignKey) {
        return alter(table) + "ADD " + ddl.foreignKey(table, foreignKey);
    }

    /**
     * Drops a foreign key ({@code DROP FOREIGN KEY} on MySQL and MariaDB).
     *
     * @param table the table
     * @param name the key's name
     * @return the statement
     */
    public String dropForeignKey(TableSpec table, String name) {
        return switch (dialect.id()) {
            case MYSQL, MARIADB -> alter(table) + "DROP FOREIGN KEY " + dialect.quote(name);
            default -> dropConstraint(table, name);
        };
    }

    /**
     * Adds a check constraint, rendered with the dialect's functions; nothing for the list of values of a native
     * enum type, which the type enforces.
     *
     * @param table the table holding the check
     * @param name the check's name
     * @return the statements, possibly none
     */
    public List<String> addCheck(TableSpec table, String name) {
        String clause = checks.constraint(table, name);
        return clause == null ? List.of() : List.of(alter(table) + "ADD " + clause);
    }

    /**
     * Drops a check constraint; nothing for a native enum type's list of values.
     *
     * @param table the table holding the check
     * @param name the check's name
     * @return the statements, possibly none
     */
    public List<String> dropCheck(TableSpec table, String name) {
        return checks.constraint(table, name) == null ? List.of() : List.of(dropConstraint(table, name));
    }

    /**
     * Adds the table's primary key, named {@code <table>_pkey} as {@code CREATE TABLE} names it.
     *
     * @param table the table after the change
     * @return the statement
     */
    public String addPrimaryKey(TableSpec table) {
        return alter(table) + "ADD CONSTRAINT " + dialect.quote(table.name() + "_pkey") + " PRIMARY KEY "
                + ddl.columnList(table.primaryKey());
    }

    /**
     * Drops the table's primary key ({@code DROP PRIMARY KEY} on MySQL and MariaDB).
     *
     * @param table the table
     * @param name the key constraint's name ({@code <table>_pkey} for a table this library created)
     * @return the statement
     */
    public String dropPrimaryKey(TableSpec table, String name) {
        return switch (dialect.id()) {
            case MYSQL, MARIADB -> alter(table) + "DROP PRIMARY KEY";
            default -> dropConstraint(table, name);
        };
    }

    /**
     * Adds a value to a PostgreSQL enum type ({@code ALTER TYPE ... ADD VALUE IF NOT EXISTS}).
     *
     * @param type the type's name
     * @param value the new value
     * @return the statement
     */
    public String addEnumValue(String type, String value) {
        return "ALTER TYPE " + dialect.quote(type) + " ADD VALUE IF NOT EXISTS " + dialect.stringLiteral(value);
    }

    /**
     * Adds a value to a PostgreSQL enum type at its place in the declared order: {@code AFTER} the value before it,
     * else {@code BEFORE} the value after it. The statement runs inside the migration's transaction, which PostgreSQL
     * allows from version 12 on; the new value can be used once that transaction commits.
     *
     * @param schema the schema of the tables that use the type, or the empty string for the current one
     * @param type the type's name
     * @param value the new value
     * @param after the existing value it follows, or {@code null}
     * @param before the existing value it precedes, used when {@code after} is {@code null}; {@code null} appends
     * @return the statement
     */
    public String addEnumValue(
            String schema, String type, String value, @Nullable String after, @Nullable String before) {
        String place = after != null
                ? " AFTER " + dialect.stringLiteral(after)
                : before != null ? " BEFORE " + dialect.stringLiteral(before) : "";
        return "ALTER TYPE " + dialect.qualify(schema, type) + " ADD VALUE IF NOT EXISTS "
                + dialect.stringLiteral(value) + place;
    }

    /**
     * Creates the native enum type of a column added to an existing table (PostgreSQL), before the column: the same
     * block {@code CREATE TABLE} uses, which creates the type when missing and refuses one with other labels. Nothing
     * for a column without a native enum type or on another dialect.
     *
     * @param table the table after the change
     * @param column the new column
     * @return the statements, possibly none
     */
    public List<String> createEnumType(TableSpec table, ColumnSpec column) {
        return enumTypes.create(table, column);
    }

    /**
     * Replaces a PostgreSQL enum type by one with other values, for what {@code ADD VALUE} cannot do (remove or
     * reorder values): a guard that fails the migration, naming the column, when a row holds a value being removed;
     * then create the new type under a temporary name, convert every column that uses the type
     * ({@code USING column::text::new}, its default dropped and set again around it), drop the old type and give the
     * new one its name. The rows keep their values; none is ever turned into another.
     *
     * @param type the type's name
     * @param values the type's values after the change, in order
     * @param removed the values being removed (the guard's), possibly none
     * @param uses the columns that use the type, each with its table, as they are before the change
     * @return the statements, in order
     */
    public List<String> replaceEnumType(
            String type, List<String> values, List<String> removed, Map<TableSpec, List<ColumnSpec>> uses) {
        String schema =
                uses.keySet().stream().map(TableSpec::schema).findFirst().orElse("");
        String old = dialect.qualify(schema, type);
        String temporary = type + "__ormdantic_new";
        String fresh = dialect.qualify(schema, temporary);
        List<String> statements = new ArrayList<>();
        if (!removed.isEmpty() && !uses.isEmpty()) {
            StringJoiner lost = new StringJoiner(", ", "(", ")");
            removed.forEach(value -> lost.add(dialect.stringLiteral(value)));
            StringBuilder guard = new StringBuilder("DO " + NativeEnumDdl.BODY + " BEGIN");
            uses.forEach((table, columnsOfTable) -> {
                for (ColumnSpec column : columnsOfTable) {
                    String where = table.name() + "." + column.name();
                    guard.append(" IF EXISTS (SELECT 1 FROM ")
                            .append(dialect.tableName(table))
                            .append(" WHERE ")
                            .append(dialect.quote(column.name()))
                            .append("::text IN ")
                            .append(lost)
                            .append(") THEN RAISE EXCEPTION ")
                            .append(dialect.stringLiteral("column " + where + " holds values being removed from enum"
                                    + " type " + type + " " + removed + ": change those rows first"))
                            .append(" USING ERRCODE = '")
                            .append(VALUES_IN_USE_STATE)
                            .append("'; END IF;");
                }
            });
            statements.add(guard.append(" END ").append(NativeEnumDdl.BODY).toString());
        }
        StringJoiner labels = new StringJoiner(", ", "(", ")");
        values.forEach(value -> labels.add(dialect.stringLiteral(value)));
        statements.add("CREATE TYPE " + fresh + " AS ENUM " + labels);
        uses.forEach((table, columnsOfTable) -> {
            for (ColumnSpec column : columnsOfTable) {
                String name = dialect.quote(column.name());
                boolean hasDefault = column.generation() instanceof ColumnGeneration.ServerDefault;
                if (hasDefault) {
                    statements.add(alter(table) + "ALTER COLUMN " + name + " DROP DEFAULT");
                }
                statements.add(alter(table) + "ALTER COLUMN " + name + " TYPE " + fresh + " USING " + name + "::text::"
                        + fresh);
                if (column.generation() instanceof ColumnGeneration.ServerDefault value) {
                    statements.add(alter(table) + "ALTER COLUMN " + name + " SET DEFAULT " + value.sql());
                }
            }
        });
        statements.add("DROP TYPE " + old);
        statements.add("ALTER TYPE " + fresh + " RENAME TO " + dialect.quote(type));
        return statements;
    }

    private String dropConstraint(TableSpec table, String name) {
        return alter(table) + "DROP CONSTRAINT " + dialect.quote(name);
    }

    /**
     * SQLite's table rebuild, for what it cannot alter: create the new definition under a temporary name, copy the
     * rows of the columns both definitions have, drop the old table, give the new one its name, and create its
     * indexes.
     *
     * @param from the table before
     * @param to the table after (same schema and name, or the name it is renamed to)
     * @param sources each column of {@code to} that takes its values from a column of {@code from}, mapped to that
     *     column (a renamed column to its old name, a kept column to itself); computed columns are left out
     * @return the statements, in order
     */
    public List<String> rebuild(TableSpec from, TableSpec to, Map<String, String> sources) {
        String temp = REBUILD_PREFIX + to.name();
        TableSpec staging = new TableSpec(
                temp,
                to.columns(),
                to.primaryKey(),
                List.of(),
                to.schema(),
                to.uniques(),
                to.foreignKeys(),
                null,
                to.checks());
        List<String> statements = new ArrayList<>();
        statements.add("DROP TABLE IF EXISTS " + dialect.qualify(to.schema(), temp));
        // the key keeps the name CREATE TABLE gives it under the table's own name
        String stagingKey = dialect.quote(temp + "_pkey");
        String key = dialect.quote(to.name() + "_pkey");
        for (String create : ddl.createTable(staging)) {
            statements.add(create.replace("CREATE TABLE IF NOT EXISTS ", "CREATE TABLE ")
                    .replace(stagingKey, key));
        }
        StringJoiner target = new StringJoiner(", ", "(", ")");
        StringJoiner source = new StringJoiner(", ");
        for (ColumnSpec column : to.columns()) {
            String origin = sources.get(column.name());
            if (origin != null && !(column.generation() instanceof ColumnGeneration.Computed)) {
                target.add(dialect.quote(column.name()));
                source.add(dialect.quote(origin));
            }
        }
        if (source.length() > 0) {
            statements.add("INSERT INTO " + dialect.qualify(to.schema(), temp) + " " + target + " SELECT " + source
                    + " FROM " + dialect.tableName(from));
        }
        statements.add("DROP TABLE " + dialect.tableName(from));
        statements.add(renameTable(to.schema(), temp, to.name()));
        for (IndexSpec index : to.indexes()) {
            statements.add(createIndex(to, index));
        }
        return statements;
    }
}
