package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigInteger;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One component of every type added for issue 5: {@code byte}, {@code BigInteger}, {@code LocalTime},
 * {@code OffsetDateTime}, JSON documents and {@code Optional}s, to prove each round-trips exactly.
 *
 * @param id the key
 * @param tiny a byte
 * @param maybeTiny a nullable byte
 * @param huge an exact integer of any size the database holds
 * @param bounded an exact integer of at most 20 digits
 * @param clock a time of day
 * @param maybeClock a nullable time of day
 * @param moment a date-time with an offset
 * @param maybeMoment an optional date-time with an offset
 * @param scores a map of lists, as JSON
 * @param words a list, as JSON
 * @param roasts a set of enums, as JSON
 * @param address a nested record, as JSON
 * @param document any JSON document
 * @param nick an optional string of 2 to 20 characters when present
 * @param rank an optional number of at least 1 when present
 * @param roast an optional enum
 */
@Table(pk = "id")
public record Fidelity(
        long id,
        byte tiny,
        @Nullable Byte maybeTiny,
        BigInteger huge,
        @Digits(integer = 20, fraction = 0) @Nullable BigInteger bounded,
        LocalTime clock,
        @Nullable LocalTime maybeClock,
        OffsetDateTime moment,
        Optional<OffsetDateTime> maybeMoment,
        Map<String, List<Integer>> scores,
        List<String> words,
        Set<Roast> roasts,
        Optional<Address> address,
        Map<String, Object> document,
        @Size(min = 2, max = 20) Optional<String> nick,
        @Min(1) Optional<Integer> rank,
        Optional<Roast> roast) {

    /**
     * A postal address, stored inside a JSON column.
     *
     * @param street the street
     * @param number the house number
     * @param lines more lines
     * @param note a note, possibly absent
     */
    public record Address(
            String street,
            int number,
            List<String> lines,
            @Nullable String note) {}
}
