package dev.ormdantic.relation;

import dev.ormdantic.query.TableRef;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A one-to-many or many-to-many relationship: a {@link Many} component. One-to-many is the back reference of the
 * target table's {@link Ref} to this one ({@code @BackReference}); many-to-many goes through an association table
 * that is itself a {@code @Table} record with a {@link Ref} to each side ({@code @Through}). The generated class of
 * the record that holds it has one constant per such component ({@code AuthorTable.POSTS}).
 *
 * <p>The constructors and the methods documented as used by generated code or loaders are the contract between the
 * processor and the runtime; applications use the constants, {@link #joined()}, {@link #selectIn()}, {@link #then}
 * and the filters.
 *
 * @param <P> the record that holds the collection
 * @param <C> the related record
 * @since 0.1.0
 */
public final class ToMany<P extends Record, C extends Record> implements Relationship<P, C> {

    private final String name;
    private final String constantName;
    private final Supplier<? extends TableRef<P, ?>> source;
    private final Supplier<? extends TableRef<C, ?>> target;
    private final @Nullable Supplier<? extends ToOne<?, P>> back;
    private final @Nullable Supplier<? extends ToOne<?, C>> forward;
    private final Function<P, Many<C>> getter;
    private final BiFunction<P, Many<C>, P> wither;

    /**
     * Called by generated code for a one-to-many: the back reference of {@code back}.
     *
     * @param name the component's name
     * @param constantName the constant's name qualified by its class's simple name, for messages
     * @param source the table holding the collection (a supplier, read after class initialization)
     * @param target the related table (a supplier, read after class initialization)
     * @param back the related table's reference to the source table
     * @param getter the component's accessor
     * @param wither the record with the component replaced, through the record's constructor
     */
    public ToMany(
            String name,
            String constantName,
            Supplier<? extends TableRef<P, ?>> source,
            Supplier<? extends TableRef<C, ?>> target,
            Supplier<? extends ToOne<C, P>> back,
            Function<P, Many<C>> getter,
            BiFunction<P, Many<C>, P> wither) {
        this(back, null, name, constantName, source, target, getter, wither);
    }

    /**
     * Called by generated code for a many-to-many through an association table.
     *
     * @param name the component's name
     * @param constantName the constant's name qualified by its class's simple name, for messages
     * @param source the table holding the collection (a supplier, read after class initialization)
     * @param target the related table (a supplier, read after class initialization)
     * @param back the association table's reference to the source table
     * @param forward the association table's reference to the target table
     * @param getter the component's accessor
     * @param wither the record with the component replaced, through the record's constructor
     * @param <A> the association record
     */
    public <A extends Record> ToMany(
            String name,
            String constantName,
            Supplier<? extends TableRef<P, ?>> source,
            Supplier<? extends TableRef<C, ?>> target,
            Supplier<? extends ToOne<A, P>> back,
            Supplier<? extends ToOne<A, C>> forward,
            Function<P, Many<C>> getter,
            BiFunction<P, Many<C>, P> wither) {
        this(back, forward, name, constantName, source, target, getter, wither);
    }

    private ToMany(
            Supplier<? extends ToOne<?, P>> back,
            @Nullable Supplier<? extends ToOne<?, C>> forward,
            String name,
            String constantName,
            Supplier<? extends TableRef<P, ?>> source,
            Supplier<? extends TableRef<C, ?>> target,
            Function<P, Many<C>> getter,
            BiFunction<P, Many<C>, P> wither) {
        this.name = Objects.requireNonNull(name, "name");
        this.constantName = Objects.requireNonNull(constantName, "constantName");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.back = Objects.requireNonNull(back, "back");
        this.forward = forward;
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
        return true;
    }

    /**
     * Whether the relationship goes through an association table (many-to-many).
     *
     * @return whether it is many-to-many
     */
    public boolean through() {
        return forward != null;
    }

    /**
     * The reference back to the source table: the target table's for a one-to-many, the association table's for a
     * many-to-many.
     *
     * @return the back reference
     */
    public ToOne<?, P> back() {
        return Objects.requireNonNull(back).get();
    }

    /**
     * The association table's reference to the target table, or {@code null} for a one-to-many.
     *
     * @return the forward reference
     */
    public @Nullable ToOne<?, C> forward() {
        Supplier<? extends ToOne<?, C>> supplier = forward;
        return supplier == null ? null : supplier.get();
    }

    /**
     * The collection a record holds; used by loaders.
     *
     * @param row a record of the source table
     * @return its collection
     */
    public Many<C> get(P row) {
        return getter.apply(row);
    }

    /**
     * The record with another collection; used by loaders.
     *
     * @param row a record of the source table
     * @param many the collection to hold
     * @return a new record, equal to {@code row} but for the collection
     */
    public P with(P row, Many<C> many) {
        return wither.apply(row, many);
    }

    /**
     * An unloaded collection knowing this relationship for its messages; used by generated row readers.
     *
     * @return the collection
     */
    public Many<C> unloaded() {
        return Many.unloaded(this);
    }

    /**
     * A loaded collection; used by loaders.
     *
     * @param rows the related rows, in order (the list is kept, not copied: pass an unmodifiable one)
     * @return the collection
     */
    public Many<C> loaded(List<C> rows) {
        return Many.loaded(rows, this);
    }

    /**
     * The qualified name: {@code author.posts}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return qualifiedName();
    }
}
