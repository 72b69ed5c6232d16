package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * A model with custom constraints, checked by the Bean Validation provider, beside built-in ones, checked by
 * generated code.
 *
 * @param id the key
 * @param name at most 10 characters (built-in)
 * @param cups even (custom)
 * @param shots at least 1 (built-in)
 * @param pinToken a multiple of 4 (custom); a secret, so never shown in a violation
 */
@Balanced
@Table(pk = "id")
public record Pour(
        String id,
        @Size(max = 10) String name,
        @Even int cups,
        @Min(1) int shots,
        @Even(4) int pinToken) {}
