package dev.ormdantic.support;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.HydrationException;
import java.util.List;

/**
 * The error of a generated row mapper that reads a stored enum value none of the enum's {@code @EnumValue}s.
 *
 * @since 0.1.0
 */
public final class EnumValues {

    private EnumValues() {}

    /**
     * The error for a stored value that maps to no constant.
     *
     * @param table the table name
     * @param column the column name
     * @param value the stored value
     * @param allowed the stored values of the enum's constants
     * @return the exception to throw
     */
    public static HydrationException unknown(String table, String column, String value, List<String> allowed) {
        return new HydrationException(
                ErrorCode.UNKNOWN_ENUM_VALUE,
                new ErrorContext("read", table, null),
                "column '" + column + "' of table '" + table + "' holds '" + value
                        + "', which is none of its enum's stored values " + allowed,
                "correct the stored value, or add a constant with @EnumValue(\"" + value + "\") to the enum",
                null);
    }
}
