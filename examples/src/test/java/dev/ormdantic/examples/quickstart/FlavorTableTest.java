package dev.ormdantic.examples.quickstart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.BlockingOrmdantic;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ValidationException;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.test.OrmdanticTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quickstart's table, tested the way an application tests its own: {@link OrmdanticTest} gives each test a
 * database of its own (an SQLite file here; set {@code ORMDANTIC_TEST_URL} to use a server) with the table created.
 */
@OrmdanticTest
class FlavorTableTest {

    @Test
    void findsFlavorsByRating(BlockingOrmdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.table(FlavorTable.TABLE);
        flavors.insertMany(List.of(new Flavor("vanilla", "Vanilla", 5), new Flavor("mint", "Mint", 3)));
        assertEquals(
                List.of("Vanilla"),
                flavors.findMany(FlavorTable.RATING.ge(4), OrderBy.asc(FlavorTable.NAME)).data().stream()
                        .map(Flavor::name)
                        .toList());
    }

    @Test
    void startsEmptyAndRefusesANameTooShort(BlockingOrmdantic db) {
        BlockingTableHandle<Flavor, String> flavors = db.table(FlavorTable.TABLE);
        assertEquals(0, flavors.count()); // the other test's rows are in another database
        ValidationException refused =
                assertThrows(ValidationException.class, () -> flavors.insert(new Flavor("x", "X", 1)));
        assertEquals(ErrorCode.VALIDATION_FAILED, refused.code());
        assertEquals(0, flavors.count());
    }
}
