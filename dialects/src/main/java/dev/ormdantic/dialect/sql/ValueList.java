package dev.ormdantic.dialect.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The value of a parameter that carries a whole list of a long {@code IN} list, bound as one array (PostgreSQL's
 * {@code x IN (SELECT unnest(?))}) or one JSON array (SQL Server's {@code OPENJSON}, Oracle's {@code JSON_TABLE}), so that the
 * statement stays within the database's parameter limit and its text does not grow with the list. Its values are the
 * list's, in order; none is {@code null}.
 *
 * @param values the values
 * @param maxScale the most fraction digits a decimal value may have, where the statement reads the values as
 *     decimals of a fixed scale (SQL Server's {@code DECIMAL(38, s)}, which would round a longer value into a false
 *     match); {@code -1} for no such limit
 * @since 0.1.0
 */
public record ValueList(List<Object> values, int maxScale) {

    /** Copies the list. */
    public ValueList {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /**
     * A list read back exactly, whatever the values' scale.
     *
     * @param values the values
     */
    public ValueList(List<Object> values) {
        this(values, -1);
    }

    /**
     * The same limit with other values.
     *
     * @param newValues the values
     * @return the list
     */
    public ValueList withValues(List<Object> newValues) {
        return new ValueList(newValues, maxScale);
    }

    @Override
    public String toString() {
        return "ValueList[" + values.size() + " values"
                + (maxScale < 0 ? "" : ", at most " + maxScale + " fraction digits") + "]";
    }
}
