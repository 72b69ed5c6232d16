package dev.ormdantic.dialect.sql;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The value of a parameter that carries a whole list, bound as one array: PostgreSQL's {@code x = ANY(?)} for a long
 * {@code IN} list, whose one parameter stays within the protocol's 65,535 and whose statement text does not grow with
 * the list. Its values are the list's, in order, each of the column's type; none is {@code null}.
 *
 * @param values the values
 */
public record ValueList(List<Object> values) {

    /** Copies the list. */
    public ValueList {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    @Override
    public String toString() {
        return "ValueList[" + values.size() + " values]";
    }
}
