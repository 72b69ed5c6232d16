package dev.ormdantic.relation;

import dev.ormdantic.query.TableRef;

/**
 * A relationship between two tables, as a constant of a generated class: {@link ToOne} for a {@link Ref} component
 * ({@code PostTable.AUTHOR}), {@link ToMany} for a {@link Many} component ({@code AuthorTable.POSTS}). It names what
 * to load ({@link #joined()}, {@link #selectIn()}, {@link #then}) and builds filters on the related rows (see each
 * kind).
 *
 * @param <P> the record that holds the relationship
 * @param <C> the related record
 * @since 0.1.0
 */
public sealed interface Relationship<P extends Record, C extends Record> extends Loader<P> permits ToOne, ToMany {

    /**
     * The record component's name, such as {@code author}.
     *
     * @return the name
     */
    String name();

    /**
     * The table and the component, for messages: {@code post.author}.
     *
     * @return the qualified name
     */
    default String qualifiedName() {
        return source().name() + "." + name();
    }

    /**
     * The generated constant, for messages: {@code PostTable.AUTHOR}.
     *
     * @return the constant's name, qualified by its class's simple name
     */
    String constantName();

    /**
     * The table whose record holds the relationship.
     *
     * @return the table
     */
    TableRef<P, ?> source();

    /**
     * The related table.
     *
     * @return the table
     */
    TableRef<C, ?> target();

    /**
     * Whether the relationship holds a collection ({@link ToMany}).
     *
     * @return whether it is to-many
     */
    boolean toMany();

    /**
     * Loads this relationship in the same statement as its parent rows.
     *
     * @return the load
     */
    default Load<P, C> joined() {
        return new Load<>(new Path<>(this), Strategy.JOINED);
    }

    /**
     * Loads this relationship in a statement of its own for all parent rows at once.
     *
     * @return the load
     */
    default Load<P, C> selectIn() {
        return new Load<>(new Path<>(this), Strategy.SELECT_IN);
    }

    /**
     * Leaves this relationship unloaded, for an explicit {@code load(...)} of a table handle later; states the intent where a
     * depth or string loader would otherwise load it.
     *
     * @return the load
     */
    default Load<P, C> lazy() {
        return new Load<>(new Path<>(this), Strategy.LAZY);
    }

    /**
     * Leaves this relationship unloaded.
     *
     * @return the load
     */
    default Load<P, C> none() {
        return new Load<>(new Path<>(this), Strategy.NONE);
    }

    /**
     * The path from this relationship on to one of the related record's.
     *
     * @param next a relationship of the related record
     * @param <X> the record {@code next} leads to
     * @return the two-step path
     */
    default <X extends Record> Path<P, X> then(Relationship<C, X> next) {
        return new Path<P, C>(this).then(next);
    }
}
