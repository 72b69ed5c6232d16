package dev.ormdantic.internal.exec;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Derives the asynchronous twin of a blocking implementation, so that each operation is written once: every method of
 * the asynchronous interface that returns {@code CompletableFuture<R>} runs the blocking interface's method of the same
 * name and parameters (which returns {@code R}) through a {@link Submitter}; a method that returns the blocking type
 * ({@code blocking()}) returns the implementation; any other method ({@code name()}) is called on it directly.
 *
 * <p>The twin checks its arguments in the caller's thread, before anything is submitted: a {@code null} argument
 * (unless the parameter is {@code @Nullable}) is a {@link NullPointerException} naming the parameter, and a
 * {@link List} argument is copied, each element checked, so that the caller may change its list once the call
 * returns. Everything else, validation included, happens in the blocking method, so the future fails with exactly the
 * exception it throws.
 *
 * <p>The two interfaces are matched when the twin is made: a future-returning method without its blocking
 * counterpart fails there, with {@link IllegalStateException}, so the two public surfaces cannot drift apart. Whatever
 * hands out handles (the database today, a transaction or session over one pinned connection later) makes its async
 * handles with this and a submitter of its own.
 */
public final class AsyncAdapter {

    /** Runs blocking work asynchronously: decides the threads, and the error when work can no longer be taken. */
    @FunctionalInterface
    public interface Submitter {
        /**
         * Submits work.
         *
         * @param method the name of the method being run, such as {@code insert}
         * @param work the blocking call
         * @return a future that completes with the work's value, or exceptionally with exactly what it threw
         */
        CompletableFuture<?> submit(String method, Supplier<? extends @Nullable Object> work);
    }

    /**
     * A blocking implementation that knows its asynchronous twin: a method of the blocking interface that returns the
     * blocking type ({@code loading(...)}) is routed so that the asynchronous one returns the result's twin.
     */
    public interface Twinned {
        /**
         * The asynchronous twin of this implementation.
         *
         * @return the twin
         */
        Object async();
    }

    /** A blocking implementation that looks at an asynchronous call on the caller's thread before it is submitted. */
    public interface CallerSide {
        /**
         * Called on the caller's thread with the checked arguments, before the work is submitted; must not block.
         *
         * @param method the name of the method being run
         * @param args its arguments
         */
        void beforeSubmit(String method, @Nullable Object[] args);
    }

    /**
     * The routes of each pair of interfaces, matched once: every table's handle is the twin of the same two
     * interfaces, so a database with many tables reflects over them once, not once per table.
     */
    private static final Map<List<Class<?>>, Map<Method, Route>> ROUTES = new ConcurrentHashMap<>();

    private AsyncAdapter() {}

    /**
     * Makes the asynchronous twin of a blocking implementation.
     *
     * @param asyncType the asynchronous interface
     * @param blockingType the blocking interface, which {@code target} implements
     * @param target the blocking implementation
     * @param submitter how the work runs
     * @param <A> the asynchronous interface
     * @param <B> the blocking interface
     * @return the twin
     * @throws IllegalStateException when the interfaces do not match
     */
    public static <A, B> A of(Class<A> asyncType, Class<B> blockingType, B target, Submitter submitter) {
        Map<Method, Route> routes =
                ROUTES.computeIfAbsent(List.of(asyncType, blockingType), pair -> routes(pair.get(0), pair.get(1)));
        String shown = asyncType.getSimpleName() + "[" + describe(target) + "]";
        InvocationHandler handler = (proxy, method, args) -> {
            Route route = routes.get(method);
            if (route == null) {
                return objectMethod(proxy, method, args, shown);
            }
            return route.invoke(target, args == null ? NO_ARGS : args, submitter);
        };
        return asyncType.cast(Proxy.newProxyInstance(asyncType.getClassLoader(), new Class<?>[] {asyncType}, handler));
    }

    private static final @Nullable Object[] NO_ARGS = {};

    /** The target's name for {@code toString()}: its {@code name()} when it has one. */
    private static String describe(Object target) {
        String text = target.toString();
        int open = text.indexOf('[');
        return open >= 0 && text.endsWith("]") ? text.substring(open + 1, text.length() - 1) : text;
    }

    @SuppressWarnings("ReferenceEquality") // a twin equals itself only, as the handles it replaces did
    private static @Nullable Object objectMethod(
            Object proxy, Method method, @Nullable Object @Nullable [] args, String shown) {
        return switch (method.getName()) {
            case "toString" -> shown;
            case "hashCode" -> System.identityHashCode(proxy);
            case "equals" -> args != null && args.length == 1 && proxy == args[0];
            default -> throw new IllegalStateException("no route for " + method);
        };
    }

    /** Matches every method of the asynchronous interface with what it runs. */
    static Map<Method, Route> routes(Class<?> asyncType, Class<?> blockingType) {
        Map<Method, Route> routes = new HashMap<>();
        List<String> unmatched = new ArrayList<>();
        for (Method method : asyncType.getMethods()) {
            if (java.lang.reflect.Modifier.isStatic(method.getModifiers())) {
                continue;
            }
            if (method.getParameterCount() == 0 && method.getReturnType() == blockingType) {
                routes.put(method, Route.self());
                continue;
            }
            Method twin;
            try {
                twin = blockingType.getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                unmatched.add(method.toGenericString() + ": no " + blockingType.getSimpleName() + " method "
                        + method.getName() + " with these parameters");
                continue;
            }
            if (method.getReturnType() == asyncType && twin.getReturnType() == blockingType) {
                routes.put(method, Route.twinned(method, twin));
                continue;
            }
            boolean future = method.getReturnType() == CompletableFuture.class;
            Class<?> expected = future ? futureValue(method) : method.getReturnType();
            if (boxed(twin.getReturnType()) != boxed(expected)) {
                unmatched.add(method.toGenericString() + ": " + blockingType.getSimpleName() + "." + twin.getName()
                        + " returns " + twin.getReturnType().getName() + ", not " + expected.getName());
                continue;
            }
            routes.put(method, Route.to(method, twin, future));
        }
        if (!unmatched.isEmpty()) {
            throw new IllegalStateException(asyncType.getName() + " is not the asynchronous twin of "
                    + blockingType.getName() + ": " + String.join("; ", unmatched));
        }
        return Map.copyOf(routes);
    }

    /** The erased {@code R} of a method returning {@code CompletableFuture<R>}. */
    private static Class<?> futureValue(Method method) {
        if (method.getGenericReturnType() instanceof ParameterizedType future) {
            return erasure(future.getActualTypeArguments()[0]);
        }
        return Object.class;
    }

    private static Class<?> erasure(Type type) {
        if (type instanceof Class<?> raw) {
            return raw;
        }
        if (type instanceof ParameterizedType parameterized) {
            return erasure(parameterized.getRawType());
        }
        if (type instanceof TypeVariable<?> variable) {
            return erasure(variable.getBounds()[0]);
        }
        return Object.class;
    }

    private static Class<?> boxed(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        return switch (type.getName()) {
            case "void" -> Void.class;
            case "boolean" -> Boolean.class;
            case "int" -> Integer.class;
            case "long" -> Long.class;
            case "double" -> Double.class;
            case "float" -> Float.class;
            case "short" -> Short.class;
            case "byte" -> Byte.class;
            default -> Character.class;
        };
    }

    /** What one method of the asynchronous interface does. */
    static final class Route {

        /** The blocking method it runs, or {@code null} for the method that returns the blocking target. */
        private final @Nullable Method twin;
        /** Whether it submits the blocking method instead of calling it. */
        private final boolean future;
        /** Whether the blocking method returns a blocking implementation whose twin it returns instead. */
        private final boolean twinned;
        /** The parameter names, for {@code null} messages. */
        private final String[] names;
        /** Which parameters accept {@code null}. */
        private final boolean[] nullable;

        private Route(@Nullable Method twin, boolean future, boolean twinned, String[] names, boolean[] nullable) {
            this.twin = twin;
            this.future = future;
            this.twinned = twinned;
            this.names = names;
            this.nullable = nullable;
        }

        static Route self() {
            return new Route(null, false, false, new String[0], new boolean[0]);
        }

        static Route twinned(Method method, Method twin) {
            Route plain = to(method, twin, false);
            return new Route(twin, false, true, plain.names, plain.nullable);
        }

        static Route to(Method method, Method twin, boolean future) {
            Parameter[] parameters = method.getParameters();
            String[] names = new String[parameters.length];
            boolean[] nullable = new boolean[parameters.length];
            for (int i = 0; i < parameters.length; i++) {
                names[i] = parameters[i].getName();
                nullable[i] = parameters[i].getAnnotatedType().isAnnotationPresent(Nullable.class);
            }
            return new Route(twin, future, false, names, nullable);
        }

        @SuppressWarnings("FutureReturnValueIgnored") // the future is the proxy's return value, the caller's to use
        @Nullable
        Object invoke(Object target, @Nullable Object[] args, Submitter submitter) {
            Method method = twin;
            if (method == null) {
                return target;
            }
            @Nullable Object[] checked = args; // a fresh array on every call of a proxy
            for (int i = 0; i < checked.length; i++) {
                Object arg = checked[i];
                if (arg == null) {
                    if (!nullable[i]) {
                        throw new NullPointerException(names[i]);
                    }
                } else if (arg instanceof List<?> list) {
                    checked[i] = copy(list, names[i]);
                }
            }
            if (twinned) {
                return ((Twinned) java.util.Objects.requireNonNull(call(method, target, checked))).async();
            }
            if (!future) {
                return call(method, target, checked);
            }
            if (target instanceof CallerSide side) {
                side.beforeSubmit(method.getName(), checked);
            }
            return submitter.submit(method.getName(), () -> call(method, target, checked));
        }

        private static List<?> copy(List<?> list, String name) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) == null) {
                    throw new NullPointerException(name + "[" + i + "]");
                }
            }
            return List.copyOf(list);
        }

        /** Calls the blocking method; what it throws is thrown as it is, never wrapped. */
        private static @Nullable Object call(Method method, Object target, @Nullable Object[] args) {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                Throwable thrown = e.getCause();
                if (thrown instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (thrown instanceof Error error) {
                    throw error;
                }
                throw new IllegalStateException(thrown);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
