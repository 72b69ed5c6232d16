package dev.ormdantic.support;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.relation.Relationship;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The base of every generated {@code <Record>Table} class: the table's schema, its SQL for each dialect, and the
 * mapping between its record and JDBC, all written by the annotation processor so that nothing is found by
 * reflection. Applications name a table by its subclass's {@code TABLE} constant, as a {@link TableRef}. The runtime
 * reaches instances through the table index ({@code META-INF/services}), which is why every subclass also has a
 * public no-argument constructor, for the service loader.
 *
 * <p><b>Format.</b> Every subclass passes the {@linkplain #format() format} of the code the processor wrote. The
 * format is one integer, {@link #FORMAT}, raised whenever what generated code calls or overrides here changes
 * (constructor, abstract methods, the statements in {@code TableStatements}, the {@code support} calls of its
 * bodies); a release that changes none of them keeps it. A runtime reads exactly its own format: {@code open()}
 * refuses a table of another one with {@code ORM2008}, so models compiled by an older or newer processor fail at
 * once, naming both formats, instead of failing in the middle of a query.
 *
 * @param <T> the record type
 * @param <K> the type of the primary key: the key component's boxed type, or the generated class's nested
 *     {@code Key} record for a composite key
 * @since 0.1.0
 */
public abstract class GeneratedTable<T extends Record, K> implements TableRef<T, K> {

    /**
     * The generated-code format this runtime reads; the processor of the same release writes it. Raised whenever the
     * contract between generated code and this class changes.
     */
    public static final int FORMAT = 4;

    static {
        // Dynamic filters (query.Filters) find tables' relationships through this lookup.
        QueryTrees.installRelations(new RelationLookup());
    }

    private final int format;
    private final Class<T> recordType;
    private final TableSpec spec;

    /**
     * Called by the generated subclass.
     *
     * @param format the generated-code format the processor wrote the subclass in, {@link #FORMAT} when the
     *     processor and the runtime match
     * @param recordType the record class
     * @param spec the table schema
     */
    protected GeneratedTable(int format, Class<T> recordType, TableSpec spec) {
        this.format = format;
        this.recordType = recordType;
        this.spec = spec;
    }

    /**
     * The generated-code format the subclass was written in; {@code open()} checks that it is {@link #FORMAT}.
     *
     * @return the format
     */
    public final int format() {
        return format;
    }

    @Override
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

    @Override
    public final String name() {
        return spec.name();
    }

    @Override
    public final String schema() {
        return spec.schema();
    }

    @Override
    public abstract List<Column<T, ?>> columns();

    /**
     * The relationships the record declares ({@code Ref} and {@code Many} components), in component order; the
     * generated class overrides it when there are any. {@code Filters} reads it to resolve relationship names.
     *
     * @return the relationship constants
     */
    public List<Relationship<T, ?>> relationships() {
        return List.of();
    }

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
     * The columns that differ between two states of one row, by position in {@link #columns()}: the columns an update
     * writes (neither key nor computed nor the {@link #versionColumn() version}), compared value by value ({@code
     * byte[]} by content, {@code BigDecimal} by value and scale, so that a changed scale counts, a reference by its
     * key). A session's flush writes only these. The processor generates it; this default, for a class written by
     * hand, reports every such column when the records differ.
     *
     * @param before the row as loaded
     * @param after the row as submitted
     * @return the positions of the changed columns, empty when nothing changed
     */
    public BitSet changedColumns(T before, T after) {
        BitSet changed = new BitSet();
        if (!before.equals(after)) {
            List<String> updated =
                    spec.updateColumns().stream().map(c -> c.name()).toList();
            List<Column<T, ?>> all = columns();
            for (int i = 0; i < all.size(); i++) {
                String name = all.get(i).name();
                if (updated.contains(name) && !name.equals(versionColumn())) {
                    changed.set(i);
                }
            }
        }
        return changed;
    }

    /**
     * Binds the values of some columns of a row, in column order: what {@link #changedColumns} reported. The processor
     * generates it.
     *
     * @param params the parameters
     * @param row the row
     * @param columns the positions in {@link #columns()} of the columns to bind
     * @throws UnsupportedOperationException for a table class written by hand that does not implement it
     */
    public void bindColumns(Params params, T row, BitSet columns) {
        throw new UnsupportedOperationException(
                recordType.getName() + ": the table class does not bind single columns; regenerate it");
    }

    /**
     * The name of the row's version column ({@code @Version}), for optimistic locking.
     *
     * @return the column name, or {@code null} for a table without one
     */
    public @Nullable String versionColumn() {
        return null;
    }

    /**
     * The version a row holds, for a table with a {@link #versionColumn() version column}.
     *
     * @param row the row
     * @return its version
     * @throws UnsupportedOperationException for a table without a version column
     */
    public long version(T row) {
        throw new UnsupportedOperationException(spec.name() + " has no @Version column");
    }

    /**
     * The row with another version, for a table with a {@link #versionColumn() version column}.
     *
     * @param row the row
     * @param version the new version
     * @return a copy of the row holding {@code version}; the row itself for a table without a version column
     */
    public T withVersion(T row, long version) {
        return row;
    }

    /**
     * Checks the record's {@code jakarta.validation} constraints, adding every violation. The generated class overrides
     * it when the record has constraints to check.
     *
     * @param row the record
     * @param violations where violations are added
     */
    public void validate(T row, Violations violations) {
        // no constraints: nothing to check
    }

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
