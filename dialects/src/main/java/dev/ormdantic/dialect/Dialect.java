package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.RenderedSql;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One SQL dialect: its {@link Capabilities}, its type mapping and the rendering of every statement Ormdantic issues.
 * The six instances are in {@link Dialects}.
 *
 * <p>Rendering is shared; where the dialects' syntax differs, the renderer consults the capability table, and only
 * the type mapping ({@link #columnType}) is written out per dialect. Instances are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public abstract sealed class Dialect
        permits SqliteDialect, PostgresDialect, MySqlDialect, MariaDbDialect, SqlServerDialect, OracleDialect {

    private final Capabilities capabilities;
    private final DdlRenderer ddl;
    private final WriteRenderer writes;
    private final QueryRenderer queries;

    Dialect(Capabilities capabilities) {
        this.capabilities = capabilities;
        this.ddl = new DdlRenderer(this);
        this.writes = new WriteRenderer(this);
        this.queries = new QueryRenderer(this);
    }

    /**
     * The identity of this dialect.
     *
     * @return the id
     */
    public abstract DialectId id();

    /**
     * The short lower-case name used in URLs, messages and golden files: {@code sqlite}, {@code postgresql},
     * {@code mysql}, {@code mariadb}, {@code mssql} or {@code oracle}.
     *
     * @return the name
     */
    public abstract String name();

    /**
     * The product name for people: {@code SQLite}, {@code PostgreSQL}, ...
     *
     * @return the display name
     */
    public abstract String displayName();

    /**
     * The DDL type of a column in this dialect.
     *
     * @param column the column
     * @param table the table holding it (a key or indexed string may need a bounded type)
     * @return the type as written in {@code CREATE TABLE}
     */
    public abstract String columnType(ColumnSpec column, TableSpec table);

    /**
     * Text appended after the closing parenthesis of {@code CREATE TABLE}; empty unless the dialect needs table
     * options.
     *
     * @return the table options, with a leading space, or the empty string
     */
    String tableOptions() {
        return "";
    }

    /**
     * The expression that draws the next value of a sequence, as written in a column's {@code DEFAULT}, or
     * {@code null} where the dialect has no sequences.
     *
     * @param sequence the quoted sequence name
     * @return the expression, or {@code null}
     */
    @Nullable
    String nextValue(String sequence) {
        return null;
    }

    /**
     * Whether the dialect has native enum types, which {@code @NativeEnum} columns then use; elsewhere they are text
     * with an {@code enum_values} check.
     *
     * @return {@code true} on PostgreSQL
     */
    boolean nativeEnums() {
        return false;
    }

    /**
     * The number of characters of a text column, for length checks. The default, {@code LENGTH}, counts characters
     * on SQLite, PostgreSQL and Oracle.
     *
     * @param column the quoted column
     * @return the SQL expression
     */
    String lengthOf(String column) {
        return "LENGTH(" + column + ")";
    }

    /**
     * Whether {@link #lengthOf} counts UTF-16 code units, as {@code String.length()} does, rather than characters.
     *
     * @return {@code true} where a character beyond the Basic Multilingual Plane counts 2
     */
    boolean lengthCountsUtf16Units() {
        return false;
    }

    /**
     * A condition that holds when a text column contains a character other than a space ({@code @NotBlank}).
     *
     * @param column the quoted column
     * @return the condition
     */
    String notBlank(String column) {
        return "TRIM(" + column + ") <> ''";
    }

    /**
     * The function that measures a text with its trailing spaces where {@code =} ignores them, so that a text
     * comparison can add an equal-length condition and be exact; {@code null} where {@code =} compares text exactly.
     *
     * @return the length function's name, or {@code null}
     */
    @Nullable
    String paddedTextLength() {
        return null;
    }

    /**
     * How a long {@code IN} list is read from one JSON array parameter.
     *
     * @param select the subquery that reads the values, with one {@code ?} for the array
     * @param maxScale the most fraction digits of a decimal value the subquery keeps, {@code -1} for any
     */
    record JsonList(String select, int maxScale) {}

    /**
     * How a long {@code IN} list of values of a type is read from one JSON array parameter (SQL Server's
     * {@code OPENJSON}, Oracle's {@code JSON_TABLE}), where the dialect writes long lists that way.
     *
     * @param type the values' type (the column's)
     * @param marker text appended to each value read, so that trailing spaces compare (SQL Server), or empty
     * @return the form, or {@code null} where the dialect or the kind has none (the list is then written as it is)
     */
    @Nullable
    JsonList jsonList(ColumnType type, String marker) {
        return null;
    }

    /**
     * A condition that holds when a text column matches an anchored regular expression.
     *
     * @param column the quoted column
     * @param regexp the expression, anchored at both ends
     * @return the condition
     * @throws UnsupportedFeatureException where the dialect has no regular expressions
     */
    abstract String regexMatch(String column, String regexp);

    /**
     * A numeric bound on a column. The default compares with the bound as a decimal literal.
     *
     * @param column the quoted column
     * @param type the column's type
     * @param compare the bound
     * @return the condition
     */
    String compare(String column, ColumnType type, CheckSpec.Compare compare) {
        return CheckRenderer.plainCompare(column, type, compare);
    }

    /**
     * A string literal, quotes doubled.
     *
     * @param text the text
     * @return the literal
     */
    String stringLiteral(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    /**
     * What this dialect supports and how it spells it.
     *
     * @return the capability table
     */
    public final Capabilities capabilities() {
        return capabilities;
    }

    /**
     * Quotes an identifier, doubling the closing quote character inside it.
     *
     * @param identifier a table, column or index name
     * @return the quoted identifier
     * @throws IllegalArgumentException when the identifier is empty or holds a NUL character
     */
    public final String quote(String identifier) {
        if (identifier.isEmpty() || identifier.indexOf('\0') >= 0) {
            throw new IllegalArgumentException("not a valid identifier: '" + identifier.replace("\0", "\\0") + "'");
        }
        char close = capabilities.quoteClose();
        String escaped = identifier.replace(String.valueOf(close), String.valueOf(close) + close);
        return capabilities.quoteOpen() + escaped + close;
    }

    /**
     * The quoted name of a table, qualified by its schema when it has one ({@code "sales"."orders"}). Every statement
     * names its table through here.
     *
     * @param table the table
     * @return the quoted, possibly qualified, name
     */
    public final String tableName(TableSpec table) {
        return qualify(table.schema(), table.name());
    }

    /**
     * A quoted name, qualified by a schema unless the schema is empty.
     *
     * @param schema the schema, or the empty string
     * @param name the table, view or index name
     * @return the quoted, possibly qualified, name
     */
    public final String qualify(String schema, String name) {
        return schema.isEmpty() ? quote(name) : quote(schema) + "." + quote(name);
    }

    /**
     * Every fixed statement of a table: DDL, insert and upsert shapes, select, update and delete by key, count.
     *
     * @param table the table
     * @return the statements
     */
    public final TableStatements statements(TableSpec table) {
        return new TableStatements(
                ddl.createTable(table),
                ddl.dropTable(table),
                ddl.dropAfterTable(table),
                writes.insert(table),
                writes.upsert(table),
                queries.selectByKey(table),
                queries.selectAll(table),
                writes.updateByKey(table),
                writes.deleteByKey(table),
                queries.countAll(table));
    }

    /**
     * The statement that recomputes a materialized view's rows ({@code REFRESH MATERIALIZED VIEW} on PostgreSQL,
     * {@code DBMS_MVIEW.REFRESH} on Oracle).
     *
     * @param table a materialized view
     * @return the statement
     * @throws IllegalArgumentException when the table is not a materialized view
     * @throws UnsupportedFeatureException when the dialect has no materialized views
     */
    public final String refreshView(TableSpec table) {
        return ddl.refreshView(table);
    }

    /**
     * A select of every column of the table's rows that match a filter, in an order, one page of them.
     *
     * @param table the table
     * @param where the filter, or {@code null} for every row
     * @param orderBy the ordering terms, possibly empty
     * @param limit the most rows to return, {@code 0} for no limit
     * @param offset the rows to skip, {@code 0} for none
     * @return the SQL and its parameters
     * @throws IllegalArgumentException when the limit or offset is negative
     */
    public final RenderedSql select(
            TableSpec table, @Nullable Expr where, List<OrderItem> orderBy, long limit, long offset) {
        return queries.select(table, where, orderBy, limit, offset);
    }

    /**
     * A count of the table's rows that match a filter.
     *
     * @param table the table
     * @param where the filter, or {@code null} for every row
     * @return the SQL and its parameters
     */
    public final RenderedSql count(TableSpec table, @Nullable Expr where) {
        return queries.count(table, where);
    }

    /**
     * The filter alone, as it follows {@code WHERE}.
     *
     * @param where the filter
     * @return the SQL fragment and its parameters
     */
    public final RenderedSql where(Expr where) {
        return queries.where(where);
    }

    @Override
    public final String toString() {
        return name();
    }
}
