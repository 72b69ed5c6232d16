package dev.ormdantic.internal.exec;

import dev.ormdantic.dialect.DynamicSql;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.Cte;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.Join;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.Projection;
import dev.ormdantic.dialect.sql.Qualify;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.Shape;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.jdbc.FilterValues;
import dev.ormdantic.internal.jdbc.JdbcParams;
import dev.ormdantic.internal.jdbc.JdbcRow;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.relation.Load;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.relation.Strategy;
import dev.ormdantic.relation.ToMany;
import dev.ormdantic.relation.ToOne;
import dev.ormdantic.support.GeneratedTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One statement that reads rows together with their joined relationships, folded back into records:
 *
 * <pre>{@code
 * WITH ormdantic_base AS (SELECT <cols> FROM post WHERE <filter> [ORDER BY <order> LIMIT ? OFFSET ?])
 * SELECT post.<cols>, ormdantic_j1.<cols>, ...
 * FROM ormdantic_base post
 * LEFT JOIN author ormdantic_j1 ON ormdantic_j1.id = post.author [AND <loader filter>]
 * LEFT JOIN comment ormdantic_j2 ON ormdantic_j2.post = post.id [AND <loader filter>]
 * ORDER BY <order on post>, post.<key>, <loader order on ormdantic_j2>, ormdantic_j2.<key>
 * }</pre>
 *
 * <p>With a page, the filter, order and page apply to the base rows inside the common table expression, so a page is
 * a page of parents, never of joined rows (collections are never truncated), and the parents' filter is unchanged,
 * its columns unqualified. The base is aliased with its own table's name, so a correlated subquery of the filter or
 * order names it as usual. Without a page there is no base: the statement reads the table itself, its filter's
 * columns qualified with the table's name (a correlated subquery of it names the table, as it would anyway). A parent without a match keeps its place with {@code NULL}s in the joined columns: an empty collection,
 * or a reference loaded as dangling. A to-many joined rows repeat their parent; each row is read once per key.
 */
final class JoinedFetch {

    private static final String BASE = "ormdantic_base";

    /** The database, the loading it serves and its call; all {@code null} for a fetch made only to render. */
    private final @Nullable Database db;

    private final @Nullable Loading loading;
    private final @Nullable Call call;
    private int aliases;

    /** The to-many relationships joined so far, in the order they are joined (depth first). */
    private int toManyJoined;

    /**
     * Where one joined relationship's columns are in the result and how its rows arrive: the same for every call of a
     * statement's shape, so laid out once per shape ({@link Templates}).
     */
    private static final class Layout {
        /** The relationship, or {@code null} for the rows the statement reads. */
        final Loading.@Nullable Node node;

        final GeneratedTable<Record, ?> table;
        final int offset;
        final int[] keyPositions;
        final List<Layout> children = new ArrayList<>();

        /**
         * Whether the result rows of one parent row arrive together and repeat this step's row only next to itself:
         * the parent's rows arrive in one block each, and no to-many relationship joined before this one (other than
         * its ancestors) multiplies them in between. The statement's order makes it so: parents' keys, then each
         * to-many relationship's order and key, in join order.
         */
        final boolean grouped;

        /** Whether each of this step's rows arrives in one block of result rows (the root, or a grouped to-many). */
        final boolean contiguous;

        Layout(
                Loading.@Nullable Node node,
                GeneratedTable<Record, ?> table,
                int offset,
                boolean grouped,
                boolean contiguous) {
            this.node = node;
            this.table = table;
            this.offset = offset;
            this.keyPositions = keyPositions(table.spec());
            this.grouped = grouped;
            this.contiguous = contiguous;
        }
    }

    /** One joined relationship of one call: its layout and its rows as read. */
    private static final class Step {
        final Layout layout;
        final List<Step> children;

        /** This step's rows in the order first read; a row's position here is how its parent and children find it. */
        final List<Record> rows = new ArrayList<>();

        /** The position of each key read, for a step whose rows may come back in several blocks; else {@code null}. */
        final @Nullable Map<Object, Integer> positions;

        /**
         * The positions of this step's rows per position of its parent's row, in the order read, each once. When
         * {@link Layout#grouped}, a repeated pair only ever follows itself, so comparing with the last position is
         * enough; otherwise a set keeps them distinct.
         */
        final List<@Nullable Links> links = new ArrayList<>();

        @Nullable
        JdbcRow reader;

        /** The key of the row read last, for a {@link Layout#contiguous} step. */
        @Nullable
        Object lastKey;

        Step(Layout layout) {
            this.layout = layout;
            this.positions = layout.contiguous ? null : new java.util.HashMap<>();
            this.children = new ArrayList<>(layout.children.size());
            for (Layout child : layout.children) {
                children.add(new Step(child));
            }
        }
    }

    /** The positions of one parent row's related rows, without boxing; a set of them too unless grouped. */
    private static final class Links {
        int[] at = new int[4];
        int size;
        final @Nullable Set<Integer> seen;

        Links(boolean grouped) {
            seen = grouped ? null : new java.util.HashSet<>();
        }

        void add(int position) {
            if (seen == null ? size > 0 && at[size - 1] == position : !seen.add(position)) {
                return;
            }
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = position;
        }
    }

    JoinedFetch(@Nullable Database db, @Nullable Loading loading, @Nullable Call call) {
        this.db = db;
        this.loading = loading;
        this.call = call;
    }

    /**
     * The statements of one set of relationships to load (a handle's loaders, or one relationship's joined children),
     * rendered and laid out once per shape of filter, order and page: a call of a known shape only fills the filter's
     * values in. Bounded: when full it starts over.
     */
    static final class Templates {

        static final int MAX_ENTRIES = 64;

        private final ConcurrentHashMap<Key, Template> templates = new ConcurrentHashMap<>();

        /** A shape: the filter without its values, the order and the page (both rendered into the layout). */
        private record Key(@Nullable Expr where, List<SortItem> order, long limit, long offset) {}

        /**
         * A statement's shape, rendered, and where each of its values comes from: {@code fromFilter[i]} is the index of
         * the call's filter value that fills slot {@code i}, or -1 for a value fixed for the shape ({@code fixed[i]}:
         * a loader's filter value or one in the order).
         */
        private static final class Template {
            private final Select node;
            private final RenderedSql sql;
            private final int[] fromFilter;
            private final @Nullable Object[] fixed;
            private final Layout root;

            Template(Select node, RenderedSql sql, int[] fromFilter, @Nullable Object[] fixed, Layout root) {
                this.node = node;
                this.sql = sql;
                this.fromFilter = fromFilter;
                this.fixed = fixed;
                this.root = root;
            }

            Layout root() {
                return root;
            }

            /** The statement of a call whose filter has these values. */
            RenderedSql fill(List<Object> filterValues) {
                List<Object> values = new ArrayList<>(fromFilter.length);
                for (int i = 0; i < fromFilter.length; i++) {
                    values.add(fromFilter[i] >= 0 ? filterValues.get(fromFilter[i]) : fixed[i]);
                }
                return new Shape<>(node, values).fill(sql);
            }
        }

        /** How many templates were made. */
        private final java.util.concurrent.atomic.AtomicLong made = new java.util.concurrent.atomic.AtomicLong();

        long made() {
            return made.get();
        }

        private @Nullable Template get(Key key) {
            return templates.get(key);
        }

        private Template put(Key key, Template template) {
            made.incrementAndGet();
            if (templates.size() >= MAX_ENTRIES) {
                templates.clear();
            }
            Template raced = templates.putIfAbsent(key, template);
            return raced == null ? template : raced;
        }
    }

    /**
     * Reads the rows of a table that match a filter, with the joined relationships among {@code nodes} (and theirs)
     * loaded in the same statement, then the select-in ones below them.
     *
     * @param scope where the statement runs
     * @param table the table
     * @param where the filter, or {@code null} for every row
     * @param order the order of the rows
     * @param limit the most rows, 0 for all
     * @param offset the rows to skip
     * @param nodes the relationships to load from the rows; the joined ones are joined here
     * @param templates the statements of these {@code nodes} already made, per shape
     * @param <T> the record type
     * @return the records in order, with the joined relationships attached (the others are left to the caller)
     */
    <T extends Record> List<T> fetch(
            Scope scope,
            GeneratedTable<T, ?> table,
            @Nullable Expr where,
            List<SortItem> order,
            long limit,
            long offset,
            List<Loading.Node> nodes,
            Templates templates) {
        Database db = java.util.Objects.requireNonNull(this.db);
        Call call = java.util.Objects.requireNonNull(this.call);
        FilterValues.checkFilter(where, db.codec().limits(), call);
        Shape<Expr> whereShape = where == null ? null : Shape.of(where);
        Templates.Key key = new Templates.Key(whereShape == null ? null : whereShape.node(), order, limit, offset);
        Templates.Template template = templates.get(key);
        if (template == null) {
            template = templates.put(key, template(db, table, whereShape, order, limit, offset, nodes));
        }
        RenderedSql sql = template.fill(whereShape == null ? List.of() : whereShape.values());
        return read(db, call, scope, sql, new Step(template.root()));
    }

    /**
     * Builds, renders and lays out the statement of one shape. It is built from the filter's shape, whose slots stand
     * for the call's values: where one of them lands in the statement, the call's value goes; every other value is
     * the shape's own.
     */
    private <T extends Record> Templates.Template template(
            Database db,
            GeneratedTable<T, ?> table,
            @Nullable Shape<Expr> whereShape,
            List<SortItem> order,
            long limit,
            long offset,
            List<Loading.Node> nodes) {
        @SuppressWarnings("unchecked") // the root step reads records of the table
        Layout root = new Layout(null, (GeneratedTable<Record, ?>) table, 0, true, true);
        Shape<Select> shape =
                Shape.of(build(root, whereShape == null ? null : whereShape.node(), order, limit, offset, nodes));
        List<Object> values = shape.values();
        int[] fromFilter = new int[values.size()];
        @Nullable Object[] fixed = new Object[values.size()];
        for (int i = 0; i < fromFilter.length; i++) {
            Object value = values.get(i);
            if (value instanceof Shape.Slot slot) {
                fromFilter[i] = slot.index();
            } else {
                fromFilter[i] = -1;
                fixed[i] = value;
            }
        }
        RenderedSql sql = db.joinedStatements()
                .get(shape.node(), () -> DynamicSql.select(db.dialect(), shape.node(), table.spec()));
        return new Templates.Template(shape.node(), sql, fromFilter, fixed, root);
    }

    /** Runs the statement and folds its rows into the steps' records. */
    private <T extends Record> List<T> read(Database db, Call call, Scope scope, RenderedSql sql, Step root) {
        scope.withConnection(call, connection -> {
            try (PreparedStatement ps = db.prepare(connection, sql.sql(), call)) {
                JdbcParams params = new JdbcParams(ps, db.codec(), call);
                for (Expr.Param param : sql.params()) {
                    params.setParam(DynamicSql.bindable(db.dialect(), param));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    prepareReaders(rs, root);
                    while (rs.next()) {
                        readRow(rs, root, -1);
                    }
                }
            }
            return Boolean.TRUE;
        });
        @SuppressWarnings("unchecked") // the root step's rows are of the table
        List<T> rows = (List<T>) new ArrayList<>(finish(root));
        return rows;
    }

    /**
     * The statement {@link #fetch} sends for a plan, rendered for a dialect without a database: for SQL goldens and
     * the documentation.
     *
     * @param dialect the dialect
     * @param table the table the rows are read from
     * @param where the filter, or {@code null}
     * @param order the order of the rows
     * @param limit the most rows, 0 for all
     * @param offset the rows to skip
     * @param plan the planned relationships, from {@link Loading#plan}
     * @return the SQL and its parameters
     */
    public static RenderedSql render(
            dev.ormdantic.dialect.Dialect dialect,
            GeneratedTable<?, ?> table,
            @Nullable Expr where,
            List<SortItem> order,
            long limit,
            long offset,
            Map<dev.ormdantic.relation.Relationship<?, ?>, Loading.Node> plan) {
        @SuppressWarnings("unchecked") // the root step reads records of the table
        Layout root = new Layout(null, (GeneratedTable<Record, ?>) table, 0, true, true);
        JoinedFetch rendering = new JoinedFetch(null, null, null);
        Select select = rendering.build(root, where, order, limit, offset, List.copyOf(plan.values()));
        return DynamicSql.select(dialect, select, table.spec());
    }

    private Select build(
            Layout root,
            @Nullable Expr where,
            List<SortItem> order,
            long limit,
            long offset,
            List<Loading.Node> nodes) {
        aliases = 0;
        toManyJoined = 0;
        TableSpec spec = root.table.spec();
        String alias = spec.name();
        List<Projection> projections = new ArrayList<>();
        List<Join> joins = new ArrayList<>();
        List<SortItem> sort = new ArrayList<>();
        for (SortItem item : order) {
            sort.add(Qualify.item(item, alias));
        }
        byKey(sort, spec, alias);
        List<Projection> baseColumns = new ArrayList<>();
        for (ColumnSpec column : spec.columns()) {
            projections.add(new Projection(new Expr.Column(column.name(), alias), null));
            baseColumns.add(new Projection(new Expr.Column(column.name(), null), null));
        }
        int[] width = {spec.columns().size()};
        for (Loading.Node node : nodes) {
            if (node.strategy == Strategy.JOINED) {
                root.children.add(join(node, root, alias, projections, joins, sort, width, 0));
            }
        }
        boolean paged = limit > 0 || offset > 0;
        if (!paged) {
            // Without a page the parents need no base of their own: their filter, qualified, is the statement's.
            return new Select(
                    List.of(),
                    false,
                    projections,
                    spec.name(),
                    null,
                    where == null ? null : Qualify.columns(where, alias),
                    List.of(),
                    null,
                    sort,
                    0,
                    0,
                    spec.schema(),
                    joins);
        }
        Select base = new Select(
                List.of(),
                false,
                baseColumns,
                spec.name(),
                null,
                where,
                List.of(),
                null,
                order,
                limit,
                offset,
                spec.schema());
        Select select = new Select(
                List.of(new Cte(BASE, List.of(), List.of(base), false)),
                false,
                projections,
                BASE,
                alias,
                null,
                List.of(),
                null,
                sort,
                0,
                0,
                "",
                joins);
        return select;
    }

    private Layout join(
            Loading.Node node,
            Layout parent,
            String parentAlias,
            List<Projection> projections,
            List<Join> joins,
            List<SortItem> sort,
            int[] width,
            int toManyAncestors) {
        String alias = "ormdantic_j" + ++aliases;
        Load<?, ?> options = node.options;
        Expr filter = options == null || options.where() == null ? null : QueryTrees.where(options.where());
        GeneratedTable<Record, ?> target;
        Expr on;
        boolean viaAssociation = false;
        switch (node.relationship) {
            case ToOne<?, ?> one -> {
                target = table(one.target());
                on = equal(one.targetColumn(), alias, one.column(), parentAlias);
            }
            case ToMany<?, ?> many -> {
                target = table(many.target());
                ToOne<?, ?> back = many.back();
                ToOne<?, ?> forward = many.forward();
                if (forward == null) {
                    on = equal(back.column(), alias, back.targetColumn(), parentAlias);
                } else {
                    viaAssociation = true;
                    String link = "ormdantic_a" + aliases;
                    TableSpec association = table(back.source()).spec();
                    joins.add(new Join(
                            association.name(),
                            association.schema(),
                            link,
                            equal(back.column(), link, back.targetColumn(), parentAlias)));
                    on = equal(forward.targetColumn(), alias, forward.column(), link);
                }
            }
        }
        if (filter != null && Qualify.hasSubquery(filter)) {
            throw new dev.ormdantic.error.RelationException(
                    dev.ormdantic.error.ErrorCode.LOADER_INVALID,
                    call == null ? dev.ormdantic.error.ErrorContext.none() : call.context(),
                    "loader path '" + node.path + "' filters its joined rows with a relation predicate or subquery,"
                            + " which cannot go into a join condition",
                    "load it with selectIn(), whose filter may use relation predicates",
                    null);
        }
        if (filter != null && !(filter instanceof Expr.And all && all.terms().isEmpty())) {
            on = new Expr.And(List.of(on, Qualify.columns(filter, alias)));
        }
        TableSpec spec = target.spec();
        joins.add(new Join(spec.name(), spec.schema(), alias, on));
        boolean toMany = node.relationship.toMany();
        // a to-one row is the same for every result row of its parent; a to-many one repeats next to itself unless
        // an earlier to-many relationship that is not its ancestor multiplies the rows in between. A row reached
        // through an association table may belong to several parents, so it comes back in several blocks.
        boolean grouped = parent.contiguous && (!toMany || toManyJoined == toManyAncestors);
        Layout step = new Layout(node, target, width[0], grouped, toMany && grouped && !viaAssociation);
        if (toMany) {
            toManyJoined++;
        }
        for (ColumnSpec column : spec.columns()) {
            projections.add(new Projection(new Expr.Column(column.name(), alias), null));
        }
        width[0] += spec.columns().size();
        if (node.relationship.toMany()) {
            OrderBy<?> order = options == null ? null : options.orderBy();
            if (order != null) {
                for (SortItem item : QueryTrees.order(order)) {
                    sort.add(Qualify.item(item, alias));
                }
            }
            byKey(sort, spec, alias);
        }
        for (Loading.Node child : node.children.values()) {
            if (child.strategy == Strategy.JOINED) {
                step.children.add(
                        join(child, step, alias, projections, joins, sort, width, toManyAncestors + (toMany ? 1 : 0)));
            }
        }
        return step;
    }

    @SuppressWarnings("unchecked") // the statement reads any table's records as records
    private static GeneratedTable<Record, ?> table(dev.ormdantic.query.TableRef<?, ?> table) {
        return (GeneratedTable<Record, ?>) Loading.generated(table);
    }

    /** Orders by a table's key after what the order already says, without repeating a term it has. */
    private static void byKey(List<SortItem> sort, TableSpec spec, String alias) {
        for (String key : spec.primaryKey()) {
            Expr column = new Expr.Column(key, alias);
            if (sort.stream().noneMatch(item -> item.expr().equals(column))) {
                sort.add(new SortItem(column, false, OrderItem.Nulls.DEFAULT));
            }
        }
    }

    private static Expr equal(String column, String alias, String otherColumn, String otherAlias) {
        return new Expr.Compare(
                new Expr.Column(column, alias), Expr.CompareOp.EQ, new Expr.Column(otherColumn, otherAlias));
    }

    private void prepareReaders(ResultSet rs, Step step) {
        step.reader = new JdbcRow(
                rs,
                java.util.Objects.requireNonNull(db).codec(),
                step.layout.table.spec().columns(),
                java.util.Objects.requireNonNull(call),
                step.layout.offset);
        for (Step child : step.children) {
            prepareReaders(rs, child);
        }
    }

    /**
     * Reads one result row's part of a step and its children; a step whose key is {@code NULL} has no row here. A
     * contiguous step's row is new exactly when its key differs from the last one read, so only the others look their
     * key up.
     *
     * @param parentAt the position of the parent step's row in this result row, or -1 for the root
     */
    private void readRow(ResultSet rs, Step step, int parentAt) throws SQLException {
        Object key = rawKey(rs, step);
        if (key == null) {
            return;
        }
        int at;
        Map<Object, Integer> positions = step.positions;
        if (positions == null) {
            at = key.equals(step.lastKey) ? step.rows.size() - 1 : add(step, key);
        } else {
            Integer known = positions.get(key);
            at = known == null ? add(step, key) : known;
        }
        if (parentAt >= 0) {
            while (step.links.size() <= parentAt) {
                step.links.add(null);
            }
            Links mine = step.links.get(parentAt);
            if (mine == null) {
                mine = new Links(step.layout.grouped);
                step.links.set(parentAt, mine);
            }
            mine.add(at);
        }
        for (Step child : step.children) {
            readRow(rs, child, at);
        }
    }

    /** Reads the step's record from the current result row, a row not read before; its position. */
    private static int add(Step step, Object key) {
        step.rows.add(step.layout.table.read(java.util.Objects.requireNonNull(step.reader)));
        int at = step.rows.size() - 1;
        step.lastKey = key;
        if (step.positions != null) {
            step.positions.put(key, at);
        }
        return at;
    }

    /**
     * The step's key: one value as the record's read gives it (which that read then reuses), or a list of the parts
     * as the driver returns them; {@code null} when the join missed.
     */
    private static @Nullable Object rawKey(ResultSet rs, Step step) throws SQLException {
        if (step.layout.keyPositions.length == 1) {
            return java.util.Objects.requireNonNull(step.reader).readKey(step.layout.keyPositions[0]);
        }
        List<Object> parts = new ArrayList<>(step.layout.keyPositions.length);
        for (int position : step.layout.keyPositions) {
            Object part = rs.getObject(step.layout.offset + position);
            if (part == null) {
                return null;
            }
            parts.add(part);
        }
        return parts;
    }

    private static int[] keyPositions(TableSpec spec) {
        // plain loops: this runs for every step of every joined call
        List<String> key = spec.primaryKey();
        List<ColumnSpec> columns = spec.columns();
        int[] positions = new int[key.size()];
        for (int i = 0; i < positions.length; i++) {
            for (int c = 0; c < columns.size() && positions[i] == 0; c++) {
                if (columns.get(c).name().equals(key.get(i))) {
                    positions[i] = c + 1;
                }
            }
            if (positions[i] == 0) {
                throw new IllegalStateException("table " + spec.name() + " has no column for key part " + key.get(i));
            }
        }
        return positions;
    }

    /**
     * The step's rows with their joined children attached and their select-in children loaded, in the order read
     * (replaced in place).
     */
    private List<Record> finish(Step step) {
        List<Record> current = step.rows;
        for (Step child : step.children) {
            List<Record> related = finish(child);
            Loading.Node node = java.util.Objects.requireNonNull(child.layout.node);
            for (int i = 0; i < current.size(); i++) {
                Links mine = i < child.links.size() ? child.links.get(i) : null;
                List<Record> rows = new ArrayList<>(mine == null ? 0 : mine.size);
                if (mine != null) {
                    for (int j = 0; j < mine.size; j++) {
                        rows.add(related.get(mine.at[j]));
                    }
                }
                current.set(i, attach(node, current.get(i), rows));
            }
        }
        Loading.Node node = step.layout.node;
        if (node == null) {
            return current; // the caller loads the root's select-in relationships
        }
        if (!current.isEmpty()) {
            List<Record> loaded = java.util.Objects.requireNonNull(loading)
                    .afterJoin(step.layout.table, new ArrayList<>(current), node.children.values());
            for (int i = 0; i < current.size(); i++) {
                current.set(i, loaded.get(i));
            }
        }
        return current;
    }

    @SuppressWarnings("unchecked") // a step's node is a relationship of its parent step's table
    private static Record attach(Loading.Node node, Record parent, List<Record> related) {
        return switch (node.relationship) {
            case ToOne<?, ?> one -> {
                ToOne<Record, Record> reference = (ToOne<Record, Record>) one;
                Ref<Record, ?> ref = reference.get(parent);
                yield ref == null
                        ? parent
                        : reference.with(
                                parent, reference.loaded(ref.key(), related.isEmpty() ? null : related.get(0)));
            }
            case ToMany<?, ?> many -> {
                ToMany<Record, Record> collection = (ToMany<Record, Record>) many;
                yield collection.with(parent, collection.loaded(Collections.unmodifiableList(related)));
            }
        };
    }
}
