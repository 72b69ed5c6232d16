package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.it.model.Fidelity;
import dev.ormdantic.it.model.FidelityTable;
import dev.ormdantic.it.model.Topic;
import dev.ormdantic.it.model.TopicTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.Filters;
import dev.ormdantic.query.OrderBy;
import java.math.BigInteger;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.function.Executable;

/**
 * Plan T8, Unicode: a corpus of ASCII, BMP, astral (emoji and a ZWJ sequence), combining marks, right-to-left text,
 * control characters, NUL and lone surrogates, written through insert, update, upsert and {@code updateWhere}, used as
 * a key and compared in filters, on every backend (a NUL in a search needle is refused on all of them: SQLite's
 * {@code LIKE} would end the pattern there). Each value reads back equal, or is refused with {@code ORM2105}
 * (a filter value with {@code ORM2503}) naming the column and the position before anything is written: never stored
 * changed, never a raw driver error. PostgreSQL refuses NUL in text (SQLSTATE 22021) and in {@code jsonb} (22P05), so
 * Ormdantic refuses it there up front; a lone surrogate no database stores.
 */
@Tag("reliability")
class UnicodeRoundTripTest {

    /** A value of the corpus, and the index of its NUL, or -1. */
    private record Entry(String label, String value) {

        int nul() {
            return value.indexOf((char) 0);
        }

        boolean lone() {
            for (int i = 0; i < value.length(); i++) {
                char c = value.charAt(i);
                if (Character.isHighSurrogate(c)
                        && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else if (Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final List<Entry> CORPUS = List.of(
            new Entry("ascii", "plain ASCII 123 ~!@#"),
            new Entry("quotes", "it's \"quoted\" \\ back`tick`; --"),
            new Entry("latin", "Ünïcödé ß ñ Ørsted"),
            new Entry("cjk", "日本語 中文 한국어"),
            new Entry("astral", "🌍🚀 𝄞 𠜎"),
            new Entry("zwj", "👩‍👩‍👧 🏳️‍🌈"),
            new Entry("combining", "e\u0301 a\u0308 \u0915\u094D\u0937 Z\u0351\u0361"),
            new Entry("rtl", "שלום עולם عربي \u200F\u202Eabc\u202C"),
            new Entry("controls", "tab\there\r\nbell\u0007 esc\u001B del\u007F"),
            new Entry("bmp edges", "\uFEFFbom \uFFFD repl \uFFFF \u2028\u2029"),
            new Entry("nul inside", "a\u0000b"),
            new Entry("nul only", "\u0000"),
            new Entry("nul last", "end\u0000"),
            new Entry("lone high", "x\uD83D"),
            new Entry("lone low", "\uDE00y"),
            new Entry("reversed pair", "\uDE00\uD83D"));

    /** Whether the backend refuses the value, and where. */
    private static boolean refused(Entry entry, Backend backend) {
        return entry.lone() || (entry.nul() >= 0 && backend == Backend.POSTGRESQL);
    }

    private static String refusalText(Entry entry) {
        return entry.lone() ? "lone UTF-16 surrogate" : "NUL character (\\u0000 at index " + entry.nul() + ")";
    }

    @BackendTest
    void everyValueReadsBackEqualOrIsRefusedBeforeWriting(TestDatabase database) {
        BlockingTableHandle<Topic, String> topics = database.db().blockingTable(TopicTable.TABLE);
        List<String> failures = new ArrayList<>();
        int stored = 0;
        int refusedCount = 0;
        for (int i = 0; i < CORPUS.size(); i++) {
            Entry entry = CORPUS.get(i);
            String key = "k" + i;
            String value = entry.value();
            try {
                if (refused(entry, database.backend())) {
                    refusedCount++;
                    assertRefusedEverywhere(topics, key, entry);
                } else {
                    stored++;
                    assertRoundTrips(topics, key, value);
                }
            } catch (AssertionError | OrmdanticException e) {
                failures.add(entry.label() + ": " + e.getMessage());
            }
        }
        assertEquals(List.of(), failures);
        int expectedRefused = database.backend() == Backend.POSTGRESQL ? 6 : 3;
        assertEquals(expectedRefused, refusedCount, "refused on " + database.backend());
        assertEquals(CORPUS.size() - expectedRefused, stored);
        // every stored value is still there, unchanged, and nothing else
        List<Topic> all =
                topics.findMany(Filter.all(), OrderBy.asc(TopicTable.CODE)).data();
        List<Topic> expected = new ArrayList<>();
        for (int i = 0; i < CORPUS.size(); i++) {
            Entry entry = CORPUS.get(i);
            expected.add(new Topic("k" + i, refused(entry, database.backend()) ? "before" : entry.value()));
        }
        expected.sort((a, b) -> a.code().compareTo(b.code()));
        assertEquals(expected, all);
    }

    /** Written four ways, read by key and by three filters: the same value each time. */
    private static void assertRoundTrips(BlockingTableHandle<Topic, String> topics, String key, String value) {
        topics.insert(new Topic(key, value));
        assertEquals(value, topics.findOne(key).orElseThrow().text(), "insert");
        assertEquals(List.of(key), codes(topics, TopicTable.TEXT.eq(value)), "eq filter");
        assertEquals(List.of(key), codes(topics, Filters.of(TopicTable.TABLE, Map.of("text", value))), "dynamic");
        if (value.indexOf((char) 0) >= 0) {
            // SQLite's LIKE would end the pattern at the NUL: a needle with one is refused on every database
            refusedFilter(() -> topics.findMany(TopicTable.TEXT.startsWith(value)), "NUL character (\\u0000 at index");
        } else {
            assertTrue(codes(topics, TopicTable.TEXT.startsWith(value)).contains(key), "startsWith filter");
        }
        assertTrue(topics.update(new Topic(key, "x" + value)), "update");
        assertEquals("x" + value, topics.findOne(key).orElseThrow().text(), "update");
        topics.upsert(new Topic(key, value + "y"));
        assertEquals(value + "y", topics.findOne(key).orElseThrow().text(), "upsert");
        assertEquals(1, topics.updateWhere(TopicTable.CODE.eq(key), List.of(TopicTable.TEXT.set(value))));
        assertEquals(value, topics.findOne(key).orElseThrow().text(), "updateWhere");
        // the value as a key: bound, compared and read back
        String valueKey = value.length() <= 20 ? value : value.substring(0, 20);
        if (!Character.isHighSurrogate(valueKey.charAt(valueKey.length() - 1))) {
            topics.insert(new Topic(valueKey, "as key"));
            assertEquals(valueKey, topics.findOne(valueKey).orElseThrow().code(), "as key");
            assertTrue(topics.delete(valueKey), "delete by key");
        }
    }

    /** Every way of writing or comparing the value is refused with the column and the position; nothing changes. */
    private static void assertRefusedEverywhere(BlockingTableHandle<Topic, String> topics, String key, Entry entry) {
        String value = entry.value();
        String why = refusalText(entry);
        refusedWrite(() -> topics.insert(new Topic(key, value)), "column \"text\": ", why);
        assertEquals(Optional.empty(), topics.findOne(key));
        topics.insert(new Topic(key, "before"));
        refusedWrite(() -> topics.update(new Topic(key, value)), "column \"text\": ", why);
        refusedWrite(() -> topics.upsert(new Topic(key, value)), "column \"text\": ", why);
        refusedWrite(
                () -> topics.insertMany(List.of(new Topic(key + "b", "ok"), new Topic(key + "c", value))),
                "column \"text\": ",
                why);
        refusedWrite(
                () -> topics.updateWhere(TopicTable.CODE.eq(key), List.of(TopicTable.TEXT.set(value))),
                "column 'text'",
                why);
        refusedFilter(() -> topics.findMany(TopicTable.TEXT.eq(value)), why);
        refusedFilter(() -> topics.findMany(TopicTable.TEXT.startsWith(value)), why);
        refusedFilter(() -> topics.findMany(Filters.of(TopicTable.TABLE, Map.of("text", value))), why);
        refusedFilter(() -> topics.deleteWhere(TopicTable.TEXT.in(List.of("x", value))), why);
        assertEquals("before", topics.findOne(key).orElseThrow().text(), "unchanged");
        assertEquals(Optional.empty(), topics.findOne(key + "b"), "the batch wrote nothing");
    }

    @BackendTest
    void aNulInAJsonDocumentRoundTripsOrIsRefused(TestDatabase database) {
        BlockingTableHandle<Fidelity, Long> table = database.db().blockingTable(FidelityTable.TABLE);
        Fidelity row =
                UnstorableValueTest.fidelityWithDocument(Map.of("key", "a\u0000b", "escaped", "\\u0000 is text"));
        Fidelity backslashes =
                UnstorableValueTest.fidelityWithDocument(Map.of("escaped", "\\u0000 is text, \\\\u0000 too"));
        table.insert(new Fidelity(
                2,
                backslashes.tiny(),
                null,
                BigInteger.ONE,
                null,
                LocalTime.NOON,
                null,
                backslashes.moment(),
                Optional.empty(),
                Map.of(),
                List.of(),
                Set.of(),
                Optional.empty(),
                backslashes.document(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
        assertEquals(backslashes.document(), table.findOne(2L).orElseThrow().document());
        if (database.backend() == Backend.POSTGRESQL) {
            InvalidArgumentException e = assertThrows(InvalidArgumentException.class, () -> table.insert(row));
            assertEquals(ErrorCode.VALUE_NOT_STORABLE, e.code(), e.getMessage());
            assertTrue(e.getMessage().contains("column \"document\": "), e.getMessage());
            assertTrue(e.getMessage().contains("NUL character"), e.getMessage());
            assertEquals(1, table.count());
        } else {
            table.insert(row);
            assertEquals(row.document(), table.findOne(1L).orElseThrow().document());
        }
    }

    private static void refusedWrite(Executable write, String column, String why) {
        InvalidArgumentException e = assertThrows(InvalidArgumentException.class, write);
        assertEquals(ErrorCode.VALUE_NOT_STORABLE, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains(column), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    private static void refusedFilter(Executable read, String why) {
        FilterException e = assertThrows(FilterException.class, read);
        assertEquals(ErrorCode.FILTER_INVALID_VALUE, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("column 'text'"), e.getMessage());
        assertTrue(e.getMessage().contains(why), e.getMessage());
    }

    private static List<String> codes(BlockingTableHandle<Topic, String> topics, Filter<Topic> filter) {
        return topics.findMany(filter, OrderBy.asc(TopicTable.CODE)).data().stream()
                .map(Topic::code)
                .toList();
    }
}
