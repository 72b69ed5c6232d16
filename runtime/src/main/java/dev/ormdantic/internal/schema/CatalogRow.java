package dev.ormdantic.internal.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One row of a catalog query, its values numbered from 1 as JDBC numbers them. Numbers and flags are read whatever
 * their Java type (a driver's {@code Integer}, {@code Short}, {@code BigDecimal} or {@code Boolean}, a fixture's text).
 *
 * @param values the values, in select-list order
 */
public record CatalogRow(List<@Nullable Object> values) {

    /** Copies the values, which may be {@code null}. */
    public CatalogRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * A row of the given values.
     *
     * @param values the values, in select-list order
     * @return the row
     */
    public static CatalogRow of(@Nullable Object... values) {
        return new CatalogRow(Arrays.asList(values));
    }

    /**
     * A value that is there, as text.
     *
     * @param column the column, from 1
     * @return the text
     * @throws IllegalStateException when the value is {@code NULL}
     */
    public String text(int column) {
        Object value = values.get(column - 1);
        if (value == null) {
            throw new IllegalStateException("catalog column " + column + " is NULL");
        }
        return value.toString();
    }

    /**
     * A value as text, or the given text for {@code NULL}.
     *
     * @param column the column, from 1
     * @param otherwise the text for {@code NULL}
     * @return the text
     */
    public String text(int column, String otherwise) {
        Object value = values.get(column - 1);
        return value == null ? otherwise : value.toString();
    }

    /**
     * A value as text, or {@code null}.
     *
     * @param column the column, from 1
     * @return the text, or {@code null}
     */
    public @Nullable String string(int column) {
        Object value = values.get(column - 1);
        return value == null ? null : value.toString();
    }

    /**
     * A number, or the given number for {@code NULL}.
     *
     * @param column the column, from 1
     * @param otherwise the number for {@code NULL}
     * @return the number
     */
    public long number(int column, long otherwise) {
        Object value = values.get(column - 1);
        if (value == null) {
            return otherwise;
        }
        return value instanceof Number number
                ? number.longValue()
                : Long.parseLong(value.toString().strip());
    }

    /**
     * A flag: {@code true}, {@code 1}, {@code Y} or {@code YES}; {@code NULL} is {@code false}.
     *
     * @param column the column, from 1
     * @return the flag
     */
    public boolean flag(int column) {
        Object value = values.get(column - 1);
        return switch (value) {
            case null -> false;
            case Boolean bool -> bool;
            case Number number -> number.intValue() != 0;
            default -> {
                String text = value.toString().strip().toUpperCase(Locale.ROOT);
                yield text.equals("Y") || text.equals("YES") || text.equals("1") || text.equals("TRUE");
            }
        };
    }
}
