package dev.ormdantic.query;

import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Maps typed result rows into records or other values with a function of their values, checked by javac as
 * jOOQ's {@code Records.mapping} is: {@code query.select(ID, SCORE).map(Rows.mapping(IdScore::new))} compiles only
 * when {@code IdScore}'s constructor takes a {@code Long} and a {@code Double}.
 *
 * @since 0.1.0
 */
public final class Rows {

    private Rows() {}

    /**
     * A mapping of rows of two values through a function of two arguments, such as a record's
     * constructor.
     *
     * @param function the function
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <R> the result type
     * @return the mapping
     */
    public static <A, B, R> Function<Row2<A, B>, R> mapping(BiFunction<? super A, ? super B, ? extends R> function) {
        return row -> function.apply(row.value1(), row.value2());
    }

    /**
     * A mapping of rows of three values through a function of three arguments, such as a record's
     * constructor.
     *
     * @param function the function
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <R> the result type
     * @return the mapping
     */
    public static <A, B, C, R> Function<Row3<A, B, C>, R> mapping(
            Function3<? super A, ? super B, ? super C, ? extends R> function) {
        return row -> function.apply(row.value1(), row.value2(), row.value3());
    }

    /**
     * A mapping of rows of four values through a function of four arguments, such as a record's
     * constructor.
     *
     * @param function the function
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @param <R> the result type
     * @return the mapping
     */
    public static <A, B, C, D, R> Function<Row4<A, B, C, D>, R> mapping(
            Function4<? super A, ? super B, ? super C, ? super D, ? extends R> function) {
        return row -> function.apply(row.value1(), row.value2(), row.value3(), row.value4());
    }

    /**
     * A mapping of rows of five values through a function of five arguments, such as a record's
     * constructor.
     *
     * @param function the function
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @param <E> the type of the fifth value
     * @param <R> the result type
     * @return the mapping
     */
    public static <A, B, C, D, E, R> Function<Row5<A, B, C, D, E>, R> mapping(
            Function5<? super A, ? super B, ? super C, ? super D, ? super E, ? extends R> function) {
        return row -> function.apply(row.value1(), row.value2(), row.value3(), row.value4(), row.value5());
    }

    /**
     * A mapping of rows of six values through a function of six arguments, such as a record's
     * constructor.
     *
     * @param function the function
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @param <E> the type of the fifth value
     * @param <F> the type of the sixth value
     * @param <R> the result type
     * @return the mapping
     */
    public static <A, B, C, D, E, F, R> Function<Row6<A, B, C, D, E, F>, R> mapping(
            Function6<? super A, ? super B, ? super C, ? super D, ? super E, ? super F, ? extends R> function) {
        return row ->
                function.apply(row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6());
    }

    /**
     * A mapping of rows of seven values through a function of seven arguments, such as a record's
     * constructor.
     *
     * @param function the function
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @param <E> the type of the fifth value
     * @param <F> the type of the sixth value
     * @param <G> the type of the seventh value
     * @param <R> the result type
     * @return the mapping
     */
    public static <A, B, C, D, E, F, G, R> Function<Row7<A, B, C, D, E, F, G>, R> mapping(
            Function7<? super A, ? super B, ? super C, ? super D, ? super E, ? super F, ? super G, ? extends R>
                    function) {
        return row -> function.apply(
                row.value1(), row.value2(), row.value3(), row.value4(), row.value5(), row.value6(), row.value7());
    }

    /**
     * A mapping of rows of eight values through a function of eight arguments, such as a record's
     * constructor.
     *
     * @param function the function
     * @param <A> the type of the first value
     * @param <B> the type of the second value
     * @param <C> the type of the third value
     * @param <D> the type of the fourth value
     * @param <E> the type of the fifth value
     * @param <F> the type of the sixth value
     * @param <G> the type of the seventh value
     * @param <H> the type of the eighth value
     * @param <R> the result type
     * @return the mapping
     */
    public static <A, B, C, D, E, F, G, H, R> Function<Row8<A, B, C, D, E, F, G, H>, R> mapping(
            Function8<
                            ? super A,
                            ? super B,
                            ? super C,
                            ? super D,
                            ? super E,
                            ? super F,
                            ? super G,
                            ? super H,
                            ? extends R>
                    function) {
        return row -> function.apply(
                row.value1(),
                row.value2(),
                row.value3(),
                row.value4(),
                row.value5(),
                row.value6(),
                row.value7(),
                row.value8());
    }

    /**
     * A function of three arguments.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Function3<A, B, C, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @return the result
         */
        R apply(A a, B b, C c);
    }

    /**
     * A function of four arguments.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <D> the type of the fourth argument
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Function4<A, B, C, D, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d);
    }

    /**
     * A function of five arguments.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <D> the type of the fourth argument
     * @param <E> the type of the fifth argument
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Function5<A, B, C, D, E, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @param e the fifth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e);
    }

    /**
     * A function of six arguments.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <D> the type of the fourth argument
     * @param <E> the type of the fifth argument
     * @param <F> the type of the sixth argument
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Function6<A, B, C, D, E, F, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @param e the fifth argument
         * @param f the sixth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, F f);
    }

    /**
     * A function of seven arguments.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <D> the type of the fourth argument
     * @param <E> the type of the fifth argument
     * @param <F> the type of the sixth argument
     * @param <G> the type of the seventh argument
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Function7<A, B, C, D, E, F, G, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @param e the fifth argument
         * @param f the sixth argument
         * @param g the seventh argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, F f, G g);
    }

    /**
     * A function of eight arguments.
     *
     * @param <A> the type of the first argument
     * @param <B> the type of the second argument
     * @param <C> the type of the third argument
     * @param <D> the type of the fourth argument
     * @param <E> the type of the fifth argument
     * @param <F> the type of the sixth argument
     * @param <G> the type of the seventh argument
     * @param <H> the type of the eighth argument
     * @param <R> the result type
     */
    @FunctionalInterface
    public interface Function8<A, B, C, D, E, F, G, H, R> {
        /**
         * Applies the function.
         *
         * @param a the first argument
         * @param b the second argument
         * @param c the third argument
         * @param d the fourth argument
         * @param e the fifth argument
         * @param f the sixth argument
         * @param g the seventh argument
         * @param h the eighth argument
         * @return the result
         */
        R apply(A a, B b, C c, D d, E e, F f, G g, H h);
    }
}
