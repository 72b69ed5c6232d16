package dev.ormdantic.internal.session;

import dev.ormdantic.Transaction;
import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.SessionException;
import dev.ormdantic.internal.exec.Database;
import dev.ormdantic.internal.exec.JdbcTableHandle;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.relation.Loader;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.relation.ToMany;
import dev.ormdantic.relation.ToOne;
import dev.ormdantic.session.Cascade;
import dev.ormdantic.session.Session;
import dev.ormdantic.support.GeneratedTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A session: the identity map and the staged changes over one transaction. The flush is {@link FlushRun}'s. Records
 * are immutable, so an entry keeps the record as loaded and the record as it should be; the flush compares the two.
 */
public final class UnitOfWork implements Session {

    private final Database db;
    private final Transaction tx;
    private final Map<Class<?>, GeneratedTable<?, ?>> byRecord = new HashMap<>();
    private State state = new State();
    private boolean closed;
    private boolean failed;

    /**
     * A session over a transaction.
     *
     * @param db the database
     * @param tx the transaction the session owns
     */
    public UnitOfWork(Database db, Transaction tx) {
        this.db = db;
        this.tx = tx;
        for (GeneratedTable<?, ?> table : db.tables()) {
            byRecord.putIfAbsent(table.recordType(), table);
        }
    }

    /** A row the session holds: as loaded ({@code null} for a new row or one never read) and as it should be. */
    static final class Entry {
        final GeneratedTable<Record, Object> table;

        @Nullable
        Object key;

        @Nullable
        Record loaded;

        Record current;
        boolean isNew;
        final long order;
        /** For a child added with its parent: the relationship to point at the parent's key when the flush inserts. */
        @Nullable
        ToOne<Record, Record> parentLink;

        @Nullable
        Entry parent;

        Entry(GeneratedTable<Record, Object> table, @Nullable Object key, Record current, long order) {
            this.table = table;
            this.key = key;
            this.current = current;
            this.order = order;
        }

        Entry copy() {
            Entry copy = new Entry(table, key, current, order);
            copy.loaded = loaded;
            copy.isNew = isNew;
            copy.parentLink = parentLink;
            copy.parent = parent;
            return copy;
        }
    }

    /** A staged delete: the key, and the record whose version it checks, if any. */
    record Deletion(
            GeneratedTable<Record, Object> table,
            Object key,
            @Nullable Record row) {}

    /** Everything a savepoint restores. */
    static final class State {
        /** By table class, then key: the rows the session holds. */
        final Map<Class<?>, Map<Object, Entry>> identity = new LinkedHashMap<>();
        /** New rows whose key the database generates, unknown until the flush. */
        final List<Entry> keyless = new ArrayList<>();

        final List<Deletion> deletions = new ArrayList<>();
        long next;

        State copy() {
            State copy = new State();
            Map<Entry, Entry> copies = new HashMap<>();
            identity.forEach((table, rows) -> {
                Map<Object, Entry> copied = new LinkedHashMap<>();
                rows.forEach((key, entry) -> copied.put(key, copies.computeIfAbsent(entry, Entry::copy)));
                copy.identity.put(table, copied);
            });
            keyless.forEach(entry -> copy.keyless.add(copies.computeIfAbsent(entry, Entry::copy)));
            for (Entry entry : copies.values()) {
                if (entry.parent != null) {
                    entry.parent = copies.getOrDefault(entry.parent, entry.parent);
                }
            }
            copy.deletions.addAll(deletions);
            copy.next = next;
            return copy;
        }

        Map<Object, Entry> rows(GeneratedTable<?, ?> table) {
            return identity.computeIfAbsent(table.getClass(), c -> new LinkedHashMap<>());
        }
    }

    // ---- state checks

    private ErrorContext context(@Nullable GeneratedTable<?, ?> table) {
        return new ErrorContext(
                "session", table == null ? null : table.name(), db.dialect().name());
    }

    private void usable() {
        if (closed) {
            throw new ClosedException(
                    ErrorCode.SESSION_CLOSED,
                    context(null),
                    "session is closed",
                    "use a session only inside the callback of db.session(...)",
                    null);
        }
        if (failed) {
            throw rollbackRequired(null);
        }
    }

    static SessionException rollbackRequired(@Nullable Throwable cause) {
        return new SessionException(
                ErrorCode.SESSION_ROLLBACK_REQUIRED,
                new ErrorContext("flush", null, null),
                "session flush failed; rollback required: the database may hold part of the flush, so the session"
                        + " refuses further use and its transaction rolls back when the callback ends; the session's"
                        + " records are as they were before the flush",
                "let the exception end the callback, or flush inside session.savepoint(...) to go on after a failure",
                cause);
    }

    /** Ends the session: every later use fails with {@code ORM2801}. */
    public void close() {
        closed = true;
        state = new State();
    }

    // ---- tables and entries

    @SuppressWarnings("unchecked") // a table's record type is the record's class
    GeneratedTable<Record, Object> tableOf(Record row) {
        Objects.requireNonNull(row, "row");
        GeneratedTable<?, ?> table = byRecord.get(row.getClass());
        if (table == null) {
            throw new SessionException(
                    ErrorCode.SESSION_RECORD_UNKNOWN,
                    context(null),
                    "a " + row.getClass().getName() + " is not a row of any table of this database",
                    "give the session records of the tables passed to Ormdantic.builder(...).tables(...)",
                    null);
        }
        return (GeneratedTable<Record, Object>) table;
    }

    @SuppressWarnings("unchecked") // the handle of a TableRef<T, K> has a GeneratedTable<T, K>
    <T extends Record, K> JdbcTableHandle<Record, Object> handle(TableRef<T, K> table) {
        return (JdbcTableHandle<Record, Object>) (JdbcTableHandle<?, ?>) tx.blockingTable(table);
    }

    private static boolean keyGenerated(GeneratedTable<?, ?> table) {
        return table.spec().generatedColumns().stream()
                .anyMatch(column -> table.spec().primaryKey().contains(column.name()));
    }

    private @Nullable Entry entry(GeneratedTable<?, ?> table, Object key) {
        Map<Object, Entry> rows = state.identity.get(table.getClass());
        return rows == null ? null : rows.get(key);
    }

    private boolean deleted(GeneratedTable<?, ?> table, Object key) {
        for (Deletion deletion : state.deletions) {
            if (deletion.table().getClass() == table.getClass()
                    && deletion.key().equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** Takes a row read from the database into the identity map, or returns the instance the session holds. */
    private Record remember(GeneratedTable<Record, Object> table, Record row) {
        Object key = table.key(row);
        Entry held = entry(table, key);
        if (held != null) {
            return held.current;
        }
        Entry entry = new Entry(table, key, row, state.next++);
        entry.loaded = row;
        state.rows(table).put(key, entry);
        return row;
    }

    /**
     * Takes a row read with loaders into the identity map with its related rows: each related row becomes the
     * session's instance (joining the map when it is new to it), and when the session already holds the row, the
     * loaded relationships are set on its instance, and on its record as loaded (the baseline of orphan removal).
     */
    @SuppressWarnings("unchecked") // a relationship's rows are of its target table's record type
    private Record join(GeneratedTable<Record, Object> table, Record row) {
        Record linked = row;
        List<Relationship<Record, ?>> loadedHere = new ArrayList<>();
        for (Relationship<Record, ?> relationship : relationships(table)) {
            if (relationship instanceof ToOne<Record, ?> one) {
                Ref<Record, Object> ref = (Ref<Record, Object>) one.get(linked);
                if (ref != null && ref.isLoaded()) {
                    Record target = join(tableOf(ref.get()), ref.get());
                    if (!same(target, ref.get())) {
                        linked = ((ToOne<Record, Record>) one)
                                .with(linked, ((ToOne<Record, Record>) one).loaded(ref.key(), target));
                    }
                    loadedHere.add(relationship);
                }
            } else if (relationship instanceof ToMany<Record, ?> many) {
                ToMany<Record, Record> rows = (ToMany<Record, Record>) many;
                Many<Record> children = rows.get(linked);
                if (children.isLoaded()) {
                    List<Record> joined = new ArrayList<>(children.get().size());
                    boolean changed = false;
                    for (Record child : children.get()) {
                        Record instance = join(tableOf(child), child);
                        changed |= !same(instance, child);
                        joined.add(instance);
                    }
                    if (changed) {
                        linked = rows.with(linked, rows.loaded(List.copyOf(joined)));
                    }
                    loadedHere.add(relationship);
                }
            }
        }
        Object key = table.key(linked);
        Entry held = entry(table, key);
        if (held == null) {
            if (deleted(table, key)) {
                return linked;
            }
            Entry entry = new Entry(table, key, linked, state.next++);
            entry.loaded = linked;
            state.rows(table).put(key, entry);
            return linked;
        }
        for (Relationship<Record, ?> relationship : loadedHere) {
            held.current = copyRelationship(relationship, linked, held.current);
            Record loaded = held.loaded;
            if (loaded != null) {
                held.loaded = copyRelationship(relationship, linked, loaded);
            }
        }
        return held.current;
    }

    /** {@code into} with the value of one relationship taken from {@code from}. */
    @SuppressWarnings("unchecked") // both records are of the relationship's source table
    private static Record copyRelationship(Relationship<Record, ?> relationship, Record from, Record into) {
        if (relationship instanceof ToOne<Record, ?> one) {
            ToOne<Record, Record> ref = (ToOne<Record, Record>) one;
            return ref.with(into, ref.get(from));
        }
        ToMany<Record, Record> many = (ToMany<Record, Record>) relationship;
        return many.with(into, many.get(from));
    }

    /** Whether two references are the same instance: the session tracks records by identity as well as by key. */
    @SuppressWarnings("ReferenceEquality")
    static boolean same(@Nullable Object a, @Nullable Object b) {
        return a == b;
    }

    // ---- reads

    @Override
    public <T extends Record, K> Optional<T> get(TableRef<T, K> table, K key) {
        usable();
        Objects.requireNonNull(key, "key");
        JdbcTableHandle<Record, Object> handle = handle(table);
        GeneratedTable<Record, Object> generated = handle.generated();
        Entry held = entry(generated, key);
        if (held != null) {
            return Optional.of(table.recordType().cast(held.current));
        }
        if (deleted(generated, key)) {
            return Optional.empty();
        }
        return handle.findOne(key).map(row -> table.recordType().cast(remember(generated, row)));
    }

    @Override
    @SuppressWarnings("unchecked") // the loader is of the handle's table
    public <T extends Record, K> Optional<T> get(TableRef<T, K> table, K key, Loader<T> loader) {
        usable();
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(loader, "loader");
        JdbcTableHandle<Record, Object> handle = handle(table);
        GeneratedTable<Record, Object> generated = handle.generated();
        Loader<Record> load = (Loader<Record>) (Loader<?>) loader;
        Entry held = entry(generated, key);
        if (held != null) {
            return Optional.of(table.recordType().cast(join(generated, handle.load(held.current, load))));
        }
        if (deleted(generated, key)) {
            return Optional.empty();
        }
        return handle.loading(load).findOne(key).map(row -> table.recordType().cast(join(generated, row)));
    }

    @Override
    @SuppressWarnings("unchecked") // the filter, order and loader are of the handle's table
    public <T extends Record, K> List<T> find(
            TableRef<T, K> table, Filter<T> filter, OrderBy<T> orderBy, Loader<T> loader) {
        usable();
        Objects.requireNonNull(loader, "loader");
        JdbcTableHandle<Record, Object> handle = handle(table);
        GeneratedTable<Record, Object> generated = handle.generated();
        List<T> found = new ArrayList<>();
        for (Record row : handle.loading((Loader<Record>) (Loader<?>) loader)
                .findMany((Filter<Record>) (Filter<?>) filter, (OrderBy<Record>) (OrderBy<?>) orderBy)
                .data()) {
            if (!deleted(generated, generated.key(row))) {
                found.add(table.recordType().cast(join(generated, row)));
            }
        }
        return found;
    }

    @Override
    public <T extends Record, K> Optional<T> cached(TableRef<T, K> table, K key) {
        usable();
        Entry held = entry(handle(table).generated(), Objects.requireNonNull(key, "key"));
        return held == null ? Optional.empty() : Optional.of(table.recordType().cast(held.current));
    }

    @Override
    public <T extends Record, K> List<T> find(TableRef<T, K> table, Filter<T> filter) {
        return find(table, filter, OrderBy.none());
    }

    @Override
    @SuppressWarnings("unchecked") // the filter and order are of the handle's table
    public <T extends Record, K> List<T> find(TableRef<T, K> table, Filter<T> filter, OrderBy<T> orderBy) {
        usable();
        JdbcTableHandle<Record, Object> handle = handle(table);
        GeneratedTable<Record, Object> generated = handle.generated();
        List<T> found = new ArrayList<>();
        for (Record row : handle.findMany((Filter<Record>) (Filter<?>) filter, (OrderBy<Record>) (OrderBy<?>) orderBy)
                .data()) {
            if (!deleted(generated, generated.key(row))) {
                found.add(table.recordType().cast(remember(generated, row)));
            }
        }
        return found;
    }

    // ---- staging

    @Override
    public <T extends Record> T add(T row) {
        return add(row, Cascade.DECLARED);
    }

    @Override
    public <T extends Record> T add(T row, Cascade cascade) {
        usable();
        Objects.requireNonNull(cascade, "cascade");
        if (cascade == Cascade.DELETE) {
            throw new IllegalArgumentException(
                    "Cascade.DELETE is for delete(...); add(...) takes DECLARED, SAVE or NONE");
        }
        stage(row, cascade, null, null);
        return row;
    }

    /** Stages a new row, and, as the cascade says, the new rows of its loaded relationships. */
    private Entry stage(
            Record row, Cascade cascade, @Nullable Entry parent, @Nullable ToOne<Record, Record> parentLink) {
        GeneratedTable<Record, Object> table = tableOf(row);
        if (cascade != Cascade.NONE) {
            for (Relationship<Record, ?> relationship : relationships(table)) {
                if (relationship instanceof ToOne<Record, ?> one && !same(one, parentLink)) {
                    Ref<?, ?> ref = one.get(row);
                    if (ref != null && ref.isLoaded() && !held(ref.get())) {
                        stage(ref.get(), cascade, null, null);
                    }
                }
            }
        }
        Entry entry;
        if (keyGenerated(table)) {
            entry = new Entry(table, null, row, state.next++);
            for (Entry pending : state.keyless) {
                if (same(pending.current, row)) {
                    return pending;
                }
            }
            state.keyless.add(entry);
        } else {
            Object key = table.key(row);
            Entry held = entry(table, key);
            if (held != null) {
                if (same(held.current, row)) {
                    return held;
                }
                throw new SessionException(
                        held.isNew ? ErrorCode.SESSION_KEY_STAGED : ErrorCode.SESSION_KEY_PRESENT,
                        context(table),
                        row.getClass().getSimpleName() + " primary key '" + key + "' is already "
                                + (held.isNew ? "staged" : "present") + " in this session"
                                + (held.isNew ? "" : "; use merge() for detached state"),
                        held.isNew
                                ? "add each new row once, or update() the staged one"
                                : "change the session's row with update(), or take a detached copy in with merge()",
                        null);
            }
            entry = new Entry(table, key, row, state.next++);
            state.rows(table).put(key, entry);
        }
        entry.isNew = true;
        entry.parent = parent;
        entry.parentLink = parentLink;
        if (cascade != Cascade.NONE) {
            for (Relationship<Record, ?> relationship : relationships(table)) {
                if (relationship instanceof ToMany<Record, ?> many && saves(many, cascade)) {
                    Many<?> children = many.get(row);
                    if (children.isLoaded()) {
                        @SuppressWarnings("unchecked") // the back reference points at this table
                        ToOne<Record, Record> back = (ToOne<Record, Record>) many.back();
                        for (Record child : children.get()) {
                            if (!held(child)) {
                                stage(child, cascade, entry, back);
                            }
                        }
                    }
                }
            }
        }
        return entry;
    }

    /** Whether adding along a collection cascades, for this call. */
    private static boolean saves(ToMany<?, ?> many, Cascade cascade) {
        return !many.through()
                && (cascade == Cascade.SAVE
                        || (cascade == Cascade.DECLARED && many.cascades().save()));
    }

    /** Whether deleting along a collection cascades, for this call. */
    private static boolean deletes(ToMany<?, ?> many, Cascade cascade) {
        return !many.through()
                && (cascade == Cascade.DELETE
                        || (cascade == Cascade.DECLARED && many.cascades().delete()));
    }

    @SuppressWarnings("unchecked") // a table's relationships start at its record type
    private static List<Relationship<Record, ?>> relationships(GeneratedTable<Record, Object> table) {
        return (List<Relationship<Record, ?>>) (List<?>) table.relationships();
    }

    /** Whether the session holds this row (by key, or the same new instance). */
    private boolean held(Record row) {
        GeneratedTable<Record, Object> table = tableOf(row);
        if (keyGenerated(table)) {
            for (Entry pending : state.keyless) {
                if (same(pending.current, row)) {
                    return true;
                }
            }
        }
        return entry(table, table.key(row)) != null;
    }

    @Override
    public <T extends Record> T update(T row) {
        usable();
        GeneratedTable<Record, Object> table = tableOf(row);
        Object key = table.key(row);
        Entry held = entry(table, key);
        if (held == null) {
            if (deleted(table, key)) {
                throw new SessionException(
                        ErrorCode.SESSION_KEY_STAGED,
                        context(table),
                        row.getClass().getSimpleName() + " primary key '" + key
                                + "' is staged for deletion in this session; it cannot be updated",
                        "add() a new row with that key instead",
                        null);
            }
            held = new Entry(table, key, row, state.next++);
            state.rows(table).put(key, held);
        }
        held.current = row;
        return row;
    }

    @Override
    public <T extends Record> void delete(T row) {
        delete(row, Cascade.DECLARED);
    }

    @Override
    public <T extends Record> void delete(T row, Cascade cascade) {
        usable();
        Objects.requireNonNull(cascade, "cascade");
        if (cascade == Cascade.SAVE) {
            throw new IllegalArgumentException(
                    "Cascade.SAVE is for add(...); delete(...) takes DECLARED, DELETE or NONE");
        }
        GeneratedTable<Record, Object> table = tableOf(row);
        if (cascade != Cascade.NONE) {
            for (Relationship<Record, ?> relationship : relationships(table)) {
                if (relationship instanceof ToMany<Record, ?> many && deletes(many, cascade)) {
                    Many<?> children = many.get(row);
                    if (children.isLoaded()) {
                        for (Record child : children.get()) {
                            delete(child, cascade);
                        }
                    }
                }
            }
        }
        if (keyGenerated(table)) {
            if (state.keyless.removeIf(pending -> same(pending.current, row))) {
                return;
            }
        }
        unstage(table, table.key(row), row);
    }

    @Override
    public <T extends Record, K> void delete(TableRef<T, K> table, K key) {
        usable();
        unstage(handle(table).generated(), Objects.requireNonNull(key, "key"), null);
    }

    private void unstage(GeneratedTable<Record, Object> table, Object key, @Nullable Record row) {
        Entry held = entry(table, key);
        if (held != null) {
            state.rows(table).remove(key);
            if (held.isNew) {
                return; // never written: unstaging is enough
            }
        }
        if (!deleted(table, key)) {
            Record versioned = held != null && held.loaded != null ? held.loaded : row;
            state.deletions.add(new Deletion(table, key, versioned));
        }
    }

    @Override
    public <T extends Record> T merge(T detached) {
        usable();
        GeneratedTable<Record, Object> table = tableOf(detached);
        Object key = table.key(detached);
        Entry held = entry(table, key);
        if (held == null && !deleted(table, key)) {
            Optional<Record> stored = handle(table).findOne(key);
            if (stored.isEmpty()) {
                stage(detached, Cascade.NONE, null, null);
                return detached;
            }
            remember(table, stored.get());
            held = entry(table, key);
        }
        if (held == null) {
            stage(detached, Cascade.NONE, null, null);
            return detached;
        }
        held.current = detached;
        return detached;
    }

    @Override
    public <T extends Record> Optional<T> refresh(T row) {
        usable();
        GeneratedTable<Record, Object> table = tableOf(row);
        Object key = table.key(row);
        state.rows(table).remove(key);
        @SuppressWarnings("unchecked") // a record's class is the class of its type
        Class<T> type = (Class<T>) row.getClass();
        return handle(table).findOne(key).map(fresh -> type.cast(remember(table, fresh)));
    }

    @Override
    public <T extends Record> void evict(T row) {
        usable();
        GeneratedTable<Record, Object> table = tableOf(row);
        state.keyless.removeIf(pending -> same(pending.current, row));
        if (!keyGenerated(table) || entry(table, table.key(row)) != null) {
            state.rows(table).remove(table.key(row));
        }
    }

    // ---- flush, savepoints, lifecycle

    @Override
    public void flush() {
        usable();
        State before = state;
        List<CollectionChange> changes = collectionScan();
        if (!changes.isEmpty()) {
            // the cascades stage into the session's state: keep the state before them, restored on a failure
            before = state.copy();
            cascadeCollections(changes);
        }
        State after = state.copy();
        IdentityHashMap<Record, Entry> inserted = new IdentityHashMap<>();
        for (Entry entry : entries(after)) {
            if (entry.isNew) {
                inserted.put(entry.current, entry);
            }
        }
        try {
            new FlushRun(db, this, after).run();
        } catch (RuntimeException | Error e) {
            state = before;
            failed = true;
            e.addSuppressed(rollbackRequired(null));
            throw e;
        }
        relink(after, inserted);
        state = after;
    }

    private static List<Entry> entries(State of) {
        List<Entry> all = new ArrayList<>(of.keyless);
        for (Map<Object, Entry> rows : of.identity.values()) {
            all.addAll(rows.values());
        }
        return all;
    }

    /** A child of a loaded collection the flush should add, or an orphan it should delete. */
    private record CollectionChange(Entry parent, ToMany<Record, Record> many, Record child, boolean orphan) {}

    /**
     * The declared cascades along loaded collections of the rows the session holds: a row appended to a collection
     * that cascades the save and that the session does not hold yet, and, under orphan removal, a row that the
     * collection as loaded held and the collection as submitted does not (unless the session moved it elsewhere).
     */
    @SuppressWarnings("unchecked") // a table's collections are of its record type
    private List<CollectionChange> collectionScan() {
        List<CollectionChange> changes = new ArrayList<>();
        for (Entry entry : entries(state)) {
            for (Relationship<Record, ?> relationship : relationships(entry.table)) {
                if (!(relationship instanceof ToMany<Record, ?> found) || found.through()) {
                    continue;
                }
                ToMany<Record, Record> many = (ToMany<Record, Record>) found;
                ToMany.Cascades declared = many.cascades();
                Many<Record> now = many.get(entry.current);
                if (declared.save() && now.isLoaded() && !entry.isNew) {
                    for (Record child : now.get()) {
                        if (!held(child)
                                && !deleted(tableOf(child), tableOf(child).key(child))) {
                            changes.add(new CollectionChange(entry, many, child, false));
                        }
                    }
                }
                Record loaded = entry.loaded;
                if (declared.orphanRemoval() && loaded != null && now.isLoaded()) {
                    Many<Record> before = many.get(loaded);
                    if (before.isLoaded()) {
                        orphans(entry, many, before.get(), now.get(), changes);
                    }
                }
            }
        }
        return changes;
    }

    private void orphans(
            Entry parent,
            ToMany<Record, Record> many,
            List<Record> before,
            List<Record> now,
            List<CollectionChange> changes) {
        Set<Object> kept = new HashSet<>();
        for (Record child : now) {
            kept.add(tableOf(child).key(child));
        }
        @SuppressWarnings("unchecked") // the back reference points at the parent's table
        ToOne<Record, Record> back = (ToOne<Record, Record>) many.back();
        for (Record child : before) {
            GeneratedTable<Record, Object> childTable = tableOf(child);
            Object key = childTable.key(child);
            if (kept.contains(key) || deleted(childTable, key)) {
                continue;
            }
            Entry heldChild = entry(childTable, key);
            Ref<Record, ?> ref = heldChild == null ? null : back.get(heldChild.current);
            if (heldChild != null && (ref == null || !Objects.equals(ref.key(), parent.key))) {
                continue; // moved to another parent, or detached from any: an update, not an orphan
            }
            changes.add(new CollectionChange(parent, many, heldChild == null ? child : heldChild.current, true));
        }
    }

    @SuppressWarnings("unchecked") // the back reference points at the parent's table
    private void cascadeCollections(List<CollectionChange> changes) {
        for (CollectionChange change : changes) {
            if (change.orphan()) {
                delete(change.child(), Cascade.DECLARED);
            } else if (!held(change.child())) {
                stage(change.child(), Cascade.DECLARED, change.parent(), (ToOne<Record, Record>)
                        change.many().back());
            }
        }
    }

    /**
     * After a flush: the loaded collections of the session's rows hold the rows as stored (with their generated keys
     * and the parent's key) instead of the instances that were added, and become the baseline of orphan removal.
     */
    @SuppressWarnings("unchecked") // a table's collections are of its record type
    private void relink(State after, IdentityHashMap<Record, Entry> inserted) {
        for (Entry entry : entries(after)) {
            for (Relationship<Record, ?> relationship : relationships(entry.table)) {
                if (!(relationship instanceof ToMany<Record, ?> found) || found.through()) {
                    continue;
                }
                ToMany<Record, Record> many = (ToMany<Record, Record>) found;
                Many<Record> now = many.get(entry.current);
                if (!now.isLoaded()) {
                    continue;
                }
                if (!inserted.isEmpty()) {
                    List<Record> stored = new ArrayList<>(now.get().size());
                    boolean changed = false;
                    for (Record child : now.get()) {
                        Entry written = inserted.get(child);
                        Record instance = written == null ? child : written.current;
                        changed |= !same(instance, child);
                        stored.add(instance);
                    }
                    if (changed) {
                        entry.current = many.with(entry.current, many.loaded(List.copyOf(stored)));
                    }
                }
                Record loaded = entry.loaded;
                if (loaded != null && !same(many.get(loaded), many.get(entry.current))) {
                    entry.loaded = many.with(loaded, many.get(entry.current));
                }
            }
        }
    }

    /** The flush before the commit: skipped when the session already failed, which then rolls back. */
    public void flushForCommit() {
        if (failed) {
            throw rollbackRequired(null);
        }
        flush();
    }

    @Override
    public <R extends @Nullable Object> R savepoint(Function<? super Session, ? extends R> work) {
        usable();
        Objects.requireNonNull(work, "work");
        State saved = state.copy();
        try {
            return tx.savepoint(t -> work.apply(this));
        } catch (RuntimeException | Error e) {
            // The database is back at the savepoint: so is the session, and a flush that failed inside is undone.
            state = saved;
            failed = false;
            throw e;
        }
    }

    @Override
    public void inSavepoint(Consumer<? super Session> work) {
        Objects.requireNonNull(work, "work");
        savepoint(s -> {
            work.accept(s);
            return Boolean.TRUE;
        });
    }

    @Override
    public Transaction transaction() {
        usable();
        return tx;
    }

    @Override
    public boolean isActive() {
        return !closed && !failed && tx.isActive();
    }

    @Override
    public String toString() {
        return "Session[" + (closed ? "closed" : failed ? "rollback required" : "active") + "]";
    }
}
