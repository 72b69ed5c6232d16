package dev.ormdantic.internal.observe;

import dev.ormdantic.dialect.schema.ColumnSpec;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A watched prepared statement: a proxy that notes each parameter bound, times each execution, and counts the rows
 * read from a query's result, whose close ends the execution. Everything else goes to the driver's statement. Made
 * only while something listens ({@link Probe#watchesStatements()}), so its reflective calls cost nothing otherwise.
 */
final class ObservedStatement implements InvocationHandler {

    private static final Class<?>[] STATEMENT = {PreparedStatement.class, ParameterNames.class};
    private static final Class<?>[] RESULTS = {ResultSet.class};
    private static final Object[] NO_ARGUMENTS = {};

    private final PreparedStatement target;
    private final StatementWatch watch;
    /** Whether the last {@code execute()} gave a result set, whose close ends the execution. */
    private boolean resultPending;

    private ObservedStatement(PreparedStatement target, StatementWatch watch) {
        this.target = target;
        this.watch = watch;
    }

    static PreparedStatement of(PreparedStatement target, StatementWatch watch) {
        return (PreparedStatement) Proxy.newProxyInstance(
                ObservedStatement.class.getClassLoader(), STATEMENT, new ObservedStatement(target, watch));
    }

    @Override
    @SuppressWarnings("unchecked") // ParameterNames.columns takes a list of columns
    public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args) throws Throwable {
        String name = method.getName();
        Class<?> declaring = method.getDeclaringClass();
        @Nullable Object[] arguments = args == null ? NO_ARGUMENTS : args;
        if (declaring == Object.class) {
            return objectMethod(proxy, name, arguments, target);
        }
        if (declaring == ParameterNames.class) {
            watch.columns((List<ColumnSpec>) Objects.requireNonNull(arguments[0]));
            return null;
        }
        if (arguments.length == 0) {
            switch (name) {
                case "executeQuery" -> {
                    return query(method);
                }
                case "executeUpdate", "executeLargeUpdate" -> {
                    return update(method);
                }
                case "executeBatch" -> {
                    return batch(method);
                }
                case "execute" -> {
                    return execute(method);
                }
                case "getResultSet" -> {
                    Object results = call(method, arguments);
                    return resultPending && results instanceof ResultSet rs ? counted(rs) : results;
                }
                case "clearParameters" -> watch.clear();
                case "addBatch" -> watch.addBatch();
                case "clearBatch" -> watch.clearBatch();
                case "close" -> watch.finish(watch.rows(), null);
                default -> {
                    // everything else goes to the driver untouched
                }
            }
        } else if (arguments.length >= 2 && name.startsWith("set") && arguments[0] instanceof Integer index) {
            watch.bind(index, name.equals("setNull") ? null : arguments[1]);
        }
        return call(method, arguments);
    }

    /** {@code equals}, {@code hashCode} and {@code toString} of a proxy: its identity, and what it wraps. */
    @SuppressWarnings("ReferenceEquality") // a proxy equals itself only, as the driver's statement does
    private static Object objectMethod(Object proxy, String name, @Nullable Object[] arguments, Object target) {
        return switch (name) {
            case "equals" -> arguments.length == 1 && proxy == arguments[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "watched " + target;
        };
    }

    private Object query(Method method) throws Throwable {
        resultPending = false;
        watch.start();
        ResultSet results;
        try {
            results = (ResultSet) Objects.requireNonNull(call(method, NO_ARGUMENTS));
        } catch (Throwable e) {
            watch.finish(-1, e);
            throw e;
        }
        return counted(results);
    }

    private @Nullable Object update(Method method) throws Throwable {
        resultPending = false;
        watch.start();
        Object count;
        try {
            count = call(method, NO_ARGUMENTS);
        } catch (Throwable e) {
            watch.finish(-1, e);
            throw e;
        }
        watch.finish(count instanceof Number n ? n.longValue() : -1, null);
        return count;
    }

    private @Nullable Object batch(Method method) throws Throwable {
        resultPending = false;
        watch.start();
        int[] counts;
        try {
            counts = (int[]) Objects.requireNonNull(call(method, NO_ARGUMENTS));
        } catch (Throwable e) {
            watch.finish(-1, e);
            throw e;
        }
        long total = 0;
        for (int count : counts) {
            total += Math.max(count, 0);
        }
        watch.finish(total, null);
        return counts;
    }

    private @Nullable Object execute(Method method) throws Throwable {
        watch.start();
        Object results;
        try {
            results = call(method, NO_ARGUMENTS);
        } catch (Throwable e) {
            watch.finish(-1, e);
            throw e;
        }
        resultPending = Boolean.TRUE.equals(results);
        if (!resultPending) {
            watch.finish(target.getUpdateCount(), null);
        }
        return results;
    }

    private ResultSet counted(ResultSet results) {
        return (ResultSet) Proxy.newProxyInstance(
                ObservedStatement.class.getClassLoader(), RESULTS, new CountedResults(results, watch));
    }

    private @Nullable Object call(Method method, @Nullable Object[] arguments) throws Throwable {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    /** A query's result: counts the rows read; its close ends the statement's execution. */
    private static final class CountedResults implements InvocationHandler {
        private final ResultSet target;
        private final StatementWatch watch;

        CountedResults(ResultSet target, StatementWatch watch) {
            this.target = target;
            this.watch = watch;
        }

        @Override
        public @Nullable Object invoke(Object proxy, Method method, @Nullable Object @Nullable [] args)
                throws Throwable {
            @Nullable Object[] arguments = args == null ? NO_ARGUMENTS : args;
            if (method.getDeclaringClass() == Object.class) {
                return objectMethod(proxy, method.getName(), arguments, target);
            }
            boolean noArgs = arguments.length == 0;
            Object result;
            try {
                result = method.invoke(target, arguments);
            } catch (InvocationTargetException e) {
                if (noArgs && method.getName().equals("next")) {
                    watch.finish(watch.rows(), e.getCause());
                }
                throw e.getCause();
            }
            if (noArgs) {
                if (method.getName().equals("next") && Boolean.TRUE.equals(result)) {
                    watch.row();
                } else if (method.getName().equals("close")) {
                    watch.finish(watch.rows(), null);
                }
            }
            return result;
        }
    }
}
