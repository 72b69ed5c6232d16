package dev.ormdantic;

import java.math.BigDecimal;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The current row of a raw SQL statement's result, handed to a {@link RowMapper}: its values by position (from 1, as
 * in JDBC) or by label (the column's name or alias as the database reports it, in any case), read through the same
 * conversions as a table's rows, so that a {@code UUID}, a {@code java.time} value or an enum written by a table's
 * handle reads back equal on every database.
 *
 * <p>It is a view, not a copy, and not the driver's {@code ResultSet}: it cannot move the cursor, close the result or
 * outlive the mapper's call (a use after it fails with {@link IllegalStateException}). The plain getters of primitives
 * refuse {@code NULL} ({@code ORM2301}); {@link #get(int, Class)} returns {@code null} for it.
 *
 * <table>
 *   <caption>The types {@link #get(int, Class)} reads</caption>
 *   <tr><th>type</th><th>read as</th></tr>
 *   <tr><td>{@code String}, {@code Boolean}, {@code Byte}, {@code Short}, {@code Integer}, {@code Long},
 *       {@code Float}, {@code Double}, {@code BigDecimal}, {@code BigInteger}</td><td>the column's value, converted
 *       by the driver</td></tr>
 *   <tr><td>{@code UUID}, {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime}, {@code OffsetDateTime},
 *       {@code Instant}, {@code byte[]}</td><td>as a table's column of that type is stored on the database</td></tr>
 *   <tr><td>an enum</td><td>its constant of the stored name</td></tr>
 *   <tr><td>{@code Object}</td><td>whatever the driver returns ({@link #getObject(int)})</td></tr>
 * </table>
 *
 * @since 0.1.0
 */
public interface SqlRow {

    /**
     * The number of columns.
     *
     * @return the count
     */
    int columnCount();

    /**
     * The column labels, in order, as the database reports them (PostgreSQL lower-cases unquoted names, Oracle
     * upper-cases them).
     *
     * @return the labels
     */
    List<String> labels();

    /**
     * A column's value converted to a type.
     *
     * @param column the position, from 1
     * @param type the type, one of the table's above
     * @param <V> the type
     * @return the value, or {@code null} for SQL {@code NULL}
     * @throws dev.ormdantic.error.InvalidArgumentException ({@code ORM2103}) for a position the result does not have
     *     or a type that is not read
     * @throws dev.ormdantic.error.HydrationException ({@code ORM2302}) when the value cannot be read as the type
     */
    <V> @Nullable V get(int column, Class<V> type);

    /**
     * A column's value converted to a type, by label.
     *
     * @param label the column's label, in any case
     * @param type the type, one of the table's above
     * @param <V> the type
     * @return the value, or {@code null} for SQL {@code NULL}
     * @throws dev.ormdantic.error.InvalidArgumentException ({@code ORM2103}) for a label the result does not have,
     *     or has twice, or a type that is not read
     * @throws dev.ormdantic.error.HydrationException ({@code ORM2302}) when the value cannot be read as the type
     */
    <V> @Nullable V get(String label, Class<V> type);

    /**
     * A column's value as the driver returns it ({@code ResultSet.getObject}), unconverted: its class differs between
     * databases and drivers.
     *
     * @param column the position, from 1
     * @return the value, or {@code null}
     */
    @Nullable
    Object getObject(int column);

    /**
     * A column's value as the driver returns it, by label.
     *
     * @param label the column's label
     * @return the value, or {@code null}
     */
    @Nullable
    Object getObject(String label);

    /**
     * A column's value as text.
     *
     * @param column the position, from 1
     * @return the text, or {@code null}
     */
    @Nullable
    String getString(int column);

    /**
     * A column's value as text, by label.
     *
     * @param label the column's label
     * @return the text, or {@code null}
     */
    @Nullable
    String getString(String label);

    /**
     * A column's value as an {@code int}.
     *
     * @param column the position, from 1
     * @return the number
     * @throws dev.ormdantic.error.HydrationException ({@code ORM2301}) when it is {@code NULL}
     */
    int getInt(int column);

    /**
     * A column's value as an {@code int}, by label.
     *
     * @param label the column's label
     * @return the number
     * @throws dev.ormdantic.error.HydrationException ({@code ORM2301}) when it is {@code NULL}
     */
    int getInt(String label);

    /**
     * A column's value as a {@code long}.
     *
     * @param column the position, from 1
     * @return the number
     * @throws dev.ormdantic.error.HydrationException ({@code ORM2301}) when it is {@code NULL}
     */
    long getLong(int column);

    /**
     * A column's value as a {@code long}, by label.
     *
     * @param label the column's label
     * @return the number
     * @throws dev.ormdantic.error.HydrationException ({@code ORM2301}) when it is {@code NULL}
     */
    long getLong(String label);

    /**
     * A column's value as a {@code double}.
     *
     * @param column the position, from 1
     * @return the number
     * @throws dev.ormdantic.error.HydrationException ({@code ORM2301}) when it is {@code NULL}
     */
    double getDouble(int column);

    /**
     * A column's value as a {@code double}, by label.
     *
     * @param label the column's label
     * @return the number
     * @throws dev.ormdantic.error.HydrationException ({@code ORM2301}) when it is {@code NULL}
     */
    double getDouble(String label);

    /**
     * A column's value as a {@code boolean} (on databases without a boolean type, 0 is false and 1 true).
     *
     * @param column the position, from 1
     * @return the value
     * @throws dev.ormdantic.error.HydrationException ({@code ORM2301}) when it is {@code NULL}
     */
    boolean getBoolean(int column);

    /**
     * A column's value as a {@code boolean}, by label.
     *
     * @param label the column's label
     * @return the value
     * @throws dev.ormdantic.error.HydrationException ({@code ORM2301}) when it is {@code NULL}
     */
    boolean getBoolean(String label);

    /**
     * A column's value as a decimal.
     *
     * @param column the position, from 1
     * @return the number, or {@code null}
     */
    @Nullable
    BigDecimal getBigDecimal(int column);

    /**
     * A column's value as a decimal, by label.
     *
     * @param label the column's label
     * @return the number, or {@code null}
     */
    @Nullable
    BigDecimal getBigDecimal(String label);
}
