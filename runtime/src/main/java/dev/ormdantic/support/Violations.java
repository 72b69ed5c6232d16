package dev.ormdantic.support;

import dev.ormdantic.Violation;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the constraint violations of one record; generated validation adds to it through {@link Checks}, and the
 * runtime refuses the write, listing them all, when it is not empty.
 */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();

    /** Creates an empty collector. */
    public Violations() {}

    /**
     * Records a violation.
     *
     * @param component the record component
     * @param constraint the constraint, as written on the component ({@code @Size(min = 2, max = 80)})
     * @param message what is wrong
     * @param value the offending value
     */
    public void add(String component, String constraint, String message, @Nullable Object value) {
        list.add(new Violation(component, constraint, message, value));
    }

    /**
     * Whether nothing was recorded.
     *
     * @return {@code true} when the record is valid
     */
    public boolean isEmpty() {
        return list.isEmpty();
    }

    /**
     * The violations, in the order recorded (component order).
     *
     * @return an immutable copy
     */
    public List<Violation> list() {
        return List.copyOf(list);
    }
}
