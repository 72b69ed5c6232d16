package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingSqlStatement;
import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.SqlStatement;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.ConnectionException;
import dev.ormdantic.error.DuplicateKeyException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.HydrationException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.error.QueryException;
import dev.ormdantic.it.model.EveryType;
import dev.ormdantic.it.model.EveryTypeTable;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.RecordComponent;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;

/** Raw SQL on every backend: values bound as the table handles bind them, errors as theirs, in and out of transactions. */
class RawSqlTest {

    private static final String INSERT_FLAVOR = "INSERT INTO flavor (id, name, rating) VALUES (?, ?, ?)";
    private static final String SELECT_FLAVORS = "SELECT id, name, rating FROM flavor ORDER BY id";

    private static Flavor flavor(dev.ormdantic.SqlRow row) {
        return new Flavor(text(row, "id"), text(row, "name"), row.getInt("rating"));
    }

    private static String text(dev.ormdantic.SqlRow row, int column) {
        return Objects.requireNonNull(row.getString(column));
    }

    private static String text(dev.ormdantic.SqlRow row, String label) {
        return Objects.requireNonNull(row.getString(label));
    }

    private static List<Flavor> flavors(Ormdantic db) {
        return db.blocking().sql(SELECT_FLAVORS).query(RawSqlTest::flavor);
    }

    @BackendTest
    void selectsInsertsUpdatesAndDeletes(Ormdantic db) {
        BlockingSqlStatement insert = db.blocking().sql(INSERT_FLAVOR);
        assertEquals(3, insert.parameterCount());
        assertEquals(1, insert.bind("vanilla", "Vanilla", 5).execute());
        assertEquals(1, insert.bind("mint", "Mint", 3).execute());

        assertEquals(List.of(new Flavor("mint", "Mint", 3), new Flavor("vanilla", "Vanilla", 5)), flavors(db));
        // The table handle reads what raw SQL wrote, and the other way round.
        BlockingTableHandle<Flavor, String> handle = db.blockingTable(FlavorTable.TABLE);
        assertEquals(Optional.of(new Flavor("vanilla", "Vanilla", 5)), handle.findOne("vanilla"));
        handle.insert(new Flavor("lemon", "Lemon", 4));
        assertEquals(
                List.of("lemon", "vanilla"),
                db.blocking()
                        .sql("SELECT id FROM flavor WHERE rating >= ? ORDER BY id")
                        .bind(4)
                        .query(row -> text(row, 1)));

        assertEquals(
                2,
                db.blocking()
                        .sql("UPDATE flavor SET rating = rating + 1 WHERE rating < ?")
                        .bind(5)
                        .execute());
        assertEquals(
                1,
                db.blocking()
                        .sql("DELETE FROM flavor WHERE id = ?")
                        .bind("vanilla")
                        .execute());
        assertEquals(
                0,
                db.blocking()
                        .sql("DELETE FROM flavor WHERE id = ?")
                        .bind("vanilla")
                        .execute());
        assertEquals(List.of(new Flavor("lemon", "Lemon", 5), new Flavor("mint", "Mint", 4)), flavors(db));

        // One position at a time, and the statement objects stay as they were: binding makes a new one.
        BlockingSqlStatement half = insert.bind(1, "cherry").bind(2, "Cherry");
        BlockingSqlStatement full = half.bind(3, 2);
        assertEquals(1, full.execute());
        InvalidArgumentException unbound = assertThrows(InvalidArgumentException.class, half::execute);
        assertEquals(ErrorCode.PARAMETER_COUNT_MISMATCH, unbound.code());
        assertTrue(unbound.getMessage().contains("placeholder [3] have no value"), unbound.getMessage());
    }

    @BackendTest
    void theAsynchronousStatementCompletesWithTheSameValues(Ormdantic db) {
        SqlStatement insert = db.sql(INSERT_FLAVOR);
        assertEquals(1L, insert.bind("vanilla", "Vanilla", 5).execute().join());
        assertEquals(
                List.of(new Flavor("vanilla", "Vanilla", 5)),
                db.sql(SELECT_FLAVORS).query(RawSqlTest::flavor).join());
        assertEquals(
                Optional.of(5),
                db.sql("SELECT rating FROM flavor WHERE id = ?")
                        .bind("vanilla")
                        .queryOne(row -> row.getInt(1))
                        .join());
        assertArrayEquals(
                new int[] {1, 1},
                normalized(db.sql(INSERT_FLAVOR)
                        .batch(List.of(List.of("a", "Aa", 1), List.of("b", "Bb", 2)))
                        .join()));
        // A failure before anything is sent fails the future with the exception itself.
        CompletableFuture<Long> unbound = insert.execute();
        CompletionException wrapped = assertThrows(CompletionException.class, unbound::join);
        assertEquals(
                ErrorCode.PARAMETER_COUNT_MISMATCH,
                ((InvalidArgumentException) Objects.requireNonNull(wrapped.getCause())).code());
        assertEquals(3, flavors(db).size());
    }

    /** A driver that does not count each run of a batch says so with SUCCESS_NO_INFO; a run that wrote is a 1. */
    private static int[] normalized(int[] counts) {
        int[] copy = counts.clone();
        for (int i = 0; i < copy.length; i++) {
            if (copy[i] == Statement.SUCCESS_NO_INFO) {
                copy[i] = 1;
            }
        }
        return copy;
    }

    @BackendTest
    void everyValueTypeBindsAndReadsAsTheTableHandleDoes(Ormdantic db, TestDatabase test) {
        DialectId dialect = DialectId.valueOf(test.backend().name());
        // The generated insert of the table, run as raw SQL with the record's components as bound values.
        String insert = EveryTypeTable.TABLE.statements(dialect).insert().render(1);
        RecordComponent[] components = EveryType.class.getRecordComponents();
        BlockingTableHandle<EveryType, Long> handle = db.blockingTable(EveryTypeTable.TABLE);
        for (EveryType row : List.of(TypesTest.extremes(), TypesTest.nulls(2))) {
            List<Object> values = values(row);
            assertEquals(1, db.blocking().sql(insert).bind(values.toArray()).execute());

            assertSameComponents(values, values(handle.findOne(row.id()).orElseThrow()));
            List<Object> read = db.blocking()
                    .sql("SELECT * FROM every_type WHERE id = ?")
                    .bind(row.id())
                    .queryOne(r -> {
                        List<Object> columns = new ArrayList<>();
                        for (int i = 0; i < components.length; i++) {
                            columns.add(r.get(i + 1, boxed(components[i].getType())));
                        }
                        return columns;
                    })
                    .orElseThrow();
            assertSameComponents(values, read);
            // Raw SQL's values compare as the table's filters do: a UUID, an instant and an enum find the row.
            assertEquals(
                    Optional.of(row.id()),
                    db.blocking()
                            .sql("SELECT id FROM every_type WHERE uid = ? AND at = ? AND roast = ?")
                            .bind(row.uid(), row.at(), row.roast())
                            .queryOne(r -> r.getLong("id")));
        }
    }

    private static List<Object> values(EveryType row) {
        List<Object> values = new ArrayList<>();
        for (RecordComponent component : EveryType.class.getRecordComponents()) {
            try {
                values.add(component.getAccessor().invoke(row));
            } catch (ReflectiveOperationException e) {
                throw new LinkageError("accessor", e);
            }
        }
        return values;
    }

    private static void assertSameComponents(List<Object> expected, List<Object> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            if (expected.get(i) instanceof byte[] bytes) {
                assertArrayEquals(bytes, (byte[]) actual.get(i), "component " + i);
            } else {
                assertEquals(expected.get(i), actual.get(i), "component " + i);
            }
        }
    }

    private static Class<?> boxed(Class<?> type) {
        Map<Class<?>, Class<?>> boxes = Map.of(
                long.class, Long.class,
                int.class, Integer.class,
                short.class, Short.class,
                boolean.class, Boolean.class,
                float.class, Float.class,
                double.class, Double.class);
        return boxes.getOrDefault(type, type);
    }

    @BackendTest
    void aWrongNumberOfValuesIsRefusedBeforeAnythingIsSent(Ormdantic db) {
        try (LogCapture log = new LogCapture()) {
            InvalidArgumentException tooMany = assertThrows(
                    InvalidArgumentException.class,
                    () -> db.blocking().sql(INSERT_FLAVOR).bind("a", "Aa", 1, 2));
            assertEquals(ErrorCode.PARAMETER_COUNT_MISMATCH, tooMany.code());
            assertTrue(
                    tooMany.getMessage()
                            .startsWith("[ORM2107] binding values to raw SQL '" + INSERT_FLAVOR + "' failed: the"
                                    + " statement has 3 placeholders (?) but 4 values were given; nothing was sent"),
                    tooMany.getMessage());
            assertEquals("sql.bind", tooMany.operation());

            InvalidArgumentException noValues = assertThrows(
                    InvalidArgumentException.class,
                    () -> db.blocking().sql(INSERT_FLAVOR).execute());
            assertEquals(ErrorCode.PARAMETER_COUNT_MISMATCH, noValues.code());
            assertTrue(noValues.getMessage().contains("has 3 placeholders (?) and no value was bound"));

            InvalidArgumentException noSuchPosition = assertThrows(
                    InvalidArgumentException.class,
                    () -> db.blocking().sql(INSERT_FLAVOR).bind(4, "x"));
            assertEquals(ErrorCode.PARAMETER_COUNT_MISMATCH, noSuchPosition.code());

            InvalidArgumentException shortRow = assertThrows(
                    InvalidArgumentException.class,
                    () -> db.blocking().sql(INSERT_FLAVOR).batch(List.of(List.of("a", "Aa", 1), List.of("b", "Bb"))));
            assertEquals(ErrorCode.PARAMETER_COUNT_MISMATCH, shortRow.code());
            assertTrue(
                    shortRow.getMessage().contains("row 1 of the batch has 2 values were given"),
                    shortRow.getMessage());

            InvalidArgumentException unbindable = assertThrows(
                    InvalidArgumentException.class,
                    () -> db.blocking().sql(INSERT_FLAVOR).bind("a", List.of("S3cret"), 1));
            assertEquals(ErrorCode.VALUE_NOT_BINDABLE, unbindable.code());
            assertTrue(unbindable.getMessage().contains("value 2 is a java.util."), unbindable.getMessage());
            assertFalse(unbindable.getMessage().contains("S3cret"), unbindable.getMessage());

            // Not one statement was prepared: the SQL log (every prepare, at DEBUG) never saw the insert.
            assertFalse(log.text().contains(INSERT_FLAVOR), log.text());
        }
        assertEquals(List.of(), flavors(db));
    }

    @BackendTest
    void aQuestionMarkInALiteralOrACommentIsNoPlaceholder(Ormdantic db) {
        db.blocking().sql(INSERT_FLAVOR).bind("q", "What?", 1).execute();
        BlockingSqlStatement select = db.blocking()
                .sql("SELECT id /* which one? */ FROM flavor WHERE name = 'What?' AND id = ? -- the key?\n");
        assertEquals(1, select.parameterCount());
        assertEquals(List.of("q"), select.bind("q").query(row -> text(row, "ID")));
    }

    @BackendTest
    void queryOneRefusesMoreThanOneRow(Ormdantic db) {
        db.blocking().sql(INSERT_FLAVOR).batch(List.of(List.of("a", "Aa", 3), List.of("b", "Bb", 3)));
        BlockingSqlStatement byRating = db.blocking().sql("SELECT id FROM flavor WHERE rating = ?");
        assertEquals(Optional.empty(), byRating.bind(9).queryOne(row -> text(row, 1)));
        QueryException twoRows =
                assertThrows(QueryException.class, () -> byRating.bind(3).queryOne(row -> text(row, 1)));
        assertEquals(ErrorCode.MORE_THAN_ONE_ROW, twoRows.code());
        assertEquals(
                "[ORM2414] raw SQL queryOne 'SELECT id FROM flavor WHERE rating = ?' failed: the result has more than"
                        + " one row, so there is no one row to return; make the statement select at most one row"
                        + " (a WHERE on a key, LIMIT 1), or read every row with query(mapper)",
                twoRows.getMessage());
    }

    @BackendTest
    void theRowViewReadsByPositionAndLabelAndRefusesMisuse(Ormdantic db) {
        db.blocking().sql(INSERT_FLAVOR).bind("a", "Aa", 3).execute();
        List<dev.ormdantic.SqlRow> kept = new ArrayList<>();
        Optional<String> read = db.blocking()
                .sql("SELECT id, name AS title, rating, NULL AS no_value FROM flavor")
                .queryOne(row -> {
                    kept.add(row);
                    assertEquals(4, row.columnCount());
                    assertEquals("title", row.labels().get(1).toLowerCase(java.util.Locale.ROOT));
                    assertEquals(3L, row.getLong("RATING"));
                    assertEquals(3, row.get(3, Integer.class));
                    assertEquals(null, row.getString("no_value"));
                    HydrationException nullLong = assertThrows(HydrationException.class, () -> row.getLong("no_value"));
                    assertEquals(ErrorCode.NULL_IN_NOT_NULL_COLUMN, nullLong.code());
                    InvalidArgumentException noSuchLabel =
                            assertThrows(InvalidArgumentException.class, () -> row.getString("missing"));
                    assertTrue(noSuchLabel.getMessage().contains("no column labelled 'missing'"));
                    assertThrows(InvalidArgumentException.class, () -> row.getString(5));
                    return row.getString(1) + "/" + row.getString("title");
                });
        assertEquals(Optional.of("a/Aa"), read);
        IllegalStateException outside =
                assertThrows(IllegalStateException.class, () -> kept.get(0).getString(1));
        assertTrue(String.valueOf(outside.getMessage()).contains("valid only during the RowMapper call"));
    }

    @Tag("reliability")
    @BackendTest
    void aStreamHoldsItsConnectionUntilClosed(TestDatabase test) {
        try (Ormdantic db = Ormdantic.builder(test.url())
                .tables(FlavorTable.TABLE)
                .poolSize(1)
                .connectionTimeout(Duration.ofMillis(500))
                .open()) {
            db.init().join();
            db.blocking()
                    .sql(INSERT_FLAVOR)
                    .batch(List.of(List.of("a", "Aa", 1), List.of("b", "Bb", 2), List.of("c", "Cc", 3)));
            try (Stream<String> ids = db.blocking().sql("SELECT id FROM flavor ORDER BY id").stream(r -> text(r, 1))) {
                Iterator<String> rows = ids.iterator();
                assertEquals("a", rows.next());
                ConnectionException starved = assertThrows(
                        ConnectionException.class,
                        () -> db.blocking().sql("SELECT COUNT(*) FROM flavor").queryOne(r -> r.getLong(1)));
                assertEquals(ErrorCode.POOL_EXHAUSTED, starved.code());
                assertTrue(starved.getMessage().contains("1 of them by streams that are still open"));
                assertEquals("b", rows.next());
            }
            assertEquals(
                    Optional.of(3L),
                    db.blocking().sql("SELECT COUNT(*) FROM flavor").queryOne(r -> r.getLong(1)));
        }
    }

    @BackendTest
    void aFailedBatchLeavesTheTableUnchanged(Ormdantic db) {
        db.blocking().sql(INSERT_FLAVOR).bind("b", "Bb", 2).execute();
        DuplicateKeyException duplicate = assertThrows(
                DuplicateKeyException.class,
                () -> db.blocking()
                        .sql(INSERT_FLAVOR)
                        .batch(List.of(List.of("a", "Aa", 1), List.of("b", "Again", 2), List.of("c", "Cc", 3))));
        assertEquals(ErrorCode.DUPLICATE_KEY, duplicate.code());
        assertEquals("sql.batch", duplicate.operation());
        assertEquals(List.of(new Flavor("b", "Bb", 2)), flavors(db));

        // More rows than one JDBC batch holds: still one transaction.
        List<List<Object>> many = new ArrayList<>();
        for (int i = 0; i < 2_500; i++) {
            many.add(List.of(String.format("k%05d", i), "Name " + i, i));
        }
        many.add(List.of("b", "Clash", 0));
        assertThrows(
                DuplicateKeyException.class,
                () -> db.blocking().sql(INSERT_FLAVOR).batch(many));
        assertEquals(1, flavors(db).size());
        many.removeLast();
        int[] counts = db.blocking().sql(INSERT_FLAVOR).batch(many);
        assertEquals(2_500, counts.length);
        assertArrayEquals(
                new int[2_500],
                java.util.Arrays.stream(normalized(counts)).map(c -> c - 1).toArray());
        assertEquals(2_501, flavors(db).size());

        InvalidArgumentException bound = assertThrows(
                InvalidArgumentException.class,
                () -> db.blocking().sql(INSERT_FLAVOR).bind("x", "Xx", 1).batch(List.of(List.of("y", "Yy", 1))));
        assertEquals(ErrorCode.INVALID_ARGUMENT, bound.code());
    }

    @BackendTest
    void aConstraintViolationHasTheTableHandlesCode(Ormdantic db) {
        db.blocking().sql(INSERT_FLAVOR).bind("a", "Aa", 1).execute();
        DuplicateKeyException duplicate = assertThrows(
                DuplicateKeyException.class,
                () -> db.blocking().sql(INSERT_FLAVOR).bind("a", "Again", 1).execute());
        assertEquals(ErrorCode.DUPLICATE_KEY, duplicate.code());
        assertTrue(
                duplicate.getMessage().startsWith("[ORM2201] raw SQL execute '" + INSERT_FLAVOR + "' failed: "),
                duplicate.getMessage());
        OrmdanticException notNull = assertThrows(
                OrmdanticException.class,
                () -> db.blocking().sql(INSERT_FLAVOR).bind("n", null, 1).execute());
        assertEquals(ErrorCode.NOT_NULL_VIOLATION, notNull.code(), notNull.getMessage());
    }

    @BackendTest
    void rawSqlInATransactionSeesItsRowsAndRollsBackWithIt(Ormdantic db) {
        RuntimeException failure = new IllegalStateException("roll back");
        RuntimeException thrown = assertThrows(
                RuntimeException.class,
                () -> db.blocking().inTransaction(tx -> {
                    assertEquals(
                            1, tx.blockingSql(INSERT_FLAVOR).bind("a", "Aa", 1).execute());
                    assertEquals(
                            List.of("a"),
                            tx.blockingSql("SELECT id FROM flavor").query(r -> text(r, 1)));
                    assertEquals(
                            List.of("a"),
                            tx.sql("SELECT id FROM flavor")
                                    .query(r -> text(r, 1))
                                    .join());
                    // The table handle of the transaction sees the raw row: one connection.
                    assertEquals(1, tx.blockingTable(FlavorTable.TABLE).count());
                    throw failure;
                }));
        assertEquals(failure, thrown);
        assertEquals(List.of(), flavors(db));

        // A failed batch inside a transaction rolls back to its savepoint; the transaction goes on and commits.
        db.blocking().inTransaction(tx -> {
            tx.blockingSql(INSERT_FLAVOR).bind("x", "Xx", 1).execute();
            assertThrows(
                    DuplicateKeyException.class,
                    () -> tx.blockingSql(INSERT_FLAVOR)
                            .batch(List.of(List.of("y", "Yy", 2), List.of("x", "Again", 2))));
            tx.blockingSql(INSERT_FLAVOR).bind("z", "Zz", 3).execute();
        });
        assertEquals(List.of(new Flavor("x", "Xx", 1), new Flavor("z", "Zz", 3)), flavors(db));

        // A statement made by a finished transaction sends nothing.
        BlockingSqlStatement[] leaked = new BlockingSqlStatement[1];
        db.blocking().inTransaction(tx -> leaked[0] = tx.blockingSql("DELETE FROM flavor"));
        dev.ormdantic.error.ClosedException finished =
                assertThrows(dev.ormdantic.error.ClosedException.class, () -> leaked[0].execute());
        assertEquals(ErrorCode.TRANSACTION_FINISHED, finished.code());
        assertEquals(2, flavors(db).size());
    }

    @BackendTest
    void aStatementWaitingTooLongIsEnded(TestDatabase test) throws Exception {
        boolean sqlite = test.backend() == Backend.SQLITE;
        var builder = Ormdantic.builder(test.url()).tables(FlavorTable.TABLE);
        // SQLite has no statement timeout: a statement waiting for the write lock ends with the busy timeout.
        builder = sqlite ? builder.busyTimeout(Duration.ofMillis(500)) : builder.queryTimeout(Duration.ofSeconds(1));
        try (Ormdantic db = builder.open()) {
            db.init().join();
            db.blocking().sql(INSERT_FLAVOR).bind("a", "Aa", 1).execute();
            CountDownLatch locked = new CountDownLatch(1);
            CountDownLatch done = new CountDownLatch(1);
            CompletableFuture<Void> holder =
                    CompletableFuture.runAsync(() -> db.blocking().inTransaction(tx -> {
                        tx.blockingSql("UPDATE flavor SET rating = 2 WHERE id = ?")
                                .bind("a")
                                .execute();
                        locked.countDown();
                        try {
                            done.await(30, TimeUnit.SECONDS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    }));
            assertTrue(locked.await(10, TimeUnit.SECONDS));
            long start = System.nanoTime();
            OrmdanticException waited = assertThrows(
                    OrmdanticException.class,
                    () -> db.blocking()
                            .sql("UPDATE flavor SET rating = 3 WHERE id = ?")
                            .bind("a")
                            .execute());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            done.countDown();
            holder.get(10, TimeUnit.SECONDS);
            assertEquals(sqlite ? ErrorCode.DATABASE_BUSY : ErrorCode.TIMEOUT, waited.code(), waited.getMessage());
            assertTrue(took.compareTo(Duration.ofSeconds(10)) < 0, "waited " + took);
            assertEquals(
                    Optional.of(2),
                    db.blocking()
                            .sql("SELECT rating FROM flavor WHERE id = ?")
                            .bind("a")
                            .queryOne(r -> r.getInt(1)));
        }
    }

    @BackendTest
    void errorsShowTheSqlButNeverTheBoundValues(Ormdantic db) {
        List<String> seen = new ArrayList<>();
        try (LogCapture log = new LogCapture()) {
            QueryException syntax = assertThrows(
                    QueryException.class,
                    () -> db.blocking()
                            .sql("SELECT id FORM flavor WHERE name = ? AND id = ?")
                            .bind("S3cret-name", "it's S3cret")
                            .query(r -> text(r, 1)));
            assertEquals(ErrorCode.QUERY_FAILED, syntax.code());
            assertTrue(
                    syntax.getMessage()
                            .startsWith(
                                    "[ORM2401] raw SQL query 'SELECT id FORM flavor WHERE name = ? AND id = ?' failed"),
                    syntax.getMessage());
            seen.add(everything(syntax));

            db.blocking().sql(INSERT_FLAVOR).bind("S3cret-key", "Aa", 1).execute();
            seen.add(everything(assertThrows(
                    DuplicateKeyException.class,
                    () -> db.blocking()
                            .sql(INSERT_FLAVOR)
                            .bind("S3cret-key", "Bb", 1)
                            .execute())));
            seen.add(everything(assertThrows(
                    DuplicateKeyException.class,
                    () -> db.blocking()
                            .sql(INSERT_FLAVOR)
                            .batch(List.of(List.of("other", "Cc", 1), List.of("S3cret-key", "Dd", 1))))));
            seen.add(everything(assertThrows(
                    OrmdanticException.class,
                    () -> db.blocking()
                            .sql(INSERT_FLAVOR)
                            .bind("S3cret-row", null, 1)
                            .execute())));
            seen.add(log.text());
        }
        for (String text : seen) {
            assertFalse(text.contains("S3cret"), text);
        }
    }

    private static String everything(Throwable e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        return e + "\n" + trace;
    }
}
