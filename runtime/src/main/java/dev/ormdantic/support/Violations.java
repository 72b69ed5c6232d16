package dev.ormdantic.support;

import dev.ormdantic.error.Violation;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Collects the constraint violations of one record; generated validation adds to it through {@link Checks}, and the
 * runtime refuses the write, listing them all, when it is not empty. The value of a component whose name looks
 * secret ({@code password}, {@code secret}, {@code token}, {@code apiKey}, {@code credential} and the like) is
 * recorded as {@code ***}.
 *
 * @since 0.1.0
 */
public final class Violations {

    private final List<Violation> list = new ArrayList<>();
    private final Clock clock;

    /** Creates an empty collector whose temporal checks use the system clock in the default time zone. */
    public Violations() {
        this(Clock.system(ZoneId.systemDefault()));
    }

    /**
     * Creates an empty collector.
     *
     * @param clock the clock {@code @Past}, {@code @Future} and their kin compare with; its zone gives the current
     *     {@code LocalDate} and {@code LocalDateTime}
     */
    public Violations(Clock clock) {
        this.clock = clock;
    }

    /**
     * The clock temporal checks compare with.
     *
     * @return the clock
     */
    public Clock clock() {
        return clock;
    }

    /**
     * Records a violation.
     *
     * @param component the record component
     * @param constraint the constraint, as written on the component ({@code @Size(min = 2, max = 80)})
     * @param message what is wrong
     * @param value the offending value, replaced by {@code ***} when the component's name looks secret
     */
    public void add(String component, String constraint, String message, @Nullable Object value) {
        list.add(new Violation(
                component, constraint, message, SecretNames.isSecret(component) ? SecretNames.MASK : value));
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
