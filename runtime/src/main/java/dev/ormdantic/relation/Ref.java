package dev.ormdantic.relation;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.RelationException;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A many-to-one or one-to-one relationship as a record component: the referenced row's key, which is the foreign-key
 * column, and, when a loader loaded it, the row itself. The column takes the type of the referenced key, and a
 * {@code @Nullable Ref} is a nullable foreign key ({@code null} for no reference).
 *
 * <pre>{@code
 * @Table(pk = "id")
 * public record Post(long id, Ref<Author, Long> author, String title) {}
 *
 * new Post(1, Ref.to(7L), "Hello");   // to write: the key is all a write needs
 * post.author().key();                // always there
 * post.author().get();                // the Author, when a loader loaded it; ORM2601 when none did
 * }</pre>
 *
 * <p>Nothing is ever fetched when a reference is read: a reference a query did not load throws {@code ORM2601}
 * naming the relationship and the loaders that load it. Loaded is never confused with absent: {@link #isLoaded()}
 * says which, and {@link #find()} is empty only for a <em>dangling</em> key, one whose row does not exist.
 *
 * <p>Two references are equal when their keys are, loaded or not: the reference is the foreign-key value, and the
 * loaded row is a view of it. Instances are immutable.
 *
 * @param <T> the referenced record
 * @param <K> the type of its key
 * @since 0.1.0
 */
public final class Ref<T extends Record, K> {

    private enum State {
        UNLOADED,
        LOADED,
        DANGLING
    }

    private final K key;
    private final @Nullable T row;
    private final State state;
    private final @Nullable ToOne<?, T> origin;

    private Ref(K key, @Nullable T row, State state, @Nullable ToOne<?, T> origin) {
        this.key = key;
        this.row = row;
        this.state = state;
        this.origin = origin;
    }

    /**
     * A reference that holds only the key: what an application passes to write a row.
     *
     * @param key the referenced row's key
     * @param <T> the referenced record
     * @param <K> the type of its key
     * @return the unloaded reference
     */
    public static <T extends Record, K> Ref<T, K> to(K key) {
        return new Ref<>(Objects.requireNonNull(key, "key"), null, State.UNLOADED, null);
    }

    /**
     * A loaded reference: the key and the row it names. The caller vouches that the row's key is {@code key}.
     *
     * @param key the referenced row's key
     * @param row the referenced row
     * @param <T> the referenced record
     * @param <K> the type of its key
     * @return the loaded reference
     */
    public static <T extends Record, K> Ref<T, K> of(K key, T row) {
        return new Ref<>(Objects.requireNonNull(key, "key"), Objects.requireNonNull(row, "row"), State.LOADED, null);
    }

    /** A reference as a query reads it: unloaded, knowing the relationship it belongs to for its messages. */
    static <T extends Record, K> Ref<T, K> unloaded(K key, ToOne<?, T> origin) {
        return new Ref<>(key, null, State.UNLOADED, origin);
    }

    /** A reference as a loader makes it: the row, or dangling when the key names no row. */
    static <T extends Record, K> Ref<T, K> loaded(K key, @Nullable T row, ToOne<?, T> origin) {
        return new Ref<>(key, row, row == null ? State.DANGLING : State.LOADED, origin);
    }

    /**
     * The referenced row's key, the value of the foreign-key column; always there.
     *
     * @return the key
     */
    public K key() {
        return key;
    }

    /**
     * Whether a loader loaded this reference ({@link #get()} and {@link #find()} then answer without throwing).
     *
     * @return whether it is loaded
     */
    public boolean isLoaded() {
        return state != State.UNLOADED;
    }

    /**
     * The referenced row.
     *
     * @return the row
     * @throws RelationException {@code ORM2601} when this reference is not loaded; {@code ORM2602} when it was loaded
     *     and no row has its key (use {@link #find()} where that can happen)
     */
    public T get() {
        T loaded = row;
        if (loaded != null) {
            return loaded;
        }
        throw state == State.UNLOADED ? notLoaded() : dangling();
    }

    /**
     * The referenced row, or empty when the key names no row (a dangling key, possible only where the foreign key is
     * not enforced).
     *
     * @return the row, or empty when dangling
     * @throws RelationException {@code ORM2601} when this reference is not loaded
     */
    public Optional<T> find() {
        if (state == State.UNLOADED) {
            throw notLoaded();
        }
        return Optional.ofNullable(row);
    }

    /**
     * This reference without its row: what the key alone says.
     *
     * @return an unloaded reference with the same key
     */
    public Ref<T, K> unload() {
        return state == State.UNLOADED ? this : new Ref<>(key, null, State.UNLOADED, origin);
    }

    private RelationException notLoaded() {
        ToOne<?, T> relation = origin;
        if (relation == null) {
            return new RelationException(
                    ErrorCode.RELATION_NOT_LOADED,
                    ErrorContext.none(),
                    "this reference to key " + key + " holds only its key (made by Ref.to(key)); its row is not loaded",
                    "read it with a loader, such as db.table(...).loading(PostTable.AUTHOR.selectIn()), or load it"
                            + " with load(record, PostTable.AUTHOR) on the table's handle",
                    null);
        }
        return new RelationException(
                ErrorCode.RELATION_NOT_LOADED,
                new ErrorContext("get", relation.source().name(), null),
                "relationship " + relation.qualifiedName() + " is not loaded (key " + key
                        + "); Ormdantic never loads on access",
                "load it with " + relation.constantName() + ".joined() or " + relation.constantName()
                        + ".selectIn() in loading(...), or afterwards with load(record, "
                        + relation.constantName() + ") on the table's handle",
                null);
    }

    private RelationException dangling() {
        ToOne<?, T> relation = Objects.requireNonNull(origin, "a dangling reference knows its relationship");
        return new RelationException(
                ErrorCode.REFERENCE_DANGLING,
                new ErrorContext("get", relation.source().name(), null),
                "relationship " + relation.qualifiedName() + " was loaded, but no row of "
                        + relation.target().name() + " has key " + key
                        + " (or the loader's filter left it out)",
                "use find(), which is empty for a key without a loaded row; where the foreign key is not enforced, add"
                        + " its constraint",
                null);
    }

    /**
     * Equal when the other is a reference with an equal key, loaded or not.
     *
     * @param other the other object
     * @return whether the keys are equal
     */
    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof Ref<?, ?> ref && key.equals(ref.key);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    /**
     * The key, and the row when loaded: {@code Ref[7]}, {@code Ref[7 -> Author[id=7, ...]]}, {@code Ref[7 -> none]}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return switch (state) {
            case UNLOADED -> "Ref[" + key + "]";
            case LOADED -> "Ref[" + key + " -> " + row + "]";
            case DANGLING -> "Ref[" + key + " -> none]";
        };
    }
}
