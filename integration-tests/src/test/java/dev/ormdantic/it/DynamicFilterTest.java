package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Slice;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.internal.exec.JdbcTableHandle;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.it.model.Snack;
import dev.ormdantic.it.model.SnackTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.Filters;
import dev.ormdantic.query.OrderBy;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Tag;

/**
 * Filters and orderings that arrive as data: both spellings, nesting, every error with its code, and an injection
 * corpus used as values, keys, sort keys and search text, which must match only literally and change no data.
 */
class DynamicFilterTest {

    private static final SnackTable TABLE = SnackTable.TABLE;
    private static final Snack TRAP = new Snack(9, "' OR 1=1--", 1, 1, 1, "%_!");

    private static BlockingTableHandle<Snack, Long> seeded(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = QueryLanguageTest.seeded(db);
        snacks.insert(TRAP);
        db.blockingTable(FlavorTable.TABLE).insert(new Flavor("sentinel", "Sentinel", 1));
        return snacks;
    }

    private static List<Long> ids(BlockingTableHandle<Snack, Long> snacks, Filter<Snack> filter) {
        return QueryLanguageTest.ids(snacks, filter);
    }

    private static List<Long> json(BlockingTableHandle<Snack, Long> snacks, String json) {
        return ids(snacks, Filters.fromJson(TABLE, json));
    }

    @BackendTest
    void bothSpellingsAndNesting(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        assertEquals(List.of(1L, 5L), json(snacks, "{\"stars\": {\"gte\": 4}}"));
        assertEquals(List.of(1L, 5L), json(snacks, "{\"stars__ge\": 4}"));
        assertEquals(List.of(1L, 5L), json(snacks, "{\"stars__gte\": \"4\"}"));
        assertEquals(List.of(4L, 9L), json(snacks, "{\"stars\": {\"lte\": 2}}"));
        assertEquals(List.of(2L), json(snacks, "{\"stars\": 3}"));
        assertEquals(
                List.of(1L),
                json(
                        snacks,
                        "{\"stars\": {\"gt\": 2, \"lt\": 4}, \"price__ne\": 150, \"note\": null}"
                                .replace("\"gt\": 2, \"lt\": 4", "\"ge\": 5")));
        assertEquals(List.of(3L, 6L), json(snacks, "{\"stars__is_null\": true}"));
        assertEquals(List.of(1L, 2L, 4L, 5L, 9L), json(snacks, "{\"stars\": {\"is_null\": false}}"));
        assertEquals(List.of(2L, 4L), json(snacks, "{\"stars__in\": [2, 3]}"));
        assertEquals(List.of(), json(snacks, "{\"stars__in\": []}"));
        assertEquals(List.of(1L, 2L, 3L, 4L, 5L, 6L, 9L), json(snacks, "{\"id__not_in\": []}"));
        assertEquals(List.of(1L, 2L, 5L), json(snacks, "{\"price\": {\"between\": [150, 300]}}"));
        assertEquals(List.of(3L, 4L, 6L, 9L), json(snacks, "{\"price__not_between\": [150, 300]}"));
        assertEquals(List.of(1L, 3L), json(snacks, "{\"name\": {\"ilike\": \"VANILLA%\"}}"));
        assertEquals(List.of(2L), json(snacks, "{\"name__contains\": \"50%\"}"));
        assertEquals(List.of(1L, 3L), json(snacks, "{\"name__istartswith\": \"vAnIlLa\"}"));
        assertEquals(List.of(5L), json(snacks, "{\"name__endswith\": \"]\"}"));
        assertEquals(List.of(9L), json(snacks, "{\"note__contains\": \"%_!\"}"));
        assertEquals(
                List.of(1L, 4L),
                json(snacks, "{\"or\": [{\"stars\": 5}, {\"and\": [{\"price__lt\": 130}, {\"cost\": 130}]}]}"));
        assertEquals(List.of(2L, 3L, 4L, 5L, 6L, 9L), json(snacks, "{\"not\": {\"name__icontains\": \"wafer\"}}"));
        assertEquals(List.of(), json(snacks, "{\"or\": []}"));
        assertEquals(
                List.of(2L),
                ids(snacks, Filters.of(TABLE, Map.of("name__startswith", "50", "stars", Map.of("ge", 3)))));
    }

    @BackendTest
    void orderingStrings(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        OrderBy<Snack> order = Filters.orderBy(TABLE, List.of("-price", "+name", "id"));
        assertEquals(
                List.of(3L, 1L, 5L, 2L, 4L, 6L, 9L),
                snacks.findMany(Filter.all(), order).data().stream()
                        .map(Snack::id)
                        .toList());
        FilterException unknown =
                assertThrows(FilterException.class, () -> Filters.orderBy(TABLE, List.of("price; DROP TABLE snack")));
        assertEquals(ErrorCode.FILTER_UNKNOWN_COLUMN, unknown.code());
        assertEquals(List.of("id", "name", "stars", "price", "cost", "note"), unknown.allowed());
    }

    @BackendTest
    void everyErrorHasItsCodeAndListsTheChoices(Ormdantic db) {
        FilterException column = assertThrows(FilterException.class, () -> Filters.fromJson(TABLE, "{\"ratin\": 4}"));
        assertEquals(ErrorCode.FILTER_UNKNOWN_COLUMN, column.code());
        assertEquals(
                "[ORM2501] filter on table 'snack': unknown column 'ratin'; the columns are id, name, stars, price,"
                        + " cost, note; use a listed column, optionally with an operator suffix such as rating__gte",
                column.getMessage());
        assertEquals("filter", column.operation());
        assertEquals("snack", column.table());

        FilterException operator =
                assertThrows(FilterException.class, () -> Filters.fromJson(TABLE, "{\"stars\": {\"gtee\": 4}}"));
        assertEquals(ErrorCode.FILTER_UNKNOWN_OPERATOR, operator.code());
        assertTrue(operator.allowed().containsAll(List.of("eq", "gte", "ge", "between", "is_null")));
        assertFalse(operator.allowed().contains("like"));
        assertEquals("stars.gtee", operator.path());
        FilterException inapplicable =
                assertThrows(FilterException.class, () -> Filters.fromJson(TABLE, "{\"price__contains\": \"1\"}"));
        assertEquals(ErrorCode.FILTER_UNKNOWN_OPERATOR, inapplicable.code());
        assertTrue(inapplicable.getMessage().contains("does not apply to the INT column 'price'"));

        FilterException type =
                assertThrows(FilterException.class, () -> Filters.fromJson(TABLE, "{\"stars\": \"abc\"}"));
        assertEquals(ErrorCode.FILTER_INVALID_VALUE, type.code());
        assertEquals(
                "[ORM2503] filter on table 'snack' at 'stars': the INT column 'stars' needs an integer from -2147483648"
                        + " to 2147483647, not a string; send a value of the column's type",
                type.getMessage());
        for (String bad : List.of(
                "{\"stars\": 4.5}",
                "{\"stars\": 99999999999}",
                "{\"stars\": true}",
                "{\"name\": 5}",
                "{\"stars__in\": [1, \"x\"]}",
                "{\"stars__between\": [1]}",
                "{\"stars__lt\": null}",
                "{\"stars__is_null\": \"yes\"}",
                "{\"name__contains\": [\"a\"]}")) {
            FilterException e = assertThrows(FilterException.class, () -> Filters.fromJson(TABLE, bad), bad);
            assertTrue(
                    e.code() == ErrorCode.FILTER_INVALID_VALUE || e.code() == ErrorCode.FILTER_MALFORMED,
                    bad + " -> " + e.getMessage());
        }

        StringBuilder deep = new StringBuilder();
        for (int i = 0; i <= Filters.MAX_DEPTH; i++) {
            deep.append("{\"not\": ");
        }
        deep.append("{\"stars\": 1}").append("}".repeat(Filters.MAX_DEPTH + 1));
        FilterException tooDeep = assertThrows(FilterException.class, () -> Filters.fromJson(TABLE, deep.toString()));
        assertEquals(ErrorCode.FILTER_TOO_COMPLEX, tooDeep.code());
        List<Integer> many = new ArrayList<>();
        for (int i = 0; i <= Filters.MAX_VALUES; i++) {
            many.add(i);
        }
        FilterException tooMany = assertThrows(FilterException.class, () -> Filters.of(TABLE, Map.of("id__in", many)));
        assertEquals(ErrorCode.FILTER_TOO_COMPLEX, tooMany.code());

        for (String malformed : List.of(
                "{\"stars\": 1, \"stars\": 2}",
                "[1, 2]",
                "{\"stars\": 1} trailing",
                "{\"stars\": NaN}",
                "{\"or\": {\"stars\": 1}}",
                "{\"not\": [1]}",
                "{\"stars\": {}}",
                "not json",
                "")) {
            FilterException e = assertThrows(FilterException.class, () -> Filters.fromJson(TABLE, malformed));
            assertEquals(ErrorCode.FILTER_MALFORMED, e.code(), malformed + " -> " + e.getMessage());
        }
    }

    @Tag("reliability")
    @BackendTest
    void injectionCorpusMatchesOnlyLiterallyAndTouchesNoData(Ormdantic db) throws IOException {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        List<Snack> before =
                snacks.findMany(Filter.all(), OrderBy.asc(SnackTable.ID)).data();
        long flavors = db.blockingTable(FlavorTable.TABLE).count();
        JdbcTableHandle<?, ?> handle = (JdbcTableHandle<?, ?>) snacks;
        Map<String, Object> warmUp = new LinkedHashMap<>();
        warmUp.put("name", "warm-up");
        warmUp.put("note__contains", "warm-up");
        ids(snacks, Filters.of(TABLE, warmUp));
        long renders = handle.renderCount();
        List<String> corpus = corpus();
        assertTrue(corpus.size() >= 70, "corpus has " + corpus.size() + " payloads");
        for (String payload : corpus) {
            if (payload.indexOf('\0') >= 0) {
                // SQLite would cut a pattern short at a NUL: refused as a needle on every database.
                FilterException nul =
                        assertThrows(FilterException.class, () -> Filters.of(TABLE, Map.of("name__contains", payload)));
                assertEquals(ErrorCode.FILTER_INVALID_VALUE, nul.code());
                // As a value it is compared where the database stores NUL, and refused where it cannot (PostgreSQL).
                Filter<Snack> equal = Filters.of(TABLE, Map.of("name", payload));
                if (db.dialect().equals("postgresql")) {
                    assertEquals(
                            ErrorCode.FILTER_INVALID_VALUE,
                            assertThrows(FilterException.class, () -> ids(snacks, equal))
                                    .code());
                } else {
                    assertEquals(List.of(), ids(snacks, equal));
                }
                continue;
            }
            // (a) a value, (d) a search needle: the statement is the same template; matches are literal.
            Map<String, Object> filter = new LinkedHashMap<>();
            filter.put("name", payload);
            filter.put("note__contains", payload);
            List<Long> expected = before.stream()
                    .filter(s -> s.name().equals(payload)
                            && s.note() != null
                            && s.note().contains(payload))
                    .map(Snack::id)
                    .toList();
            assertEquals(expected, ids(snacks, Filters.of(TABLE, filter)), payload);
            // contains follows the column's collation: case-sensitive, or ASCII-case-insensitive (SQLite, SQL Server).
            List<Long> containing = before.stream()
                    .filter(s -> s.name().contains(payload))
                    .map(Snack::id)
                    .toList();
            List<Long> containingAnyCase = before.stream()
                    .filter(s -> s.name().toLowerCase(Locale.ROOT).contains(payload.toLowerCase(Locale.ROOT)))
                    .map(Snack::id)
                    .toList();
            List<Long> found = ids(snacks, Filters.of(TABLE, Map.of("name__contains", payload)));
            assertTrue(found.equals(containing) || found.equals(containingAnyCase), payload + " -> " + found);
            assertEquals(
                    containingAnyCase, ids(snacks, Filters.of(TABLE, Map.of("name__icontains", payload))), payload);
            assertEquals(
                    before.stream()
                            .filter(s -> s.name().equals(payload))
                            .map(Snack::id)
                            .toList(),
                    json(snacks, "{\"name\": " + jsonString(payload) + "}"),
                    payload);
            // (b) a key and (c) a sort key: refused before any SQL is sent.
            FilterException key = assertThrows(FilterException.class, () -> Filters.of(TABLE, Map.of(payload, 1)));
            assertTrue(
                    key.code() == ErrorCode.FILTER_UNKNOWN_COLUMN
                            || key.code() == ErrorCode.FILTER_UNKNOWN_OPERATOR
                            || key.code() == ErrorCode.FILTER_MALFORMED
                            || key.code() == ErrorCode.FILTER_INVALID_VALUE,
                    payload + " -> " + key.getMessage());
            assertFalse(key.getMessage().contains("\n"), key.getMessage());
            FilterException sort = assertThrows(FilterException.class, () -> Filters.orderBy(TABLE, List.of(payload)));
            assertEquals(ErrorCode.FILTER_UNKNOWN_COLUMN, sort.code(), payload);
        }
        // The literal trap row matches itself and nothing else.
        assertEquals(List.of(9L), json(snacks, "{\"name\": \"' OR 1=1--\"}"));
        // Every value went through four cached templates (the warm-up's, contains, icontains, eq): no statement was
        // rendered for a payload.
        assertEquals(renders + 3, handle.renderCount());
        assertEquals(
                before,
                snacks.findMany(Filter.all(), OrderBy.asc(SnackTable.ID)).data());
        assertEquals(flavors, db.blockingTable(FlavorTable.TABLE).count());
    }

    @BackendTest
    void aRepeatedShapeRendersOnce(Ormdantic db) {
        BlockingTableHandle<Snack, Long> snacks = seeded(db);
        JdbcTableHandle<?, ?> handle = (JdbcTableHandle<?, ?>) snacks;
        long start = handle.renderCount();
        for (int stars = 1; stars <= 5; stars++) {
            snacks.findMany(
                    SnackTable.STARS.ge(stars).and(SnackTable.NAME.contains("a")),
                    OrderBy.asc(SnackTable.ID),
                    Slice.limit(2).offset(stars));
            snacks.count(Filters.of(TABLE, Map.of("stars__ge", stars)));
        }
        assertEquals(start + 2, handle.renderCount());
        snacks.findMany(SnackTable.STARS.le(1));
        snacks.findMany(SnackTable.STARS.isNull());
        assertEquals(start + 4, handle.renderCount());
    }

    private static String jsonString(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static List<String> corpus() throws IOException {
        List<String> payloads = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(
                DynamicFilterTest.class.getResourceAsStream("/injection-corpus.txt"), "corpus")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1)) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    payloads.add(decode(line));
                }
            }
        }
        return payloads;
    }

    /** Decodes {@code \n}, {@code \r}, {@code \t}, {@code \0} and {@code \\uXXXX}; other backslashes stay. */
    private static String decode(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(i + 1);
                switch (next) {
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case '0' -> out.append('\0');
                    case 'u' -> {
                        out.append((char) Integer.parseInt(line.substring(i + 2, i + 6), 16));
                        i += 4;
                    }
                    default -> {
                        out.append(c);
                        continue;
                    }
                }
                i++;
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
