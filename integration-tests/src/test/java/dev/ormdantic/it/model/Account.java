package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A model with several constraints, to prove every violation is reported at once.
 *
 * @param id the key
 * @param handle a non-blank handle of 3 to 20 characters
 * @param age between 0 and 150
 * @param referrals at least 0 when present
 */
@Table(
        pk = "id",
        unique = {"handle"})
public record Account(
        int id,
        @NotBlank @Size(min = 3, max = 20) String handle,
        @Min(0) @Max(150) int age,
        @Min(0) @Nullable Integer referrals) {}
