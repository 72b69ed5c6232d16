package dev.ormdantic;

import dev.ormdantic.fixture.Gadget;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** Sample gadgets for tests. */
final class Gadgets {

    private Gadgets() {}

    static Gadget gadget(long id) {
        return new Gadget(
                id,
                "token-" + id + "-secret",
                "Gadget " + id,
                id % 2 == 0,
                new BigDecimal("12.50").add(BigDecimal.valueOf(id)),
                new UUID(id, id),
                LocalDate.of(2024, 1, 1).plusDays(id),
                LocalDateTime.of(2024, 1, 1, 12, 0).plusSeconds(id),
                Instant.parse("2024-01-01T00:00:00Z").plusMillis(id),
                new byte[] {(byte) id, 0, (byte) 255},
                id % 3 == 0 ? null : id * 1.5);
    }
}
