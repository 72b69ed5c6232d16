package dev.ormdantic.support;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.query.Column;
import java.util.List;
import java.util.Locale;

/**
 * The base of every generated {@code <Record>Table} class: the table's schema, its SQL for each dialect, and the
 * mapping between its record and JDBC, all written by the annotation processor so that nothing is found by
 * reflection. The runtime reaches instances through the table index ({@code META-INF/services}), which is why every
 * subclass has a public no-argument constructor.
 *
 * @param <T> the record type
 * @param <K> the type of the primary key: the key component's boxed type, or the generated class's nested
 *     {@code Key} record for a composite key
 */
public abstract class GeneratedTable<T extends Record, K> {

    private final Class<T> recordType;
    private final TableSpec spec;

    /**
     * Called by the generated subclass.
     *
     * @param recordType the record class
     * @param spec the table schema
     */
    protected GeneratedTable(Class<T> recordType, TableSpec spec) {
        this.recordType = recordType;
        this.spec = spec;
    }

    /**
     * The record class this table stores.
     *
     * @return the record class
     */
    public final Class<T> recordType() {
        return recordType;
    }

    /**
     * The table schema: name, columns in component order, key and indexes.
     *
     * @return the schema
     */
    public final TableSpec spec() {
        return spec;
    }

    /**
     * The table name.
     *
     * @return the name
     */
    public final String name() {
        return spec.name();
    }

    /**
     * The column constants, in component order.
     *
     * @return the columns
     */
    public abstract List<Column<T, ?>> columns();

    /**
     * The fixed statements rendered at compile time for a dialect.
     *
     * @param dialect the dialect
     * @return the statements
     */
    public abstract TableStatements statements(DialectId dialect);

    /**
     * Builds a record from the current row of a result whose columns are this table's, in component order.
     *
     * @param row the row
     * @return the record
     */
    public abstract T read(Row row);

    /**
     * Binds the columns an upsert writes, in component order: every column but the computed ones (one row of an
     * upsert, and of an insert when the table has no generated columns).
     *
     * @param params the statement's parameters
     * @param row the record
     */
    public abstract void bindRow(Params params, T row);

    /**
     * Binds the columns an insert writes, in component order: every column but the generated ones (identity, server
     * default, computed, sequence). The generated class overrides it when the table has generated columns.
     *
     * @param params the statement's parameters
     * @param row the record
     */
    public void bindInsert(Params params, T row) {
        bindRow(params, row);
    }

    /**
     * The record with its generated columns replaced by the values the database returned after an insert. The
     * generated class overrides it when the table has generated columns.
     *
     * @param row the record as the caller gave it
     * @param values the returned values: the table's generated columns, in table order, by position from 1
     * @return the record as stored
     */
    public T withGenerated(T row, Row values) {
        return row;
    }

    /**
     * Binds the non-key columns but the computed ones in component order, then the key columns in key order (an
     * update by key).
     *
     * @param params the statement's parameters
     * @param row the record
     */
    public abstract void bindUpdate(Params params, T row);

    /**
     * Binds a key value, one parameter per key column in key order (a select or delete by key).
     *
     * @param params the statement's parameters
     * @param key the key
     */
    public abstract void bindKey(Params params, K key);

    /**
     * The key of a record.
     *
     * @param row the record
     * @return its key
     */
    public abstract K key(T row);

    /**
     * Checks the record's {@code jakarta.validation} constraints, adding every violation.
     *
     * @param row the record
     * @param violations where violations are added
     */
    public abstract void validate(T row, Violations violations);

    /**
     * The error a generated {@link #statements} throws for a dialect that cannot render this table, such as one with a
     * sequence on MySQL: the processor caught the renderer's refusal at compile time and kept its message.
     *
     * @param dialect the dialect asked for
     * @param reason the renderer's message: what the table uses and how to do without it
     * @return the exception to throw
     */
    protected final ConfigurationException unsupported(DialectId dialect, String reason) {
        return new ConfigurationException(
                ErrorCode.FEATURE_UNSUPPORTED,
                new ErrorContext(null, spec.name(), dialect.name().toLowerCase(Locale.ROOT)),
                "table " + spec.name() + " (" + recordType.getSimpleName() + ") cannot be used on "
                        + dialect.displayName() + ": " + reason,
                "keep this record on a backend that has the feature, or remove the feature from the record",
                null);
    }

    @Override
    public String toString() {
        return spec.name() + " (" + recordType.getName() + ")";
    }
}
