package dev.ormdantic.support;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The comparisons the generated {@code changedColumns} calls where {@code equals} is not the right test. Not for use
 * outside generated code.
 *
 * @since 0.1.0
 */
public final class Changes {

    private Changes() {}

    /**
     * Whether a decimal changed: a different value, or the same value at another scale ({@code 1.0} to {@code 1.00}),
     * since the scale is what the column stores and what a reader gets back.
     *
     * @param before the value as loaded
     * @param after the value as submitted
     * @return {@code true} when it changed
     */
    public static boolean decimal(@Nullable BigDecimal before, @Nullable BigDecimal after) {
        if (before == null || after == null) {
            return before != null || after != null;
        }
        return before.compareTo(after) != 0 || before.scale() != after.scale();
    }
}
