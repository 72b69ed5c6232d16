package dev.ormdantic;

import static dev.ormdantic.fixture.FlavorTable.ID;
import static dev.ormdantic.fixture.FlavorTable.RATING;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.ValidationException;
import dev.ormdantic.fixture.Flavor;
import dev.ormdantic.fixture.FlavorTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Batches are chunked under the bind limit and written all or nothing. */
class BatchTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);

    @TempDir
    Path dir;

    private Ormdantic db;
    private BlockingTableHandle<Flavor, String> flavors;

    @BeforeEach
    void open() {
        db = Ormdantic.open("sqlite:" + dir.resolve("batch.sqlite3"));
        db.init().join();
        flavors = db.blockingTable(FlavorTable.TABLE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static List<Flavor> numbered(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> new Flavor("f%05d".formatted(i), "Flavor " + i, i % 10))
                .toList();
    }

    private List<Flavor> byId() {
        return flavors.findMany(Filter.all(), OrderBy.asc(ID)).data();
    }

    @Test
    void batchLargerThanTheBindLimitIsChunkedAndComplete() {
        // 11,000 rows of 3 columns bind 33,000 parameters: more than SQLite's 32,766 in one statement.
        List<Flavor> many = numbered(11_000);
        assertEquals(many, flavors.insertMany(many));
        assertEquals(11_000, flavors.count());
        assertEquals(many, byId());
        assertEquals(1_100, flavors.count(RATING.eq(7)));

        List<Flavor> changed = many.stream()
                .map(f -> new Flavor(f.id(), f.name(), 9 - f.rating()))
                .toList();
        assertEquals(changed, flavors.upsertMany(changed));
        assertEquals(changed, byId());
    }

    @Test
    void oneInvalidRowWritesNothingAndEveryViolationIsListedByRow() {
        flavors.insert(VANILLA);
        List<Flavor> rows = new ArrayList<>(numbered(1_500));
        rows.set(3, new Flavor("bad3", "X", 1));
        rows.set(1_200, new Flavor("bad1200", "Y".repeat(81), 1));

        ValidationException e = assertThrows(ValidationException.class, () -> flavors.insertMany(rows));
        assertEquals(ErrorCode.VALIDATION_FAILED, e.code());
        assertEquals(List.of(3, 1_200), List.copyOf(e.violationsByRow().keySet()));
        assertEquals(2, e.violations().size());
        assertEquals(
                "size must be between 2 and 80 (was 1)", e.violations().get(0).message());
        assertEquals(
                "[ORM2104] insertMany into table 'flavor' failed: 2 of 1500 rows break constraints:"
                        + " row 3: name: size must be between 2 and 80 (was 1) @Size(min = 2, max = 80);"
                        + " row 1200: name: size must be between 2 and 80 (was 81) @Size(min = 2, max = 80);"
                        + " correct the values; nothing was written",
                e.getMessage());
        assertThrows(ValidationException.class, () -> flavors.upsertMany(rows));
        assertEquals(List.of(VANILLA), byId());
    }

    @Test
    void longListsOfInvalidRowsAreCutInTheMessageButKeptInTheException() {
        List<Flavor> rows =
                IntStream.range(0, 25).mapToObj(i -> new Flavor("f" + i, "", i)).toList();
        ValidationException e = assertThrows(ValidationException.class, () -> flavors.upsertMany(rows));
        assertEquals(25, e.violationsByRow().size());
        assertTrue(e.getMessage().contains("; row 19: name: size must be between 2 and 80 (was 0)"), e.getMessage());
        assertFalse(e.getMessage().contains("row 20:"), e.getMessage());
        assertTrue(
                e.getMessage()
                        .endsWith("; and 5 more rows (see violationsByRow()); correct the values; nothing was"
                                + " written"),
                e.getMessage());
    }

    @Test
    void existingKeyInTheMiddleOfABatchRollsBackEveryChunk() {
        flavors.insert(VANILLA);
        List<Flavor> rows = new ArrayList<>(numbered(2_500));
        rows.add(2_100, new Flavor("vanilla", "Second vanilla", 1)); // in the third chunk of 1,000

        DuplicateKeyException e = assertThrows(DuplicateKeyException.class, () -> flavors.insertMany(rows));
        assertEquals("vanilla", e.key());
        assertEquals("flavor", e.table());
        assertEquals("insertMany", e.operation());
        assertEquals(
                "[ORM2201] insertMany into table 'flavor' failed: a row with key id = 'vanilla' (row 2100 of the batch)"
                        + " already exists, so no row was written; use upsertMany() to replace existing rows, or leave"
                        + " that row out",
                e.getMessage());
        assertEquals(List.of(VANILLA), byId());
    }

    @Test
    void repeatedKeyWithinABatchIsRefusedBeforeWriting() {
        List<Flavor> rows = List.of(VANILLA, new Flavor("mint", "Mint", 2), new Flavor("vanilla", "Again", 1));
        DuplicateKeyException insert = assertThrows(DuplicateKeyException.class, () -> flavors.insertMany(rows));
        assertEquals(
                "[ORM2201] insertMany into table 'flavor' failed: rows 0 and 2 of the batch have the same key"
                        + " id = 'vanilla', so no row was written; give each row its own key",
                insert.getMessage());
        assertNull(insert.getCause());

        InvalidArgumentException upsert = assertThrows(InvalidArgumentException.class, () -> flavors.upsertMany(rows));
        assertEquals(ErrorCode.INVALID_ARGUMENT, upsert.code());
        assertEquals(0, flavors.count());
    }

    @Test
    void asyncBatchFailureCompletesWithTheExceptionItself() {
        flavors.insert(VANILLA);
        var future = db.table(FlavorTable.TABLE).insertMany(List.of(new Flavor("a", "Aa", 1), VANILLA));
        CompletionException joined = assertThrows(CompletionException.class, future::join);
        DuplicateKeyException cause = assertInstanceOf(DuplicateKeyException.class, joined.getCause());
        assertEquals(cause, Futures.failure(future));
        assertEquals(1, flavors.count());
    }
}
