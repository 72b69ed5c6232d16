package dev.ormdantic.it;

import static dev.ormdantic.it.model.SnackTable.ID;
import static dev.ormdantic.it.model.SnackTable.NAME;
import static dev.ormdantic.it.model.SnackTable.NOTE;
import static dev.ormdantic.it.model.SnackTable.STARS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.it.model.Snack;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.Filters;
import dev.ormdantic.query.OrderBy;
import java.util.List;
import java.util.Map;

/**
 * A filter that reduces to "always true" is a filter on every row: {@code deleteWhere} and {@code updateWhere} refuse
 * it ({@code ORM2506}) however it is spelled, and nothing is written; {@code deleteAll}/{@code updateAll} are the calls
 * that write every row.
 */
class MatchAllFilterTest {

    private static final SnackTable TABLE = SnackTable.TABLE;

    /** Filters with a condition in them that still match every row, whatever the rows hold. */
    private static List<Filter<Snack>> alwaysTrue() {
        Filter<Snack> nothing = ID.in(List.of());
        return List.of(
                ID.notIn(List.of()),
                STARS.ge(4).or(ID.notIn(List.of())),
                nothing.not(),
                ID.notIn(List.of()).and(NAME.notIn(List.of())),
                STARS.isNull().and(nothing).or(NOTE.notIn(List.of()).and(Filter.all())),
                nothing.or(nothing)
                        .not()
                        .and(STARS.in(List.of()).and(STARS.isNull()).not()),
                Filters.of(TABLE, Map.of("id__not_in", List.of())),
                Filters.of(TABLE, Map.of("stars", Map.of("not_in", List.of()))),
                Filters.fromJson(TABLE, "{\"or\": [{\"stars__ge\": 4}, {\"id__not_in\": []}]}"),
                Filters.fromJson(TABLE, "{\"not\": {\"or\": []}}"),
                Filters.fromJson(TABLE, "{\"not\": {\"id__in\": []}, \"and\": [{\"name__not_in\": []}]}"));
    }

    @BackendTest
    void deleteWhereRefusesEveryFilterThatMatchesAllRows(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        for (Filter<Snack> filter : alwaysTrue()) {
            assertRefused(() -> snacks.deleteWhere(filter), filter);
            assertRefused(() -> snacks.deleteWhere(filter), filter);
        }
        assertEquals(
                QueryLanguageTest.SNACKS,
                snacks.findMany(Filter.all(), OrderBy.asc(ID)).data());
    }

    @BackendTest
    void updateWhereRefusesEveryFilterThatMatchesAllRows(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        for (Filter<Snack> filter : alwaysTrue()) {
            assertRefused(() -> snacks.updateWhere(filter, List.of(NOTE.set("gone"))), filter);
            assertRefused(
                    () -> db.table(SnackTable.TABLE)
                            .updateWhere(filter, List.of(NOTE.set("gone")))
                            .join(),
                    filter);
        }
        assertEquals(
                QueryLanguageTest.SNACKS,
                snacks.findMany(Filter.all(), OrderBy.asc(ID)).data());
    }

    @BackendTest
    void filtersThatDependOnTheRowStillWrite(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        // Three-valued logic: rows whose stars is NULL match neither branch, so this is not "always true".
        assertEquals(4, snacks.updateWhere(STARS.ge(3).or(STARS.lt(3)), List.of(NOTE.set("rated"))));
        assertEquals(1, snacks.deleteWhere(ID.in(List.of()).or(ID.eq(6L))));
        assertEquals(1, snacks.deleteWhere(ID.notIn(List.of()).and(ID.eq(5L))));
        assertEquals(1, snacks.deleteWhere(Filters.fromJson(TABLE, "{\"or\": [{\"id\": 4}, {\"id__in\": []}]}")));
        assertEquals(
                List.of(1L, 2L, 3L),
                snacks.findMany(Filter.all(), OrderBy.asc(ID)).data().stream()
                        .map(Snack::id)
                        .toList());
        assertEquals(3, snacks.deleteAll());
        assertEquals(0, snacks.count());
    }

    @BackendTest
    void theRefusalNamesTheCallThatWritesEveryRow(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        String delete = assertThrows(InvalidArgumentException.class, () -> snacks.deleteWhere(Filter.all()))
                .getMessage();
        assertTrue(delete.startsWith("[ORM2506] deleteWhere on table '"), delete);
        assertTrue(
                delete.endsWith("failed: the filter matches every row, which a filtered write refuses; pass a filter"
                        + " that names the rows, or call deleteAll() to write every row of the table"),
                delete);
        String update = assertThrows(
                        InvalidArgumentException.class, () -> snacks.updateWhere(Filter.all(), List.of(NOTE.set("x"))))
                .getMessage();
        assertTrue(update.endsWith("or call updateAll(assignments) to write every row of the table"), update);
        assertEquals(6, snacks.updateAll(List.of(NOTE.set("every"))));
        assertEquals(6, snacks.count(NOTE.eq("every")));
    }

    private static void assertRefused(org.junit.jupiter.api.function.Executable call, Filter<Snack> filter) {
        Throwable thrown = assertThrows(Throwable.class, call, filter::toString);
        Throwable cause = thrown instanceof java.util.concurrent.CompletionException ? thrown.getCause() : thrown;
        InvalidArgumentException refused =
                assertInstanceOf(InvalidArgumentException.class, cause, () -> filter + " -> " + cause);
        assertEquals(ErrorCode.FILTER_REQUIRED, refused.code());
        assertTrue(refused.getMessage().contains("reduces to always true"), refused.getMessage());
    }
}
