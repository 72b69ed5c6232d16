package dev.ormdantic.support;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * The checks of temporal components: {@code @Past}, {@code @PastOrPresent}, {@code @Future} and
 * {@code @FutureOrPresent}, against the {@link Violations#clock() clock} of the collector; {@code null} passes.
 *
 * @since 0.1.0
 */
public final class TimeChecks {

    private TimeChecks() {}

    private static final int PAST = 0;
    private static final int PAST_OR_PRESENT = 1;
    private static final int FUTURE = 2;
    private static final int FUTURE_OR_PRESENT = 3;

    /**
     * {@code @Past} on a date: it is before today.
     *
     * @param violations where a violation is recorded, and whose clock gives today
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void past(Violations violations, String component, String constraint, @Nullable LocalDate value) {
        if (value != null) {
            temporal(
                    violations, component, constraint, value, value.compareTo(LocalDate.now(violations.clock())), PAST);
        }
    }

    /**
     * {@code @Past} on a date-time: it is before now, in the clock's zone.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void past(Violations violations, String component, String constraint, @Nullable LocalDateTime value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(LocalDateTime.now(violations.clock())),
                    PAST);
        }
    }

    /**
     * {@code @Past} on an instant: it is before now.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void past(Violations violations, String component, String constraint, @Nullable Instant value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(violations.clock().instant()),
                    PAST);
        }
    }

    /**
     * {@code @PastOrPresent} on a date: it is today or before.
     *
     * @param violations where a violation is recorded, and whose clock gives today
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void pastOrPresent(
            Violations violations, String component, String constraint, @Nullable LocalDate value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(LocalDate.now(violations.clock())),
                    PAST_OR_PRESENT);
        }
    }

    /**
     * {@code @PastOrPresent} on a date-time: it is now or before, in the clock's zone.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void pastOrPresent(
            Violations violations, String component, String constraint, @Nullable LocalDateTime value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(LocalDateTime.now(violations.clock())),
                    PAST_OR_PRESENT);
        }
    }

    /**
     * {@code @PastOrPresent} on an instant: it is now or before.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void pastOrPresent(
            Violations violations, String component, String constraint, @Nullable Instant value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(violations.clock().instant()),
                    PAST_OR_PRESENT);
        }
    }

    /**
     * {@code @Future} on a date: it is after today.
     *
     * @param violations where a violation is recorded, and whose clock gives today
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void future(Violations violations, String component, String constraint, @Nullable LocalDate value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(LocalDate.now(violations.clock())),
                    FUTURE);
        }
    }

    /**
     * {@code @Future} on a date-time: it is after now, in the clock's zone.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void future(
            Violations violations, String component, String constraint, @Nullable LocalDateTime value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(LocalDateTime.now(violations.clock())),
                    FUTURE);
        }
    }

    /**
     * {@code @Future} on an instant: it is after now.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void future(Violations violations, String component, String constraint, @Nullable Instant value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(violations.clock().instant()),
                    FUTURE);
        }
    }

    /**
     * {@code @FutureOrPresent} on a date: it is today or after.
     *
     * @param violations where a violation is recorded, and whose clock gives today
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void futureOrPresent(
            Violations violations, String component, String constraint, @Nullable LocalDate value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(LocalDate.now(violations.clock())),
                    FUTURE_OR_PRESENT);
        }
    }

    /**
     * {@code @FutureOrPresent} on a date-time: it is now or after, in the clock's zone.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void futureOrPresent(
            Violations violations, String component, String constraint, @Nullable LocalDateTime value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(LocalDateTime.now(violations.clock())),
                    FUTURE_OR_PRESENT);
        }
    }

    /**
     * {@code @FutureOrPresent} on an instant: it is now or after.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void futureOrPresent(
            Violations violations, String component, String constraint, @Nullable Instant value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.compareTo(violations.clock().instant()),
                    FUTURE_OR_PRESENT);
        }
    }

    /**
     * {@code @Past} on a date-time with an offset: its instant is before now, whatever the offset.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void past(
            Violations violations, String component, String constraint, @Nullable OffsetDateTime value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.toInstant().compareTo(violations.clock().instant()),
                    PAST);
        }
    }

    /**
     * {@code @PastOrPresent} on a date-time with an offset: its instant is now or before, whatever the offset.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void pastOrPresent(
            Violations violations, String component, String constraint, @Nullable OffsetDateTime value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.toInstant().compareTo(violations.clock().instant()),
                    PAST_OR_PRESENT);
        }
    }

    /**
     * {@code @Future} on a date-time with an offset: its instant is after now, whatever the offset.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void future(
            Violations violations, String component, String constraint, @Nullable OffsetDateTime value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.toInstant().compareTo(violations.clock().instant()),
                    FUTURE);
        }
    }

    /**
     * {@code @FutureOrPresent} on a date-time with an offset: its instant is now or after, whatever the offset.
     *
     * @param violations where a violation is recorded, and whose clock gives now
     * @param component the component name
     * @param constraint the annotation as written
     * @param value the value
     */
    public static void futureOrPresent(
            Violations violations, String component, String constraint, @Nullable OffsetDateTime value) {
        if (value != null) {
            temporal(
                    violations,
                    component,
                    constraint,
                    value,
                    value.toInstant().compareTo(violations.clock().instant()),
                    FUTURE_OR_PRESENT);
        }
    }

    private static void temporal(
            Violations violations, String component, String constraint, Object value, int comparison, int rule) {
        boolean valid;
        String message;
        switch (rule) {
            case PAST -> {
                valid = comparison < 0;
                message = "must be a past date";
            }
            case PAST_OR_PRESENT -> {
                valid = comparison <= 0;
                message = "must be a date in the past or in the present";
            }
            case FUTURE -> {
                valid = comparison > 0;
                message = "must be a future date";
            }
            default -> {
                valid = comparison >= 0;
                message = "must be a date in the present or in the future";
            }
        }
        if (!valid) {
            violations.add(component, constraint, message, value);
        }
    }
}
