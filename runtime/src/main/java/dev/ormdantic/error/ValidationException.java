package dev.ormdantic.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One or more records break the constraints on their components, so nothing was written (code {@code ORM2104}).
 * Every violation of every row is listed, in the message and in {@link #violationsByRow()}.
 *
 * @since 0.1.0
 */
public class ValidationException extends OrmdanticException {

    private final SortedMap<Integer, List<Violation>> byRow;

    /**
     * Creates an exception.
     *
     * @param context where it happened
     * @param problem what went wrong, listing the violations
     * @param fix how to fix it
     * @param byRow the violations of each invalid row, by the row's index in the written list ({@code 0} for a
     *     single record)
     */
    public ValidationException(ErrorContext context, String problem, String fix, Map<Integer, List<Violation>> byRow) {
        super(ErrorCode.VALIDATION_FAILED, context, problem, fix, null);
        SortedMap<Integer, List<Violation>> copy = new TreeMap<>();
        byRow.forEach((row, violations) -> copy.put(row, List.copyOf(violations)));
        this.byRow = Collections.unmodifiableSortedMap(copy);
    }

    /**
     * Every violation of every row, in row order, then component order.
     *
     * @return the violations
     */
    public List<Violation> violations() {
        List<Violation> all = new ArrayList<>();
        byRow.values().forEach(all::addAll);
        return List.copyOf(all);
    }

    /**
     * The violations of each invalid row, keyed by the row's index in the list given to the write ({@code 0} for a
     * single record).
     *
     * @return the violations by row, in row order
     */
    public SortedMap<Integer, List<Violation>> violationsByRow() {
        return byRow;
    }
}
