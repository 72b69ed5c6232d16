package dev.ormdantic.relation;

import dev.ormdantic.query.Filter;
import dev.ormdantic.query.TableRef;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A many-to-one or one-to-one relationship: a {@link Ref} component, whose column holds the key of a row of the target
 * table. The generated class of the record that holds it has one constant per such component ({@code PostTable.AUTHOR}).
 *
 * <p>The constructor and the methods documented as used by generated code or loaders are the contract between the
 * processor and the runtime; applications use the constants, {@link #joined()}, {@link #selectIn()}, {@link #then}
 * and the filters.
 *
 * @param <P> the record that holds the reference
 * @param <C> the referenced record
 * @since 0.1.0
 */
public final class ToOne<P extends Record, C extends Record> implements Relationship<P, C> {

    private final String name;
    private final String constantName;
    private final Supplier<? extends TableRef<P, ?>> source;
    private final Supplier<? extends TableRef<C, ?>> target;
    private final String column;
    private final String targetColumn;
    private final boolean nullable;
    private final Function<P, @Nullable Ref<C, ?>> getter;
    private final BiFunction<P, @Nullable Ref<C, ?>, P> wither;

    /**
     * Called by generated code.
     *
     * @param name the component's name
     * @param constantName the constant's name qualified by its class's simple name, for messages
     * @param source the table holding the reference (a supplier, read after class initialization)
     * @param target the referenced table (a supplier, read after class initialization)
     * @param column the foreign-key column of the source table
     * @param targetColumn the key column of the target table it references
     * @param nullable whether the component is {@code @Nullable} (no reference is {@code null})
     * @param getter the component's accessor
     * @param wither the record with the component replaced, through the record's constructor
     */
    public ToOne(
            String name,
            String constantName,
            Supplier<? extends TableRef<P, ?>> source,
            Supplier<? extends TableRef<C, ?>> target,
            String column,
            String targetColumn,
            boolean nullable,
            Function<P, @Nullable Ref<C, ?>> getter,
            BiFunction<P, @Nullable Ref<C, ?>, P> wither) {
        this.name = Objects.requireNonNull(name, "name");
        this.constantName = Objects.requireNonNull(constantName, "constantName");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.column = Objects.requireNonNull(column, "column");
        this.targetColumn = Objects.requireNonNull(targetColumn, "targetColumn");
        this.nullable = nullable;
        this.getter = Objects.requireNonNull(getter, "getter");
        this.wither = Objects.requireNonNull(wither, "wither");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public String constantName() {
        return constantName;
    }

    @Override
    public TableRef<P, ?> source() {
        return source.get();
    }

    @Override
    public TableRef<C, ?> target() {
        return target.get();
    }

    @Override
    public boolean toMany() {
        return false;
    }

    /**
     * The foreign-key column of the source table.
     *
     * @return the column name
     */
    public String column() {
        return column;
    }

    /**
     * The target table's key column that {@link #column()} references.
     *
     * @return the column name
     */
    public String targetColumn() {
        return targetColumn;
    }

    /**
     * Whether the reference may be absent ({@code @Nullable}).
     *
     * @return whether it is nullable
     */
    public boolean nullable() {
        return nullable;
    }

    /**
     * The reference a record holds; used by loaders.
     *
     * @param row a record of the source table
     * @return its reference, or {@code null} for none
     */
    public @Nullable Ref<C, ?> get(P row) {
        return getter.apply(row);
    }

    /**
     * The record with another reference; used by loaders.
     *
     * @param row a record of the source table
     * @param ref the reference to hold
     * @return a new record, equal to {@code row} but for the reference
     */
    public P with(P row, @Nullable Ref<C, ?> ref) {
        return wither.apply(row, ref);
    }

    /**
     * An unloaded reference to a key, knowing this relationship for its messages; used by generated row readers.
     *
     * @param key the key read from the foreign-key column
     * @param <K> the key type
     * @return the reference
     */
    public <K> Ref<C, K> reference(K key) {
        return Ref.unloaded(key, this);
    }

    /**
     * An unloaded reference to a key, or {@code null} for a {@code NULL} column; used by generated row readers.
     *
     * @param key the key read from the foreign-key column, or {@code null}
     * @param <K> the key type
     * @return the reference, or {@code null}
     */
    public <K> @Nullable Ref<C, K> referenceOrNull(@Nullable K key) {
        return key == null ? null : Ref.unloaded(key, this);
    }

    /**
     * A loaded reference; used by loaders.
     *
     * @param key the key
     * @param row the referenced row, or {@code null} when no row has the key (dangling)
     * @param <K> the key type
     * @return the reference
     */
    public <K> Ref<C, K> loaded(K key, @Nullable C row) {
        return Ref.loaded(key, row, this);
    }

    /**
     * Rows whose reference is set and whose referenced row exists:
     * {@code EXISTS (SELECT 1 FROM author WHERE author.id = post.author_id)}. A {@code null} reference, and a dangling
     * key where the foreign key is not enforced, do not match.
     *
     * @return the filter
     */
    public Filter<P> has() {
        return RelatedRows.exists(this, null);
    }

    /**
     * Rows whose referenced row exists and matches {@code filter} (true for it; unknown does not match). Its negation,
     * {@code has(filter).not()}, holds for rows without a reference too.
     *
     * @param filter the condition on the referenced row
     * @return the filter
     */
    public Filter<P> has(Filter<C> filter) {
        return RelatedRows.exists(this, RelatedRows.condition(filter));
    }

    /**
     * The qualified name: {@code post.author}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return qualifiedName();
    }
}
