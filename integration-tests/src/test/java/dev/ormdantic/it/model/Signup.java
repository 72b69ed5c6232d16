package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.FutureOrPresent;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Negative;
import jakarta.validation.constraints.NegativeOrZero;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A model carrying every checked {@code jakarta.validation} constraint, each on a component of its own (but
 * {@code price}, which has two), so that one record can break each exactly once.
 *
 * @param id a positive key
 * @param handle not null
 * @param name not blank, at most 40 characters
 * @param avatar not empty
 * @param age at least 18
 * @param rating at most 10
 * @param fee more than 0.01
 * @param price at most 9999.99, with at most 4 integer and 2 fraction digits
 * @param points 0 or more
 * @param debt less than 0 when present
 * @param drift 0 or less
 * @param slug lower-case letters, digits and hyphens
 * @param email an email address
 * @param birthday before today
 * @param joinedAt now or before
 * @param renewsAt after now
 * @param startsOn today or later when present
 * @param agreed true
 * @param apiToken at least 8 characters; a secret, so never shown in a violation
 */
@Table(pk = "id")
@SuppressWarnings("ArrayRecordComponent") // avatar is stored as binary; the record is never compared
public record Signup(
        @Positive long id,
        @NotNull String handle,
        @NotBlank @Size(max = 40) String name,
        @NotEmpty byte[] avatar,
        @Min(18) int age,
        @Max(10) short rating,
        @DecimalMin(value = "0.01", inclusive = false) BigDecimal fee,

        @DecimalMax("9999.99") @Digits(integer = 4, fraction = 2)
        BigDecimal price,

        @PositiveOrZero int points,
        @Negative @Nullable Integer debt,
        @NegativeOrZero double drift,
        @Pattern(regexp = "[a-z0-9-]+") String slug,
        @Email String email,
        @Past LocalDate birthday,
        @PastOrPresent Instant joinedAt,
        @Future LocalDateTime renewsAt,
        @FutureOrPresent @Nullable LocalDate startsOn,
        @AssertTrue boolean agreed,
        @Size(min = 8) String apiToken) {}
