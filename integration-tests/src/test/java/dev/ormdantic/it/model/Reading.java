package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A measurement, for the tests of values a database cannot store exactly.
 *
 * @param id the key
 * @param taken when, without a zone
 * @param at when, as an instant
 * @param value the measured value
 * @param amount an exact amount, unconstrained
 */
@Table(pk = "id")
public record Reading(
        long id,
        LocalDateTime taken,
        Instant at,
        double value,
        @Nullable BigDecimal amount) {}
