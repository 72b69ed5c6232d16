package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.it.model.Snack;
import dev.ormdantic.it.model.SnackTable;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@code in} list is a read of any length up to 100,000 values on every dialect: PostgreSQL binds one array past
 * 1,000 values (its protocol carries 65,535 parameters), Oracle splits the list into groups of 1,000; a long list is
 * never reported as a value that "cannot be stored".
 */
class LongInListTest {

    private static final int SIZE = 100_000;

    /** 100,000 keys: the seeded ones (1 to 6) among 99,994 that match nothing. */
    private static List<Long> keys() {
        List<Long> keys = new ArrayList<>(SIZE);
        for (long key = SIZE; key > 0; key--) {
            keys.add(key);
        }
        return keys;
    }

    @BackendTest
    void aHundredThousandValuesInAndNotIn(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        List<Long> keys = keys();
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L), QueryLanguageTest.ids(snacks, SnackTable.ID.in(keys)));
        assertEquals(6, snacks.count(SnackTable.ID.in(keys)));
        assertEquals(List.of(), QueryLanguageTest.ids(snacks, SnackTable.ID.notIn(keys)));
        List<String> names = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            names.add("no snack " + i);
        }
        names.add(snacks.findOne(2L).orElseThrow().name());
        assertEquals(List.of(2L), QueryLanguageTest.ids(snacks, SnackTable.NAME.in(names)));
        assertEquals(5, snacks.count(SnackTable.NAME.notIn(names)));
        // a write with the same list: the rows it names, and no other
        assertEquals(1, snacks.deleteWhere(SnackTable.NAME.in(names)));
        assertEquals(List.of(1L, 3L, 4L, 5L, 6L), QueryLanguageTest.ids(snacks, SnackTable.ID.in(keys)));
    }
}
