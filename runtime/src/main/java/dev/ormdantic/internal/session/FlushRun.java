package dev.ormdantic.internal.session;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.SessionException;
import dev.ormdantic.event.FlushEvent;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.exec.ChangeWriter;
import dev.ormdantic.internal.exec.Database;
import dev.ormdantic.internal.observe.Listeners;
import dev.ormdantic.internal.schema.SchemaOrder;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.relation.ToOne;
import dev.ormdantic.support.GeneratedTable;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One flush of a session, on a copy of its state that becomes the session's only when every statement succeeded.
 *
 * <p>The order: inserts table by table, parents before children (the schema's creation order), rows of one table in
 * one multi-row {@code insertMany}, and inside a self-referencing table referenced rows first; then updates of only the
 * changed columns; then deletes, children before parents. When a delete frees a key or a unique value that an insert or
 * update of the same flush takes, the deletes run first instead, so that the new row does not collide with the old.
 */
final class FlushRun {

    private final Database db;
    private final UnitOfWork session;
    private final UnitOfWork.State state;

    FlushRun(Database db, UnitOfWork session, UnitOfWork.State state) {
        this.db = db;
        this.session = session;
        this.state = state;
    }

    /** An update to write: the entry, and its changed columns. */
    private record Change(UnitOfWork.Entry entry, BitSet columns) {}

    void run() {
        List<GeneratedTable<?, ?>> order =
                SchemaOrder.creation(db.tables(), db.dialect().name());
        Map<Class<?>, Integer> rank = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            rank.putIfAbsent(order.get(i).getClass(), i);
        }
        List<UnitOfWork.Entry> inserts = new ArrayList<>(state.keyless);
        List<Change> updates = new ArrayList<>();
        for (Map<Object, UnitOfWork.Entry> rows : state.identity.values()) {
            for (UnitOfWork.Entry entry : rows.values()) {
                if (entry.isNew) {
                    inserts.add(entry);
                } else {
                    BitSet changed = entry.loaded == null
                            ? ChangeWriter.allColumns(entry.table)
                            : entry.table.changedColumns(entry.loaded, entry.current);
                    if (!changed.isEmpty()) {
                        updates.add(new Change(entry, changed));
                    }
                }
            }
        }
        Comparator<UnitOfWork.Entry> byTable =
                Comparator.comparingInt(entry -> rank.getOrDefault(entry.table.getClass(), Integer.MAX_VALUE));
        inserts.sort(byTable.thenComparingLong(entry -> entry.order));
        updates.sort(Comparator.comparing(Change::entry, byTable.thenComparingLong(entry -> entry.order)));
        List<UnitOfWork.Deletion> deletes = new ArrayList<>(state.deletions);
        deletes.sort(Comparator.comparingInt(
                deletion -> -rank.getOrDefault(deletion.table().getClass(), Integer.MAX_VALUE)));

        FlushEvent event = new FlushEvent(inserts.size(), updates.size(), deletes.size());
        Listeners listeners = db.listeners();
        if (listeners != null) {
            listeners.before(listener -> listener.beforeFlush(event));
        }
        boolean deletesFirst = frees(deletes, inserts, updates);
        if (deletesFirst) {
            // an update that moves a reference away from a row this flush deletes must run before that delete
            List<Change> early = leaving(deletes, updates);
            update(early);
            delete(deletes);
            insert(inserts);
            List<Change> rest = new ArrayList<>(updates);
            rest.removeAll(early);
            update(rest);
        } else {
            insert(inserts);
            update(updates);
            delete(deletes);
        }
        state.deletions.clear();
        if (listeners != null) {
            listeners.after(listener -> listener.afterFlush(event), "afterFlush");
        }
    }

    // ---- inserts

    private void insert(List<UnitOfWork.Entry> inserts) {
        int from = 0;
        while (from < inserts.size()) {
            GeneratedTable<Record, Object> table = inserts.get(from).table;
            int to = from;
            while (to < inserts.size() && inserts.get(to).table.getClass() == table.getClass()) {
                to++;
            }
            List<UnitOfWork.Entry> rows = referencedFirst(table, inserts.subList(from, to));
            List<Record> written = new ArrayList<>(rows.size());
            for (UnitOfWork.Entry entry : rows) {
                UnitOfWork.Entry parent = entry.parent;
                ToOne<Record, Record> link = entry.parentLink;
                if (parent != null && link != null) {
                    // a child added with its parent: point it at the parent's key, known now that the parent is in
                    Object parentKey = parent.table.key(parent.current);
                    entry.current = link.with(entry.current, Ref.of(parentKey, parent.current));
                }
                written.add(entry.current);
            }
            List<Record> stored = session.handle(table).insertMany(written);
            for (int i = 0; i < rows.size(); i++) {
                UnitOfWork.Entry entry = rows.get(i);
                Record row = stored.get(i);
                boolean keyless = entry.key == null;
                entry.current = row;
                entry.loaded = row;
                entry.isNew = false;
                entry.key = table.key(row);
                if (keyless) {
                    state.keyless.remove(entry);
                    state.rows(table).put(entry.key, entry);
                }
            }
            from = to;
        }
    }

    /**
     * The new rows of one table with the rows they reference through a reference to the same table first; a cycle of
     * such references among new rows has no order that the foreign key accepts, and is refused.
     */
    private static List<UnitOfWork.Entry> referencedFirst(
            GeneratedTable<Record, Object> table, List<UnitOfWork.Entry> rows) {
        List<ToOne<Record, Record>> selfReferences = new ArrayList<>();
        for (Relationship<?, ?> relationship : table.relationships()) {
            if (relationship instanceof ToOne<?, ?> one
                    && one.target().name().equals(table.name())
                    && one.target().schema().equals(table.schema())) {
                @SuppressWarnings("unchecked") // a relationship of this table to this table
                ToOne<Record, Record> self = (ToOne<Record, Record>) one;
                selfReferences.add(self);
            }
        }
        if (selfReferences.isEmpty() || rows.size() < 2) {
            return rows;
        }
        Map<Object, UnitOfWork.Entry> byKey = new HashMap<>();
        for (UnitOfWork.Entry entry : rows) {
            if (entry.key != null) {
                byKey.put(entry.key, entry);
            }
        }
        Set<UnitOfWork.Entry> done = new LinkedHashSet<>();
        for (UnitOfWork.Entry entry : rows) {
            visit(entry, selfReferences, byKey, done, new ArrayList<>(), table);
        }
        return List.copyOf(done);
    }

    private static void visit(
            UnitOfWork.Entry entry,
            List<ToOne<Record, Record>> references,
            Map<Object, UnitOfWork.Entry> byKey,
            Set<UnitOfWork.Entry> done,
            List<UnitOfWork.Entry> path,
            GeneratedTable<Record, Object> table) {
        if (done.contains(entry)) {
            return;
        }
        if (path.contains(entry)) {
            List<String> keys = new ArrayList<>();
            for (UnitOfWork.Entry member : path.subList(path.indexOf(entry), path.size())) {
                keys.add(String.valueOf(member.key));
            }
            keys.add(String.valueOf(entry.key));
            throw new SessionException(
                    ErrorCode.SESSION_FLUSH_CYCLE,
                    new ErrorContext("flush", table.name(), null),
                    "flush of table '" + table.name() + "' failed: its new rows " + String.join(" -> ", keys)
                            + " reference each other in a cycle, so none can be inserted before the others",
                    "insert one of them with the reference unset (null), flush, then set it with update()",
                    null);
        }
        path.add(entry);
        for (ToOne<Record, Record> reference : references) {
            Ref<Record, ?> ref = reference.get(entry.current);
            UnitOfWork.Entry target = ref == null ? null : byKey.get(ref.key());
            if (target != null && target != entry) {
                visit(target, references, byKey, done, path, table);
            }
        }
        path.removeLast();
        done.add(entry);
    }

    // ---- updates and deletes

    private void update(List<Change> updates) {
        int from = 0;
        while (from < updates.size()) {
            GeneratedTable<Record, Object> table = updates.get(from).entry().table;
            int to = from;
            List<Record> rows = new ArrayList<>();
            List<BitSet> columns = new ArrayList<>();
            while (to < updates.size() && updates.get(to).entry().table.getClass() == table.getClass()) {
                rows.add(updates.get(to).entry().current);
                columns.add(updates.get(to).columns());
                to++;
            }
            List<Record> stored = session.handle(table).changes().update(rows, columns, Operation.FLUSH);
            for (int i = from; i < to; i++) {
                UnitOfWork.Entry entry = updates.get(i).entry();
                entry.current = stored.get(i - from);
                entry.loaded = entry.current;
            }
            from = to;
        }
    }

    private void delete(List<UnitOfWork.Deletion> deletes) {
        int from = 0;
        while (from < deletes.size()) {
            GeneratedTable<Record, Object> table = deletes.get(from).table();
            int to = from;
            List<Object> checkedKeys = new ArrayList<>();
            List<Record> checkedRows = new ArrayList<>();
            List<Object> keys = new ArrayList<>();
            while (to < deletes.size() && deletes.get(to).table().getClass() == table.getClass()) {
                UnitOfWork.Deletion deletion = deletes.get(to);
                Record row = deletion.row();
                if (row != null && table.versionColumn() != null) {
                    checkedKeys.add(deletion.key());
                    checkedRows.add(row);
                } else {
                    keys.add(deletion.key());
                }
                to++;
            }
            ChangeWriter<Record, Object> writer = session.handle(table).changes();
            writer.delete(checkedKeys, checkedRows, Operation.FLUSH);
            writer.delete(keys, null, Operation.FLUSH);
            from = to;
        }
    }

    // ---- keys freed by deletes

    /** Whether a delete frees a primary key or a unique value that an insert or update of this flush takes. */
    private static boolean frees(
            List<UnitOfWork.Deletion> deletes, List<UnitOfWork.Entry> inserts, List<Change> updates) {
        if (deletes.isEmpty()) {
            return false;
        }
        Set<List<@Nullable Object>> freed = new HashSet<>();
        for (UnitOfWork.Deletion deletion : deletes) {
            freed.add(List.of(deletion.table().getClass().getName(), "", deletion.key()));
            Record row = deletion.row();
            if (row != null) {
                freed.addAll(uniqueValues(deletion.table(), row));
            }
        }
        List<UnitOfWork.Entry> taking = new ArrayList<>(inserts);
        updates.forEach(change -> taking.add(change.entry()));
        for (UnitOfWork.Entry entry : taking) {
            if (entry.isNew
                    && entry.key != null
                    && freed.contains(List.of(entry.table.getClass().getName(), "", entry.key))) {
                return true;
            }
            for (List<@Nullable Object> value : uniqueValues(entry.table, entry.current)) {
                if (freed.contains(value)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The updates that change a reference which, as loaded, points at a row the flush deletes: they run before the
     * deletes, else the database refuses the delete of a row still referenced. An update that itself takes a value a
     * delete frees stays after the deletes (no order satisfies both; the database reports which).
     */
    @SuppressWarnings("unchecked") // a table's relationships start at its record type
    private static List<Change> leaving(List<UnitOfWork.Deletion> deletes, List<Change> updates) {
        Set<List<Object>> deleted = new HashSet<>();
        for (UnitOfWork.Deletion deletion : deletes) {
            deleted.add(List.of(deletion.table().recordType(), deletion.key()));
        }
        List<Change> early = new ArrayList<>();
        for (Change change : updates) {
            Record loaded = change.entry().loaded;
            if (loaded == null || frees(deletes, List.of(), List.of(change))) {
                continue;
            }
            for (Relationship<?, ?> relationship : change.entry().table.relationships()) {
                if (relationship instanceof ToOne<?, ?> found) {
                    ToOne<Record, Record> one = (ToOne<Record, Record>) found;
                    Ref<Record, ?> before = one.get(loaded);
                    Ref<Record, ?> after = one.get(change.entry().current);
                    if (before != null
                            && deleted.contains(List.of(one.target().recordType(), before.key()))
                            && (after == null || !before.key().equals(after.key()))) {
                        early.add(change);
                        break;
                    }
                }
            }
        }
        return early;
    }

    /** The row's values of each unique key of its table but the primary key, tagged with table and constraint. */
    private static List<List<@Nullable Object>> uniqueValues(GeneratedTable<Record, Object> table, Record row) {
        List<UniqueSpec> uniques = table.spec().otherUniqueKeys();
        if (uniques.isEmpty()) {
            return List.of();
        }
        CapturedValues captured = new CapturedValues();
        table.bindRow(captured, row);
        List<ColumnSpec> bound = table.spec().upsertColumns();
        List<List<@Nullable Object>> values = new ArrayList<>();
        for (UniqueSpec unique : uniques) {
            List<@Nullable Object> value = new ArrayList<>();
            value.add(table.getClass().getName());
            value.add(unique.name());
            boolean anyNull = false;
            for (String column : unique.columns()) {
                int at = -1;
                for (int i = 0; i < bound.size(); i++) {
                    if (bound.get(i).name().equals(column)) {
                        at = i;
                    }
                }
                Object v = at < 0 ? null : captured.values().get(at);
                anyNull |= v == null;
                value.add(v);
            }
            if (!anyNull) { // NULLs never collide in a unique key
                values.add(value);
            }
        }
        return values;
    }
}
