package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A SQL type with the Java type of its values: the target of {@link Expressions#cast}, and the type of a
 * {@link Expressions#scalar} subquery, a {@link Expressions#raw} fragment or a bound {@link Expressions#param}. Each
 * dialect spells it its own way ({@code VARCHAR(10)}, {@code CHAR(10)}, {@code NVARCHAR(10)}, ...). Immutable.
 *
 * <pre>{@code
 * Expressions.cast(PRICE, SqlType.varchar(10))     // an Expression<Snack, String>
 * Expressions.scalar(cheapest, SqlType.of(PRICE))  // the type of a column
 * }</pre>
 *
 * @param <V> the Java type of the values
 * @since 0.1.0
 */
// V ties the type to the Java values it holds, so that cast, scalar, raw and param are typed by it.
@SuppressWarnings("UnusedTypeParameter")
public final class SqlType<V> {

    private final ColumnType type;

    private SqlType(ColumnType type) {
        this.type = type;
    }

    /**
     * Text of at most some characters.
     *
     * @param length the most characters, at least 1
     * @return the type
     * @throws IllegalArgumentException for a length below 1
     */
    public static SqlType<String> varchar(int length) {
        if (length < 1) {
            throw new IllegalArgumentException("a varchar holds at least 1 character, got " + length);
        }
        return new SqlType<>(ColumnType.string(length));
    }

    /**
     * Text of any length.
     *
     * @return the type
     */
    public static SqlType<String> text() {
        return new SqlType<>(ColumnType.unboundedString());
    }

    /**
     * A 32-bit integer.
     *
     * @return the type
     */
    public static SqlType<Integer> integer() {
        return new SqlType<>(ColumnType.of(ColumnType.Kind.INT));
    }

    /**
     * A 64-bit integer.
     *
     * @return the type
     */
    public static SqlType<Long> bigint() {
        return new SqlType<>(ColumnType.of(ColumnType.Kind.LONG));
    }

    /**
     * A double-precision floating-point number.
     *
     * @return the type
     */
    public static SqlType<Double> doublePrecision() {
        return new SqlType<>(ColumnType.of(ColumnType.Kind.DOUBLE));
    }

    /**
     * An exact decimal of the database's default precision.
     *
     * @return the type
     */
    public static SqlType<BigDecimal> decimal() {
        return new SqlType<>(ColumnType.decimal(0, 0));
    }

    /**
     * An exact decimal.
     *
     * @param precision the digits in all, at least 1
     * @param scale the digits after the point, from 0 to {@code precision}
     * @return the type
     * @throws IllegalArgumentException for digits out of range
     */
    public static SqlType<BigDecimal> decimal(int precision, int scale) {
        if (precision < 1 || scale < 0 || scale > precision) {
            throw new IllegalArgumentException(
                    "a decimal has precision >= 1 and 0 <= scale <= precision, got " + precision + ", " + scale);
        }
        return new SqlType<>(ColumnType.decimal(precision, scale));
    }

    /**
     * An integer of any size.
     *
     * @return the type
     */
    public static SqlType<BigInteger> bigInteger() {
        return new SqlType<>(ColumnType.bigInteger(0));
    }

    /**
     * A date.
     *
     * @return the type
     */
    public static SqlType<LocalDate> date() {
        return new SqlType<>(ColumnType.of(ColumnType.Kind.DATE));
    }

    /**
     * A date and time without a zone.
     *
     * @return the type
     */
    public static SqlType<LocalDateTime> timestamp() {
        return new SqlType<>(ColumnType.of(ColumnType.Kind.DATETIME));
    }

    /**
     * The type of a column or other value, such as the type of a scalar subquery that selects it.
     *
     * @param operand the column or value
     * @param <V> the Java type of its values
     * @return its type
     */
    public static <V> SqlType<V> of(Operand<?, V> operand) {
        return new SqlType<>(OperandNode.type(operand));
    }

    /** The logical type, for rendering by a dialect. */
    ColumnType columnType() {
        return type;
    }

    @Override
    public boolean equals(@Nullable Object other) {
        return other instanceof SqlType<?> that && type.equals(that.type);
    }

    @Override
    public int hashCode() {
        return type.hashCode();
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
