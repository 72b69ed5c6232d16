package dev.ormdantic.internal.exec;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.QuerySyntax;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.dialect.sql.ValueList;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.RelationException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.relation.Depth;
import dev.ormdantic.relation.Load;
import dev.ormdantic.relation.Loader;
import dev.ormdantic.relation.Path;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.relation.Strategy;
import dev.ormdantic.relation.ToMany;
import dev.ormdantic.relation.ToOne;
import dev.ormdantic.support.GeneratedTable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * Loads the relationships a set of loaders names onto records already read, select-in: one statement per relationship
 * (per batch of parent keys), never one per parent. The plan is a tree of the loaders' paths; each level's related
 * rows are read for all parents at once, loaded with their own children, then attached to the parents through the
 * generated constructors (records are immutable, so every parent is rebuilt). Within one load, the rows of one
 * relationship are one instance per key: every post of an author holds the same {@code Author}.
 *
 * <p>Sibling relationships (an author's posts and its address) are independent: outside a transaction on a server
 * database they are read concurrently, each on a virtual thread with a pooled connection of its own (so the pool
 * bounds them); in a transaction, and on SQLite, one after the other on the scope's connection.
 */
final class Loading {

    /** The most parent keys one select-in statement carries unless the loader says otherwise. */
    static final int DEFAULT_BATCH = 1_000;

    private final Database db;
    private final Scope scope;
    private final Call call;

    private Loading(Database db, Scope scope, Call call) {
        this.db = db;
        this.scope = scope;
        this.call = call;
    }

    /** One relationship to load, with its options and the relationships to load from its rows. */
    static final class Node {
        final Relationship<?, ?> relationship;
        final String path;
        Strategy strategy;
        boolean explicit;

        @Nullable
        Load<?, ?> options;

        final Map<Relationship<?, ?>, Node> children = new LinkedHashMap<>();

        /** The joined statements that read this relationship's rows with their joined children, per shape. */
        final JoinedFetch.Templates joined = new JoinedFetch.Templates();

        Node(Relationship<?, ?> relationship, String path, Strategy strategy) {
            this.relationship = relationship;
            this.path = path;
            this.strategy = strategy;
        }
    }

    /**
     * Checks loaders against a table and arranges them in a tree, failing with {@code ORM2603} or {@code ORM2605}
     * before anything is read.
     *
     * @param table the table the loaders start from
     * @param loaders the loaders, in the order given
     * @return the relationships to load from the table's rows
     */
    static Map<Relationship<?, ?>, Node> plan(TableRef<?, ?> table, List<? extends Loader<?>> loaders) {
        return plan(table, loaders, false);
    }

    /**
     * Checks loaders and arranges them in a tree; a step given without a strategy is joined when it is a to-one and
     * not {@code lazy}, else select-in.
     *
     * @param table the table the loaders start from
     * @param loaders the loaders
     * @param lazy whether the rows are already read ({@code load}): then bare steps are select-in
     * @return the relationships to load from the table's rows
     */
    static Map<Relationship<?, ?>, Node> plan(TableRef<?, ?> table, List<? extends Loader<?>> loaders, boolean lazy) {
        Map<Relationship<?, ?>, Node> roots = new LinkedHashMap<>();
        List<Entry> entries = new ArrayList<>();
        List<Entry> expanded = new ArrayList<>();
        for (Loader<?> loader : loaders) {
            switch (loader) {
                case Relationship<?, ?> relationship ->
                    entries.add(new Entry(loader, List.of(relationship), null, null));
                case Path<?, ?> path -> entries.add(new Entry(loader, path.steps(), null, null));
                case Load<?, ?> load ->
                    entries.add(new Entry(loader, load.path().steps(), load.strategy(), load));
                case Depth<?> depth -> {
                    if (!depth.table().recordType().equals(table.recordType())) {
                        throw startsElsewhere(loader, depth.table(), table);
                    }
                    expand(
                            loader,
                            depth.table(),
                            depth.levels(),
                            new ArrayList<>(List.of(table.recordType())),
                            new ArrayList<>(),
                            expanded);
                }
            }
        }
        // Depth paths come after the named loaders, so that a named lazy or none step prunes them.
        entries.addAll(expanded);
        for (Entry entry : entries) {
            Loader<?> loader = entry.loader();
            List<Relationship<?, ?>> steps = entry.steps();
            Strategy given = entry.given();
            Load<?, ?> options = entry.options();
            Relationship<?, ?> first = steps.getFirst();
            if (!first.source().recordType().equals(table.recordType())) {
                throw startsElsewhere(loader, first.source(), table);
            }
            if (loader instanceof Depth<?> && disabledOnTheWay(roots, steps)) {
                continue;
            }
            Map<Relationship<?, ?>, Node> level = roots;
            StringBuilder path = new StringBuilder();
            for (int i = 0; i < steps.size(); i++) {
                Relationship<?, ?> step = steps.get(i);
                path.append(i == 0 ? "" : ".").append(step.name());
                boolean last = i == steps.size() - 1;
                Strategy strategy =
                        last && given != null ? given : lazy || step.toMany() ? Strategy.SELECT_IN : Strategy.JOINED;
                Node node = level.get(step);
                if (node == null) {
                    node = new Node(step, path.toString(), strategy);
                    level.put(step, node);
                }
                if (last && given != null) {
                    if (node.explicit && node.strategy != given) {
                        throw invalid(
                                table,
                                "loader path '" + node.path + "' has conflicting strategies '" + node.strategy.label()
                                        + "' and '" + given.label() + "'");
                    }
                    if (node.options != null && options != null && !sameOptions(node.options, options)) {
                        throw invalid(
                                table,
                                "loader path '" + node.path + "' is given twice with different options: " + node.options
                                        + " and " + options);
                    }
                    node.strategy = given;
                    node.explicit = true;
                    if (options != null) {
                        node.options = options;
                    }
                }
                level = node.children;
            }
        }
        roots.values().forEach(node -> checkDisabled(table, node));
        return Collections.unmodifiableMap(roots);
    }

    /** A loader given to a handle of another table than the one it starts from. */
    private static RelationException startsElsewhere(Loader<?> loader, TableRef<?, ?> start, TableRef<?, ?> table) {
        return new RelationException(
                ErrorCode.RELATION_MISUSED,
                new ErrorContext("loading", table.name(), null),
                "loader " + loader + " starts at table " + start.name() + ", not at " + table.name(),
                "give it to a handle of " + start.name() + ", or start it at a relationship of " + table.name()
                        + " (available relationships: " + available(table) + ")",
                null);
    }

    /** One path to load, from a loader: its steps, and the strategy and options of its last step if given. */
    private record Entry(
            Loader<?> loader,
            List<Relationship<?, ?>> steps,
            @Nullable Strategy given,
            @Nullable Load<?, ?> options) {}

    /** Every path up to {@code levels} steps from a table; a path back to a table already on it is not followed. */
    private static void expand(
            Loader<?> loader,
            TableRef<?, ?> table,
            int levels,
            List<Class<?>> visited,
            List<Relationship<?, ?>> prefix,
            List<Entry> into) {
        if (!(table instanceof GeneratedTable<?, ?> generated)) {
            return;
        }
        for (Relationship<?, ?> relationship : generated.relationships()) {
            List<Relationship<?, ?>> path = new ArrayList<>(prefix);
            path.add(relationship);
            into.add(new Entry(loader, List.copyOf(path), null, null));
            Class<?> target = relationship.target().recordType();
            if (levels > 1 && !visited.contains(target)) {
                visited.add(target);
                expand(loader, relationship.target(), levels - 1, visited, path, into);
                visited.remove(visited.size() - 1);
            }
        }
    }

    /** Whether a path passes a step already planned as lazy or none. */
    private static boolean disabledOnTheWay(Map<Relationship<?, ?>, Node> roots, List<Relationship<?, ?>> steps) {
        Map<Relationship<?, ?>, Node> level = roots;
        for (Relationship<?, ?> step : steps) {
            Node node = level.get(step);
            if (node == null) {
                return false;
            }
            if (!node.strategy.eager()) {
                return true;
            }
            level = node.children;
        }
        return false;
    }

    private static boolean sameOptions(Load<?, ?> a, Load<?, ?> b) {
        return Objects.equals(a.where(), b.where())
                && Objects.equals(a.orderBy(), b.orderBy())
                && a.batch() == b.batch()
                && a.limitPerParent() == b.limitPerParent();
    }

    private static void checkDisabled(TableRef<?, ?> table, Node node) {
        Load<?, ?> options = node.options;
        if (node.strategy == Strategy.JOINED && options != null && options.limitPerParent() > 0) {
            throw invalid(
                    table,
                    "loader path '" + node.path + "' cannot limit rows per parent with strategy 'joined', which reads"
                            + " each collection whole; use selectIn() with limitPerParent");
        }
        for (Node child : node.children.values()) {
            if (!node.strategy.eager() && child.strategy.eager()) {
                throw invalid(
                        table,
                        "loader path '" + child.path + "' cannot be eager loaded because '" + node.path
                                + "' is disabled (" + node.strategy.label() + ")");
            }
            checkDisabled(table, child);
        }
    }

    private static RelationException invalid(TableRef<?, ?> table, String problem) {
        return new RelationException(
                ErrorCode.LOADER_INVALID, new ErrorContext("loading", table.name(), null), problem, null, null);
    }

    /** The table's relationships by name, for messages: {@code comments, posts}, or {@code none}. */
    static String available(TableRef<?, ?> table) {
        if (!(table instanceof GeneratedTable<?, ?> generated)
                || generated.relationships().isEmpty()) {
            return "none";
        }
        List<String> names = new ArrayList<>();
        generated.relationships().forEach(relationship -> names.add(relationship.name()));
        Collections.sort(names);
        return String.join(", ", names);
    }

    /**
     * Loads the planned relationships onto rows.
     *
     * @param db the database
     * @param scope where the statements run: the handle's scope, a transaction's connection or the pool
     * @param call the operation, for messages
     * @param table the rows' table
     * @param rows the rows
     * @param plan the relationships to load, from {@link #plan}
     * @param <T> the record type
     * @return the rows, in the same order, with the relationships loaded
     */
    static <T extends Record> List<T> load(
            Database db,
            Scope scope,
            Call call,
            GeneratedTable<T, ?> table,
            List<T> rows,
            Map<Relationship<?, ?>, Node> plan) {
        if (rows.isEmpty() || plan.isEmpty()) {
            return rows;
        }
        return new Loading(db, scope, call).apply(table, rows, plan.values(), false);
    }

    /**
     * Reads the rows of a table that match a filter, in order and paged, with the planned relationships: the joined
     * ones in the same statement, the select-in ones after it.
     *
     * @param db the database
     * @param scope where the statements run
     * @param call the operation, for messages
     * @param table the table
     * @param where the filter, or {@code null}
     * @param order the order
     * @param limit the most rows, 0 for all
     * @param offset the rows to skip
     * @param plan the relationships to load, from {@link #plan}
     * @param templates the joined statements of this plan already made, per shape
     * @param <T> the record type
     * @return the records, in order, with the relationships loaded
     */
    static <T extends Record> List<T> query(
            Database db,
            Scope scope,
            Call call,
            GeneratedTable<T, ?> table,
            @Nullable Expr where,
            List<SortItem> order,
            long limit,
            long offset,
            Map<Relationship<?, ?>, Node> plan,
            JoinedFetch.Templates templates) {
        Loading loading = new Loading(db, scope, call);
        List<T> rows = new JoinedFetch(db, loading, call)
                .fetch(scope, table, where, order, limit, offset, List.copyOf(plan.values()), templates);
        return loading.apply(table, rows, plan.values(), true);
    }

    /** Whether a plan joins a relationship to the rows it starts from. */
    static boolean joinsRoot(Map<Relationship<?, ?>, Node> plan) {
        return plan.values().stream().anyMatch(node -> node.strategy == Strategy.JOINED);
    }

    /** The relationships of rows a joined statement read: its select-in ones (the joined ones are attached). */
    <P extends Record> List<P> afterJoin(GeneratedTable<P, ?> table, List<P> rows, Collection<Node> nodes) {
        return apply(table, rows, nodes, true);
    }

    /**
     * Loads relationships onto rows; with {@code joined}, the rows came from a statement that joined the joined
     * relationships already, else those are read select-in too (rows already in memory).
     */
    private <P extends Record> List<P> apply(
            GeneratedTable<P, ?> table, List<P> parents, Collection<Node> nodes, boolean joined) {
        List<Node> eager = nodes.stream()
                .filter(node -> joined ? node.strategy == Strategy.SELECT_IN : node.strategy.eager())
                .toList();
        if (eager.isEmpty() || parents.isEmpty()) {
            return parents;
        }
        List<UnaryOperator<P>> attachments = new ArrayList<>(eager.size());
        if (eager.size() == 1 || !concurrent()) {
            for (Node node : eager) {
                attachments.add(attachment(table, parents, node));
            }
        } else {
            attachments.addAll(concurrently(table, parents, eager));
        }
        List<P> loaded = new ArrayList<>(parents.size());
        for (P parent : parents) {
            P current = parent;
            for (UnaryOperator<P> attachment : attachments) {
                current = attachment.apply(current);
            }
            loaded.add(current);
        }
        return loaded;
    }

    /** Whether sibling relationships may be read at once: on the pool of a server database, not in a transaction. */
    private boolean concurrent() {
        return scope == db && db.dialect().id() != DialectId.SQLITE;
    }

    private <P extends Record> List<UnaryOperator<P>> concurrently(
            GeneratedTable<P, ?> table, List<P> parents, List<Node> eager) {
        try (ExecutorService threads = Executors.newThreadPerTaskExecutor(
                Thread.ofVirtual().name("ormdantic-load-", 0).factory())) {
            List<CompletableFuture<UnaryOperator<P>>> futures = new ArrayList<>();
            for (Node node : eager) {
                futures.add(CompletableFuture.supplyAsync(() -> attachment(table, parents, node), threads));
            }
            List<UnaryOperator<P>> attachments = new ArrayList<>();
            for (CompletableFuture<UnaryOperator<P>> future : futures) {
                try {
                    attachments.add(future.join());
                } catch (CompletionException e) {
                    if (e.getCause() instanceof RuntimeException failure) {
                        throw failure;
                    }
                    throw e;
                }
            }
            return attachments;
        }
    }

    @SuppressWarnings("unchecked") // a node under a table of P holds a relationship of P
    private <P extends Record> UnaryOperator<P> attachment(GeneratedTable<P, ?> table, List<P> parents, Node node) {
        return switch (node.relationship) {
            case ToOne<?, ?> one -> toOne(parents, (ToOne<P, Record>) one, node);
            case ToMany<?, ?> many -> {
                ToMany<P, Record> relationship = (ToMany<P, Record>) many;
                yield relationship.through()
                        ? through(table, parents, relationship, node)
                        : backReference(table, parents, relationship, node);
            }
        };
    }

    private <P extends Record, C extends Record> UnaryOperator<P> toOne(List<P> parents, ToOne<P, C> one, Node node) {
        Set<Object> keys = new LinkedHashSet<>();
        for (P parent : parents) {
            Ref<C, ?> ref = one.get(parent);
            if (ref != null) {
                keys.add(ref.key());
            }
        }
        GeneratedTable<C, ?> target = generated(one.target());
        List<C> rows = fetch(target, one.targetColumn(), keys, node, null);
        Map<Object, C> byKey = new HashMap<>();
        for (C row : rows) {
            byKey.put(target.key(row), row);
        }
        return parent -> {
            Ref<C, ?> ref = one.get(parent);
            if (ref == null) {
                return parent;
            }
            Object key = ref.key();
            return one.with(parent, one.loaded(key, byKey.get(key)));
        };
    }

    private <P extends Record, C extends Record> UnaryOperator<P> backReference(
            GeneratedTable<P, ?> table, List<P> parents, ToMany<P, C> many, Node node) {
        ToOne<?, P> back = many.back();
        GeneratedTable<C, ?> target = generated(many.target());
        List<C> rows = fetch(target, back.column(), parentKeys(table, parents), node, back.column());
        @SuppressWarnings("unchecked") // the back reference is a reference of the target table's records
        ToOne<C, P> reference = (ToOne<C, P>) back;
        Map<Object, List<C>> byParent = new HashMap<>();
        for (C row : rows) {
            Ref<P, ?> ref = Objects.requireNonNull(reference.get(row), "a row found by its reference holds it");
            byParent.computeIfAbsent(ref.key(), key -> new ArrayList<>()).add(row);
        }
        return collections(table, many, byParent);
    }

    private <P extends Record, C extends Record> UnaryOperator<P> through(
            GeneratedTable<P, ?> table, List<P> parents, ToMany<P, C> many, Node node) {
        @SuppressWarnings("unchecked") // the association table's references, as the constructor typed them
        ToOne<Record, P> back = (ToOne<Record, P>) many.back();
        @SuppressWarnings("unchecked")
        ToOne<Record, C> forward = (ToOne<Record, C>) Objects.requireNonNull(many.forward());
        GeneratedTable<Record, ?> association = generated(back.source());
        List<Record> links = fetchPlain(association, back.column(), parentKeys(table, parents));
        Map<Object, List<Object>> targetsOf = new HashMap<>();
        Set<Object> targetKeys = new LinkedHashSet<>();
        for (Record link : links) {
            Ref<P, ?> from = Objects.requireNonNull(back.get(link), "a row found by its reference holds it");
            Ref<C, ?> to = forward.get(link);
            if (to != null) {
                targetsOf.computeIfAbsent(from.key(), key -> new ArrayList<>()).add(to.key());
                targetKeys.add(to.key());
            }
        }
        GeneratedTable<C, ?> target = generated(many.target());
        List<C> rows = fetch(target, forward.targetColumn(), targetKeys, node, null);
        Map<Object, Integer> position = new HashMap<>();
        Map<Object, C> byKey = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Object key = target.key(rows.get(i));
            position.put(key, i);
            byKey.put(key, rows.get(i));
        }
        int limit = node.options == null ? 0 : node.options.limitPerParent();
        Map<Object, List<C>> byParent = new HashMap<>();
        targetsOf.forEach((parentKey, keys) -> {
            List<Object> present = new ArrayList<>(new LinkedHashSet<>(keys));
            present.removeIf(key -> !byKey.containsKey(key));
            present.sort((a, b) -> Integer.compare(position.getOrDefault(a, 0), position.getOrDefault(b, 0)));
            List<C> related = new ArrayList<>();
            for (Object key : present) {
                if (limit > 0 && related.size() == limit) {
                    break;
                }
                related.add(byKey.get(key));
            }
            byParent.put(parentKey, related);
        });
        return collections(table, many, byParent);
    }

    private static <P extends Record, C extends Record> UnaryOperator<P> collections(
            GeneratedTable<P, ?> table, ToMany<P, C> many, Map<Object, List<C>> byParent) {
        Map<Object, List<C>> frozen = new HashMap<>();
        byParent.forEach((key, rows) -> frozen.put(key, Collections.unmodifiableList(rows)));
        return parent -> many.with(parent, many.loaded(frozen.getOrDefault(table.key(parent), List.of())));
    }

    private static <P extends Record> Set<Object> parentKeys(GeneratedTable<P, ?> table, List<P> parents) {
        Set<Object> keys = new LinkedHashSet<>();
        for (P parent : parents) {
            keys.add(table.key(parent));
        }
        return keys;
    }

    /**
     * The rows of a table whose column holds one of the keys, in batches, with the node's filter and order (the
     * table's key order by default) and the node's own relationships loaded: its joined ones in the same statement,
     * unless a per-parent limit ranks the rows (then they are read select-in, as are the others). With a per-parent
     * limit, each parent's first rows, ranked in the database.
     */
    @SuppressWarnings("unchecked") // the node's options are of the table the node reads
    private <C extends Record> List<C> fetch(
            GeneratedTable<C, ?> target,
            String column,
            Collection<Object> keys,
            Node node,
            @Nullable String partition) {
        if (keys.isEmpty()) {
            return List.of();
        }
        Load<?, C> options = (Load<?, C>) node.options;
        Filter<C> where = options == null || options.where() == null ? Filter.all() : options.where();
        OrderBy<C> order = options == null || options.orderBy() == null ? keyOrder(target) : options.orderBy();
        int batch = options == null || options.batch() == 0 ? batchSize() : options.batch();
        int perParent = options == null || partition == null ? 0 : options.limitPerParent();
        boolean join = perParent == 0 && joinsRoot(node.children);
        JdbcTableHandle<C, ?> handle = db.handle(target).in(scope);
        Column<C, Object> keyColumn = column(target, column);
        List<Object> all = new ArrayList<>(keys);
        List<C> rows = new ArrayList<>();
        for (int from = 0; from < all.size(); from += batch) {
            List<Object> chunk = all.subList(from, Math.min(all.size(), from + batch));
            Filter<C> filter = keysIn(keyColumn, chunk).and(where);
            if (join) {
                rows.addAll(new JoinedFetch(db, this, call)
                        .fetch(
                                scope,
                                target,
                                QueryTrees.where(filter),
                                QueryTrees.order(order),
                                0,
                                0,
                                List.copyOf(node.children.values()),
                                node.joined));
            } else if (perParent > 0) {
                rows.addAll(handle.firstPerGroup(
                        filter, order, column(target, Objects.requireNonNull(partition)), perParent));
            } else {
                rows.addAll(handle.findMany(filter, order).data());
            }
        }
        return apply(target, rows, node.children.values(), join);
    }

    /** The rows of a table whose column holds one of the keys, in batches, in key order. */
    private <C extends Record> List<C> fetchPlain(GeneratedTable<C, ?> target, String column, Collection<Object> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        JdbcTableHandle<C, ?> handle = db.handle(target).in(scope);
        Column<C, Object> keyColumn = column(target, column);
        List<Object> all = new ArrayList<>(keys);
        List<C> rows = new ArrayList<>();
        int batch = batchSize();
        for (int from = 0; from < all.size(); from += batch) {
            List<Object> chunk = all.subList(from, Math.min(all.size(), from + batch));
            rows.addAll(
                    handle.findMany(keysIn(keyColumn, chunk), keyOrder(target)).data());
        }
        return rows;
    }

    private int batchSize() {
        return batchSize(db.dialect());
    }

    /**
     * The parent keys one select-in statement carries unless the loader says otherwise: on PostgreSQL, which binds
     * them as one array, all of them; elsewhere at most {@value #DEFAULT_BATCH} (Oracle's limit of an {@code IN}
     * list), leaving room for the loader's own filter values under the dialect's parameter limit (SQL Server's
     * 2,100).
     */
    static int batchSize(dev.ormdantic.dialect.Dialect dialect) {
        if (QuerySyntax.of(dialect.id()).inLists() == QuerySyntax.InLists.ARRAY) {
            return Integer.MAX_VALUE;
        }
        return Math.max(1, Math.min(DEFAULT_BATCH, dialect.capabilities().maxBindParameters() - 100));
    }

    /**
     * The rows whose column holds one of the keys, with the keys bound as one list: PostgreSQL gets one array
     * parameter ({@code IN (SELECT unnest(CAST(? AS bigint[])))}) whatever the batch's length, so every batch is one statement
     * text and one server-side plan; the other dialects get the list's items ({@code IN (?, ?, ...)}).
     */
    static <C> Filter<C> keysIn(Column<C, Object> column, List<Object> keys) {
        Expr tree = QueryTrees.where(column.in(keys));
        if (tree instanceof Expr.In in && !in.values().isEmpty()) {
            List<Object> values = new ArrayList<>(in.values().size());
            for (Expr value : in.values()) {
                if (!(value instanceof Expr.Param param) || param.value() == null) {
                    return column.in(keys);
                }
                values.add(param.value());
            }
            Expr.Param first = (Expr.Param) in.values().get(0);
            return QueryTrees.filter(
                    new Expr.In(in.operand(), List.of(first.withValue(new ValueList(values))), in.negated()));
        }
        return column.in(keys);
    }

    private static <C extends Record> OrderBy<C> keyOrder(GeneratedTable<C, ?> table) {
        OrderBy<C> order = OrderBy.none();
        for (String key : table.spec().primaryKey()) {
            order = order.thenAsc(column(table, key));
        }
        return order;
    }

    @SuppressWarnings("unchecked") // a loader compares the column with values read from the same kind of column
    static <C extends Record> Column<C, Object> column(GeneratedTable<C, ?> table, String name) {
        for (Column<C, ?> column : table.columns()) {
            if (column.name().equals(name)) {
                return (Column<C, Object>) column;
            }
        }
        throw new IllegalStateException("table " + table.name() + " has no column " + name);
    }

    @SuppressWarnings("unchecked") // only the processor implements TableRef
    static <C extends Record> GeneratedTable<C, ?> generated(TableRef<C, ?> table) {
        if (table instanceof GeneratedTable<?, ?> generated) {
            return (GeneratedTable<C, ?>) generated;
        }
        throw new OrmdanticException(
                ErrorCode.UNKNOWN_TABLE,
                ErrorContext.none(),
                "table " + table.name() + " is not a generated table",
                null,
                null);
    }
}
