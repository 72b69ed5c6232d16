package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.LockClause;
import dev.ormdantic.dialect.sql.Select;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.internal.query.QueryTrees;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The runtime's access to the trees this package keeps package-private; installed by {@link Filter}. */
final class TreeAccess implements QueryTrees.Access {

    @Override
    public Expr where(Filter<?> filter) {
        return filter.expr();
    }

    @Override
    public <T> Filter<T> filter(Expr expr) {
        return Filter.of(expr);
    }

    @Override
    public <T, V extends Number & Comparable<? super V>> NumericExpression<T, V> number(Expr expr, ColumnType type) {
        return new NumericExpression<>(expr, type);
    }

    @Override
    public List<SortItem> order(OrderBy<?> order) {
        return order.items();
    }

    @Override
    public Select select(Query<?> query) {
        return query.tree();
    }

    @Override
    public @Nullable LockClause lock(Query<?> query) {
        RowLockMode lock = query.lock();
        return lock == null ? null : lock.clause();
    }

    @Override
    public LockClause lock(RowLock lock) {
        return ((RowLockMode) lock).clause();
    }

    @Override
    public Query<?> query(RowQuery<?, ?> query) {
        return query.query();
    }

    @Override
    public List<ColumnType> types(RowQuery<?, ?> query) {
        return query.types();
    }

    @Override
    public <R> R row(RowQuery<?, R> query, @Nullable Object[] values) {
        return query.read(values);
    }

    @Override
    public ColumnSpec spec(Column<?, ?> column) {
        return column.spec();
    }

    @Override
    public <T, V> Column<T, V> column(String name, ColumnType type, boolean nullable) {
        return new Column<>(name, type, nullable);
    }

    @Override
    public <T, V extends Comparable<? super V>> ComparableColumn<T, V> comparable(
            String name, ColumnType type, boolean nullable) {
        return new ComparableColumn<>(name, type, nullable);
    }

    @Override
    public <T, V extends Number & Comparable<? super V>> NumericColumn<T, V> numeric(
            String name, ColumnType type, boolean nullable) {
        return new NumericColumn<>(name, type, nullable);
    }

    @Override
    public <T> StringColumn<T> string(String name, ColumnType type, boolean nullable) {
        return new StringColumn<>(name, type, nullable);
    }

    @Override
    public <T> JsonColumn<T> json(String name, ColumnType type, boolean nullable) {
        return new JsonColumn<>(name, type, nullable);
    }

    @Override
    public <T, E extends Enum<E>> EnumColumn<T, E> enumeration(
            String name, ColumnType type, boolean nullable, List<E> constants, List<String> values, String nativeType) {
        return new EnumColumn<>(name, type, nullable, constants, values, nativeType);
    }

    @Override
    public String column(Assignment<?> assignment) {
        return assignment.column();
    }

    @Override
    public Expr value(Assignment<?> assignment) {
        return assignment.value();
    }
}
