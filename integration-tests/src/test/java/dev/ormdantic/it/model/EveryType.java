package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Column;
import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Digits;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One component of every supported type, required and nullable, to prove each round-trips exactly.
 *
 * @param id the key
 * @param text text
 * @param maybeText nullable text
 * @param flag a boolean
 * @param maybeFlag a nullable boolean
 * @param small a short
 * @param maybeSmall a nullable short
 * @param count an int
 * @param maybeCount a nullable int
 * @param big a long
 * @param maybeBig a nullable long
 * @param ratio a float
 * @param maybeRatio a nullable float
 * @param score a double
 * @param maybeScore a nullable double
 * @param price an exact decimal with 12 digits, 2 after the point
 * @param maybeAmount a nullable decimal of any size
 * @param uid a UUID
 * @param maybeUid a nullable UUID
 * @param day a date
 * @param maybeDay a nullable date
 * @param localTime a date-time without zone
 * @param maybeLocalTime a nullable date-time
 * @param at an instant
 * @param maybeAt a nullable instant
 * @param data binary
 * @param maybeData nullable binary
 * @param roast an enum
 * @param maybeRoast a nullable enum
 */
// A byte[] component is what the table stores; equality of such records is not used.
@SuppressWarnings("ArrayRecordComponent")
@Table(
        pk = "id",
        unique = {"uid"},
        indexed = {"day"})
public record EveryType(
        long id,
        String text,
        @Nullable String maybeText,
        boolean flag,
        @Nullable Boolean maybeFlag,
        short small,
        @Nullable Short maybeSmall,
        int count,
        @Nullable Integer maybeCount,
        long big,
        @Nullable Long maybeBig,
        float ratio,
        @Nullable Float maybeRatio,
        double score,
        @Nullable Double maybeScore,
        @Digits(integer = 10, fraction = 2) BigDecimal price,
        @Nullable BigDecimal maybeAmount,
        UUID uid,
        @Nullable UUID maybeUid,
        LocalDate day,
        @Nullable LocalDate maybeDay,
        @Column(name = "local_at") LocalDateTime localTime,
        @Nullable LocalDateTime maybeLocalTime,
        Instant at,
        @Nullable Instant maybeAt,
        byte[] data,
        byte @Nullable [] maybeData,
        Roast roast,
        @Nullable Roast maybeRoast) {}
