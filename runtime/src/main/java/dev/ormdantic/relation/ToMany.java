package dev.ormdantic.relation;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.NumericExpression;
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
 * <p><b>Filters on the related rows.</b> {@link #any}, {@link #none(Filter)}, {@link #empty()}, {@link #every}, {@link #everyNonEmpty} and
 * {@link #count} make filters and values of the parent table from conditions on the related rows, usable wherever a
 * filter or a value of the parent is: {@code findMany}, {@code count}, {@code findPage}, {@code updateWhere},
 * {@code deleteWhere}, {@code Query.where}, {@code OrderBy} and {@code Query.select}. They render as correlated
 * {@code EXISTS}, {@code NOT EXISTS} and {@code (SELECT COUNT(*) ...)} subqueries on every dialect; a many-to-many
 * goes through its association table.
 *
 * <pre>{@code
 * authors.findMany(AuthorTable.POSTS.any(PostTable.TITLE.like("%Java%")));
 * authors.findMany(Filter.all(), OrderBy.desc(AuthorTable.POSTS.count()).thenAsc(AuthorTable.ID));
 * }</pre>
 *
 * <p>A related row <em>matches</em> a condition when the condition is true for it: a row for which it is unknown
 * (SQL {@code NULL}, such as {@code PAGES.gt(100)} on a row without pages) does not match, in all five predicates
 * alike. A parent without related rows is in {@link #empty()}, {@link #none(Filter)} and {@link #every} (vacuous truth, as in Prisma and in
 * logic), and in neither {@link #any} nor {@link #everyNonEmpty}.
 *
 * @param <P> the record that holds the collection
 * @param <C> the related record
 * @since 0.1.0
 */
public final class ToMany<P extends Record, C extends Record> implements Relationship<P, C> {

    private static final ColumnType LONG = ColumnType.of(ColumnType.Kind.LONG);

    private final String name;
    private final String constantName;
    private final Supplier<? extends TableRef<P, ?>> source;
    private final Supplier<? extends TableRef<C, ?>> target;
    private final @Nullable Supplier<? extends ToOne<?, P>> back;
    private final @Nullable Supplier<? extends ToOne<?, C>> forward;
    private final Function<P, Many<C>> getter;
    private final BiFunction<P, Many<C>, P> wither;
    private final Cascades cascades;

    /**
     * What a session does to the rows of a loaded collection, as {@code @BackReference} declares it.
     *
     * @param save whether adding or flushing the record that holds the collection inserts the collection's new rows
     * @param delete whether deleting the record deletes the collection's loaded rows first
     * @param orphanRemoval whether a row that leaves the loaded collection is deleted at the flush
     * @since 0.1.0
     */
    public record Cascades(boolean save, boolean delete, boolean orphanRemoval) {

        /** The default: save cascades, delete does not, orphans stay. */
        public static final Cascades DEFAULT = new Cascades(true, false, false);

        /** For a many-to-many: the association rows are the relationship, a session cascades nothing along it. */
        public static final Cascades NONE = new Cascades(false, false, false);
    }

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
        this(back, null, name, constantName, source, target, getter, wither, Cascades.DEFAULT);
    }

    /**
     * Called by generated code for a one-to-many whose {@code @BackReference} declares its cascades.
     *
     * @param name the component's name
     * @param constantName the constant's name qualified by its class's simple name, for messages
     * @param source the table holding the collection (a supplier, read after class initialization)
     * @param target the related table (a supplier, read after class initialization)
     * @param back the related table's reference to the source table
     * @param getter the component's accessor
     * @param wither the record with the component replaced, through the record's constructor
     * @param cascades what a session does to the collection's rows
     */
    public ToMany(
            String name,
            String constantName,
            Supplier<? extends TableRef<P, ?>> source,
            Supplier<? extends TableRef<C, ?>> target,
            Supplier<? extends ToOne<C, P>> back,
            Function<P, Many<C>> getter,
            BiFunction<P, Many<C>, P> wither,
            Cascades cascades) {
        this(back, null, name, constantName, source, target, getter, wither, cascades);
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
        this(back, forward, name, constantName, source, target, getter, wither, Cascades.NONE);
    }

    private ToMany(
            Supplier<? extends ToOne<?, P>> back,
            @Nullable Supplier<? extends ToOne<?, C>> forward,
            String name,
            String constantName,
            Supplier<? extends TableRef<P, ?>> source,
            Supplier<? extends TableRef<C, ?>> target,
            Function<P, Many<C>> getter,
            BiFunction<P, Many<C>, P> wither,
            Cascades cascades) {
        this.name = Objects.requireNonNull(name, "name");
        this.constantName = Objects.requireNonNull(constantName, "constantName");
        this.source = Objects.requireNonNull(source, "source");
        this.target = Objects.requireNonNull(target, "target");
        this.back = Objects.requireNonNull(back, "back");
        this.forward = forward;
        this.getter = Objects.requireNonNull(getter, "getter");
        this.wither = Objects.requireNonNull(wither, "wither");
        this.cascades = Objects.requireNonNull(cascades, "cascades");
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
     * What a session does to the rows of this collection when it is loaded: declared on {@code @BackReference}
     * ({@link Cascades#DEFAULT} when nothing is declared), {@link Cascades#NONE} for a many-to-many.
     *
     * @return the declared cascades
     */
    public Cascades cascades() {
        return cascades;
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
     * Parent rows with at least one related row: {@code EXISTS (SELECT 1 FROM post WHERE post.author_id = author.id)}.
     *
     * @return the filter
     */
    public Filter<P> any() {
        return RelatedRows.exists(this, null, false);
    }

    /**
     * Parent rows with at least one related row that matches {@code filter}.
     *
     * @param filter the condition on the related rows
     * @return the filter
     */
    public Filter<P> any(Filter<C> filter) {
        return RelatedRows.exists(this, RelatedRows.condition(filter), false);
    }

    /**
     * Parent rows without related rows: {@code NOT EXISTS (...)}; the negation of {@link #any()}. (Named
     * {@code empty}, since {@link #none()} leaves the relationship unloaded in {@code loading(...)}.)
     *
     * @return the filter
     */
    public Filter<P> empty() {
        return RelatedRows.exists(this, null, true);
    }

    /**
     * Parent rows without a related row that matches {@code filter}; a parent without related rows is one of them. A
     * related row for which {@code filter} is unknown ({@code NULL}) does not match.
     *
     * @param filter the condition on the related rows
     * @return the filter
     */
    public Filter<P> none(Filter<C> filter) {
        return RelatedRows.exists(this, RelatedRows.condition(filter), true);
    }

    /**
     * Parent rows all of whose related rows match {@code filter}. <b>A parent without related rows is one of them</b>
     * (vacuous truth: it has no row that fails); use {@link #everyNonEmpty} to require at least one. A related row for
     * which {@code filter} is unknown ({@code NULL}) does not match, so its parent is not in the result. Rendered as
     * {@code NOT EXISTS (... AND CASE WHEN filter THEN 1 ELSE 0 END = 0)}.
     *
     * @param filter the condition on the related rows
     * @return the filter
     */
    public Filter<P> every(Filter<C> filter) {
        Expr condition = RelatedRows.condition(filter);
        return condition == null ? Filter.all() : RelatedRows.exists(this, RelatedRows.notTrue(condition), true);
    }

    /**
     * Parent rows with at least one related row, all of which match {@code filter}: {@link #any()} and
     * {@link #every}.
     *
     * @param filter the condition on the related rows
     * @return the filter
     */
    public Filter<P> everyNonEmpty(Filter<C> filter) {
        return any().and(every(filter));
    }

    /**
     * The number of related rows of each parent row, a value of the parent table:
     * {@code (SELECT COUNT(*) FROM post WHERE post.author_id = author.id)}. Compare it
     * ({@code AuthorTable.POSTS.count().ge(3L)}), order by it ({@code OrderBy.desc(AuthorTable.POSTS.count())}) or
     * select it ({@code .as("posts")}). Through an association table it counts the association rows whose target row
     * exists.
     *
     * @return the count
     */
    public NumericExpression<P, Long> count() {
        return QueryTrees.number(RelatedRows.count(this, null), LONG);
    }

    /**
     * The number of related rows of each parent row that match {@code filter}; see {@link #count()}.
     *
     * @param filter the condition on the related rows
     * @return the count
     */
    public NumericExpression<P, Long> count(Filter<C> filter) {
        return QueryTrees.number(RelatedRows.count(this, RelatedRows.condition(filter)), LONG);
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
