package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Check;
import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A brew, for the column and table {@code CHECK} constraints: one of every kind, and an enum stored by chosen values.
 *
 * @param id the key
 * @param name 2 to 20 characters, not blank
 * @param strength 1 to 10
 * @param dose more than 0.5, at most 99.99
 * @param ratio more than 0 (a float)
 * @param code two capitals, a dash and digits
 * @param grind stored as {@code F}, {@code M} or {@code COARSE}
 * @param note at least one character when present
 * @param nextGrind a nullable enum stored by chosen values
 */
@Table(pk = "id", checks = @Check(name = "brew_strong_dose_check", sql = "strength < 9 OR ratio >= 1"))
public record Brew(
        String id,
        @NotBlank @Size(min = 2, max = 20) String name,
        @Min(1) @Max(10) int strength,

        @DecimalMin(value = "0.5", inclusive = false) @DecimalMax("99.99") @Digits(integer = 2, fraction = 2)
        BigDecimal dose,

        @Positive float ratio,
        @Pattern(regexp = "[A-Z]{2}-[0-9]+") String code,
        Grind grind,
        @Size(min = 1) @Nullable String note,
        @Nullable Grind nextGrind) {}
