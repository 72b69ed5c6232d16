package dev.ormdantic.event;

import org.jspecify.annotations.Nullable;

/**
 * One parameter of a statement as it was bound, after Ormdantic converted it for the driver (a SQLite {@code UUID} is
 * text, a JSON document is its text). A secret-looking value is never shown: {@link #value()} is then
 * {@value #MASK} and {@link #redacted()} is {@code true}.
 *
 * <p>A value is masked when its column's name looks secret (it contains {@code password}, {@code passwd},
 * {@code pwd}, {@code secret}, {@code token}, {@code apikey}, {@code api_key}, {@code private_key},
 * {@code access_key} or {@code credential}, in any case), and also when its column is not known (a filter's or a
 * key's value) and the statement's table has any such column: a filter on the password column must not show the
 * password either. A raw SQL statement ({@code db.sql(...)}) names no columns: every value of one whose text contains a
 * secret-looking name is masked.
 *
 * @param index the parameter's position in the statement, from 1
 * @param column the column the parameter writes, or {@code null} where the runtime does not know it (a filter's
 *     values)
 * @param value the value, {@code null} for SQL {@code NULL}, or {@value #MASK} when redacted
 * @param redacted whether the value was masked
 * @since 0.1.0
 */
public record BoundParameter(
        int index, @Nullable String column, @Nullable Object value, boolean redacted) {

    /** What a redacted value is replaced with. */
    public static final String MASK = "***";
}
