package dev.ormdantic.migrations.history;

import java.util.Locale;

/**
 * The status of a history row, stored in lower case.
 *
 * @since 0.1.0
 */
public enum HistoryStatus {
    /** Applied (and, when the row is not dirty, completely). */
    APPLIED,
    /** Failed, or still running when the row is dirty; {@code steps_completed} says how far it got. */
    FAILED,
    /** Rolled back; the row is kept. */
    ROLLED_BACK;

    /**
     * The value stored in the {@code status} column.
     *
     * @return {@code applied}, {@code failed} or {@code rolled_back}
     */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    static HistoryStatus parse(String value) {
        return valueOf(value.toUpperCase(Locale.ROOT));
    }
}
