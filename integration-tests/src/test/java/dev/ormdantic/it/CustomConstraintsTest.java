package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ValidationException;
import dev.ormdantic.error.Violation;
import dev.ormdantic.it.model.Pour;
import dev.ormdantic.it.model.PourTable;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Custom constraints ({@code @Even} on components, {@code @Balanced} on the record) are checked by the Bean Validation
 * provider on the class path (Hibernate Validator), beside the built-in ones the generated code checks: every
 * violation is listed once, and nothing is written.
 */
class CustomConstraintsTest {

    @Test
    void theGeneratedValidationCallsTheProviderForTheCustomConstraintsOnly() {
        PourTable table = PourTable.TABLE;
        dev.ormdantic.support.Violations violations = new dev.ormdantic.support.Violations();

        table.validate(new Pour("p", "Pour", 4, 2, 8), violations);

        assertEquals(List.of(), violations.list());
    }

    @BackendTest
    void aRecordBreakingCustomAndBuiltInConstraintsIsRefusedWithEachViolationOnce(Ormdantic db) {
        BlockingTableHandle<Pour, String> pours = db.blockingTable(PourTable.TABLE);
        Pour bad = new Pour("p", "x".repeat(11), 5, 0, 6);

        ValidationException e = assertThrows(ValidationException.class, () -> pours.insert(bad));

        assertEquals(
                List.of(
                        "name | @Size(max = 10) | size must be between 0 and 10 (was 11) | xxxxxxxxxxx",
                        "shots | @Min(1) | must be greater than or equal to 1 | 0",
                        " | @Balanced | has more cups than twice its shots | null",
                        "cups | @Even | must be a multiple of 2 | 5",
                        "pinToken | @Even(4) | must be a multiple of 4 | ***"),
                e.violations().stream()
                        .map(v -> String.join(
                                " | ", v.component(), v.constraint(), v.message(), String.valueOf(v.value())))
                        .toList());
        assertThrows(ValidationException.class, () -> pours.upsert(bad));
        assertThrows(ValidationException.class, () -> pours.insertMany(List.of(new Pour("ok", "Ok", 2, 1, 4), bad)));
        assertEquals(0, pours.count());
    }

    @BackendTest
    void onlyACustomConstraintBrokenIsEnoughToRefuseTheWrite(Ormdantic db) {
        BlockingTableHandle<Pour, String> pours = db.blockingTable(PourTable.TABLE);
        Pour valid = new Pour("p", "Pour", 4, 2, 8);
        pours.insert(valid);

        ValidationException e =
                assertThrows(ValidationException.class, () -> pours.update(new Pour("p", "Pour", 6, 2, 8)));

        assertEquals(
                List.of(new Violation("", "@Balanced", "has more cups than twice its shots", null)), e.violations());
        assertEquals(Optional.of(valid), pours.findOne("p"));
    }

    @BackendTest
    void aRecordSatisfyingEveryConstraintIsWrittenAndReadBack(Ormdantic db) {
        BlockingTableHandle<Pour, String> pours = db.blockingTable(PourTable.TABLE);
        Pour valid = new Pour("p", "Pour", 4, 2, 8);

        pours.insert(valid);

        assertEquals(Optional.of(valid), pours.findOne("p"));
        assertEquals(1, pours.count());
    }
}
