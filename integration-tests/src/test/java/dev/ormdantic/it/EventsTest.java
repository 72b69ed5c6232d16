package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.Seek;
import dev.ormdantic.event.BoundParameter;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.RecordsEvent;
import dev.ormdantic.event.StatementEvent;
import dev.ormdantic.event.StatementResult;
import dev.ormdantic.event.TransactionEvent;
import dev.ormdantic.event.TransactionStep;
import dev.ormdantic.it.model.Credential;
import dev.ormdantic.it.model.CredentialTable;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.logging.Level;
import org.jspecify.annotations.Nullable;

/**
 * The events of seed-behaviour §1.8 on every backend: the orders of the write lifecycles, of statements and
 * hydration, and of a transaction's steps; a before-listener that throws stops the operation before any SQL and
 * leaves the table as it was; an after-listener's exception is logged and the result stands; secret-looking values
 * are masked in statement events and the SQL log; listeners are called in registration order.
 */
class EventsTest {

    private static final Flavor VANILLA = new Flavor("vanilla", "Vanilla", 5);
    private static final Flavor MINT = new Flavor("mint", "Mint", 3);
    private static final Flavor COCOA = new Flavor("cocoa", "Cocoa", 4);

    private static Ormdantic open(TestDatabase test, OrmdanticListener... listeners) {
        Ormdantic.Builder builder = Ormdantic.builder(test.url()).tables(FlavorTable.TABLE, CredentialTable.TABLE);
        for (OrmdanticListener listener : listeners) {
            builder.listener(listener);
        }
        Ormdantic db = builder.open();
        db.init().join();
        return db;
    }

    @BackendTest
    void writesStatementsAndHydrationComeInTheSeedsOrder(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events)) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            events.take();

            flavors.insert(VANILLA);
            assertEquals(
                    List.of(
                            "beforeInsert flavor Flavor [" + VANILLA + "]",
                            "beforeStatement insert flavor",
                            "afterStatement insert flavor",
                            "afterInsert flavor Flavor [" + VANILLA + "]"),
                    events.take());

            Flavor richer = new Flavor("vanilla", "Vanilla", 6);
            assertTrue(flavors.update(richer));
            assertEquals(
                    List.of(
                            "beforeUpdate flavor Flavor [" + richer + "]",
                            "beforeStatement update flavor",
                            "afterStatement update flavor",
                            "afterUpdate flavor Flavor [" + richer + "]"),
                    events.take());

            flavors.upsert(MINT);
            assertEquals(
                    List.of(
                            "beforeUpsert flavor Flavor [" + MINT + "]",
                            "beforeStatement upsert flavor",
                            "afterStatement upsert flavor",
                            "afterUpsert flavor Flavor [" + MINT + "]"),
                    events.take());

            flavors.insertMany(List.of(COCOA, new Flavor("lemon", "Lemon", 2)));
            assertEquals(
                    List.of(
                            "beforeInsert flavor Flavor [" + COCOA + ", Flavor[id=lemon, name=Lemon, rating=2]]",
                            "beforeStatement insertMany flavor",
                            "afterStatement insertMany flavor",
                            "afterInsert flavor Flavor [" + COCOA + ", Flavor[id=lemon, name=Lemon, rating=2]]"),
                    events.take());

            assertTrue(flavors.delete("lemon"));
            List<String> delete = events.take();
            assertEquals(
                    List.of(
                            "beforeDelete flavor Flavor [lemon]",
                            "beforeStatement delete flavor",
                            "afterStatement delete flavor",
                            "afterDelete flavor Flavor [lemon]"),
                    delete);

            assertEquals(
                    3,
                    flavors.findMany(Filter.all(), OrderBy.asc(FlavorTable.ID))
                            .data()
                            .size());
            assertEquals(
                    List.of(
                            "beforeStatement findMany flavor",
                            "afterStatement findMany flavor",
                            "afterHydration findMany flavor Flavor rows=3"),
                    events.take());

            assertEquals(
                    2,
                    flavors.findPage(Filter.all(), OrderBy.asc(FlavorTable.ID), Seek.limit(2))
                            .data()
                            .size());
            assertEquals(
                    "afterHydration findPage flavor Flavor rows=2",
                    events.take().get(2));

            assertEquals(1, flavors.findOne("mint").stream().count());
            assertEquals(
                    "afterHydration findOne flavor Flavor rows=1", events.take().get(2));

            assertEquals(0, flavors.deleteWhere(FlavorTable.RATING.gt(100)));
            assertEquals(
                    List.of("beforeStatement deleteWhere flavor", "afterStatement deleteWhere flavor"),
                    events.take(),
                    "a set-based write has statement events only");
        }
    }

    @BackendTest
    void statementEventsCarryTheSqlParametersAndRows(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events)) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            events.take();
            flavors.insertMany(List.of(VANILLA, MINT, COCOA));
            StatementResult insert = events.results().get(0);
            assertEquals(3, insert.rows());
            assertTrue(insert.succeeded());
            assertFalse(insert.duration().isNegative());
            StatementEvent statement = insert.statement();
            assertEquals("insertMany", statement.operation());
            assertEquals("flavor", statement.table());
            assertEquals(test.backend().label(), statement.dialect());
            assertTrue(statement.sql().startsWith("INSERT INTO "), statement.sql());
            assertEquals(
                    9, statement.parameters().size(), statement.parameters().toString());
            assertEquals(
                    new BoundParameter(1, "id", "vanilla", false),
                    statement.parameters().get(0));
            assertEquals("name", statement.parameters().get(4).column());
            assertEquals("Mint", statement.parameters().get(4).value());
            events.take();

            assertEquals(2, flavors.count(FlavorTable.RATING.ge(4)));
            StatementResult count = events.results().get(0);
            assertEquals(1, count.rows());
            assertEquals(1, count.statement().parameters().size());
            assertEquals(
                    4,
                    ((Number) Objects.requireNonNull(
                                    count.statement().parameters().get(0).value()))
                            .intValue());
            events.take();

            // A failing statement reports its error; the caller gets the coded exception.
            assertThrows(RuntimeException.class, () -> flavors.insert(VANILLA));
            List<String> failed = events.take();
            assertEquals("afterStatement insert flavor failed", failed.get(2), failed.toString());
            assertFalse(failed.contains("afterInsert flavor Flavor [" + VANILLA + "]"), failed.toString());
        }
    }

    @BackendTest
    void rawSqlStatementsAreHeardAndTheirValuesMaskedWhenTheTextNamesASecret(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events)) {
            db.blockingTable(FlavorTable.TABLE).insertMany(List.of(VANILLA, MINT, COCOA));
            events.take();
            long high = db.blocking()
                    .sql("SELECT COUNT(*) FROM flavor WHERE rating >= ?")
                    .bind(4)
                    .queryOne(row -> row.getLong(1))
                    .orElseThrow();
            assertEquals(2, high);
            List<StatementResult> heard = events.results();
            assertEquals(
                    List.of("beforeStatement sql.queryOne null", "afterStatement sql.queryOne null"), events.take());
            assertEquals(1, heard.size(), heard.toString());
            StatementResult count = heard.get(0);
            assertEquals(
                    "SELECT COUNT(*) FROM flavor WHERE rating >= ?",
                    count.statement().sql());
            assertEquals(1, count.rows());
            assertEquals(
                    new BoundParameter(1, null, 4, false),
                    count.statement().parameters().get(0));

            // The runtime cannot tell which value of raw SQL is the secret: all are masked once its text names one.
            assertEquals(
                    0,
                    db.blocking()
                            .sql("UPDATE flavor SET name = ? WHERE id = ? AND name <> 'password'")
                            .bind("Hidden", "nope")
                            .execute());
            List<StatementResult> results = events.results();
            assertEquals(1, results.size(), results.toString());
            StatementResult update = results.get(0);
            assertEquals(
                    List.of(
                            new BoundParameter(1, null, BoundParameter.MASK, true),
                            new BoundParameter(2, null, BoundParameter.MASK, true)),
                    update.statement().parameters());
        }
    }

    @BackendTest
    void aTransactionReportsItsStepsAroundItsStatements(TestDatabase test) {
        Recorder events = new Recorder();
        try (Ormdantic db = open(test, events)) {
            events.take();
            db.blocking()
                    .inTransaction(tx -> tx.blockingTable(FlavorTable.TABLE).insert(VANILLA));
            assertEquals(
                    List.of(
                            "beforeTransaction BEGIN",
                            "afterTransaction BEGIN",
                            "beforeInsert flavor Flavor [" + VANILLA + "]",
                            "beforeStatement insert flavor",
                            "afterStatement insert flavor",
                            "afterInsert flavor Flavor [" + VANILLA + "]",
                            "beforeTransaction COMMIT",
                            "afterTransaction COMMIT"),
                    events.take());

            Boom boom = new Boom();
            assertSame(
                    boom,
                    assertThrows(
                            Boom.class,
                            () -> db.blocking().inTransaction(tx -> {
                                tx.blockingTable(FlavorTable.TABLE).insert(MINT);
                                throw boom;
                            })));
            List<String> rolledBack = events.take();
            assertEquals(List.of("beforeTransaction BEGIN", "afterTransaction BEGIN"), rolledBack.subList(0, 2));
            assertEquals(
                    List.of("beforeTransaction ROLLBACK", "afterTransaction ROLLBACK"),
                    rolledBack.subList(rolledBack.size() - 2, rolledBack.size()));
            assertEquals(1, db.blockingTable(FlavorTable.TABLE).count());
            events.take();

            db.blocking().inTransaction(tx -> {
                BlockingTableHandle<Flavor, String> flavors = tx.blockingTable(FlavorTable.TABLE);
                tx.inSavepoint(sp -> flavors.insert(MINT));
                assertThrows(
                        Boom.class,
                        () -> tx.inSavepoint(sp -> {
                            flavors.insert(COCOA);
                            throw new Boom();
                        }));
            });
            List<String> steps = new ArrayList<>();
            for (String line : events.take()) {
                if (line.contains("Transaction ")) {
                    steps.add(line);
                }
            }
            boolean releases = test.backend() != Backend.MSSQL && test.backend() != Backend.ORACLE;
            List<String> expected = new ArrayList<>(List.of(
                    "beforeTransaction BEGIN",
                    "afterTransaction BEGIN",
                    "beforeTransaction SAVEPOINT ormdantic_sp_1",
                    "afterTransaction SAVEPOINT ormdantic_sp_1"));
            if (releases) {
                expected.addAll(List.of(
                        "beforeTransaction RELEASE_SAVEPOINT ormdantic_sp_1",
                        "afterTransaction RELEASE_SAVEPOINT ormdantic_sp_1"));
            }
            expected.addAll(List.of(
                    "beforeTransaction SAVEPOINT ormdantic_sp_2",
                    "afterTransaction SAVEPOINT ormdantic_sp_2",
                    "beforeTransaction ROLLBACK_TO_SAVEPOINT ormdantic_sp_2",
                    "afterTransaction ROLLBACK_TO_SAVEPOINT ormdantic_sp_2",
                    "beforeTransaction COMMIT",
                    "afterTransaction COMMIT"));
            assertEquals(expected, steps);
            assertEquals(2, db.blockingTable(FlavorTable.TABLE).count());
        }
    }

    @BackendTest
    void aThrowingBeforeListenerSendsNothingAndLeavesTheTableUnchanged(TestDatabase test) {
        Recorder events = new Recorder();
        Refusal refusal = new Refusal();
        try (Ormdantic db = open(test, events, refusal)) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            flavors.insert(VANILLA);
            events.take();

            refusal.refuseInsert = true;
            Flavor forbidden = new Flavor("forbidden", "Forbidden", 1);
            assertSame(refusal.boom, assertThrows(Boom.class, () -> flavors.insert(forbidden)));
            assertSame(refusal.boom, assertThrows(Boom.class, () -> flavors.insertMany(List.of(MINT, COCOA))));
            CompletionException async = assertThrows(
                    CompletionException.class,
                    () -> db.table(FlavorTable.TABLE).insert(forbidden).join());
            assertSame(refusal.boom, async.getCause());
            List<String> refused = events.take();
            assertTrue(refused.stream().noneMatch(line -> line.contains("Statement")), refused.toString());
            assertEquals(3, refused.size(), refused.toString()); // the recorder heard each beforeInsert, nothing more
            refusal.refuseInsert = false;

            // Refused at the statement: the batch runs in a transaction of its own, which rolls back.
            refusal.refuseStatementsOf = "upsertMany";
            assertSame(
                    refusal.boom,
                    assertThrows(
                            Boom.class, () -> flavors.upsertMany(List.of(new Flavor("vanilla", "Plain", 1), MINT))));
            refusal.refuseStatementsOf = null;

            // Refused in a transaction after a first write: the transaction rolls back.
            assertSame(
                    refusal.boom,
                    assertThrows(
                            Boom.class,
                            () -> db.blocking().inTransaction(tx -> {
                                BlockingTableHandle<Flavor, String> inTx = tx.blockingTable(FlavorTable.TABLE);
                                inTx.insert(MINT);
                                refusal.refuseStatementsOf = "delete";
                                inTx.delete("vanilla");
                            })));
            refusal.refuseStatementsOf = null;

            // Refused at the commit: the transaction rolls back.
            refusal.refuseCommit = true;
            assertSame(
                    refusal.boom,
                    assertThrows(
                            Boom.class,
                            () -> db.blocking()
                                    .inTransaction(tx ->
                                            tx.blockingTable(FlavorTable.TABLE).insert(COCOA))));
            refusal.refuseCommit = false;

            assertEquals(
                    List.of(VANILLA),
                    flavors.findMany(Filter.all(), OrderBy.asc(FlavorTable.ID)).data());
        }
    }

    @BackendTest
    void anAfterListenersExceptionIsLoggedAndTheResultStands(TestDatabase test) {
        OrmdanticListener failing = new OrmdanticListener() {
            @Override
            public void afterInsert(RecordsEvent event) {
                throw new Boom();
            }
        };
        Recorder events = new Recorder();
        try (LogCapture log = new LogCapture();
                Ormdantic db = open(test, failing, events)) {
            BlockingTableHandle<Flavor, String> flavors = db.blockingTable(FlavorTable.TABLE);
            events.take();
            assertEquals(VANILLA, flavors.insert(VANILLA));
            assertEquals(1, flavors.count());
            assertTrue(
                    events.take().contains("afterInsert flavor Flavor [" + VANILLA + "]"),
                    "the listener after the failing one is still called");
            List<String> warnings = log.at(Level.WARNING);
            assertTrue(
                    warnings.stream()
                            .anyMatch(w -> w.contains("listener") && w.contains("threw in afterInsert on flavor")),
                    warnings.toString());
            assertEquals(Boom.class, log.thrownAt(Level.WARNING).get(0).getClass());
        }
    }

    @BackendTest
    void secretValuesAreMaskedInStatementEventsAndTheSqlLog(TestDatabase test) {
        Recorder events = new Recorder();
        try (LogCapture log = new LogCapture();
                Ormdantic db = open(test, events)) {
            BlockingTableHandle<Credential, String> credentials = db.blockingTable(CredentialTable.TABLE);
            events.take();
            credentials.insert(new Credential("1", "ann", "S3cretPassword1", "S3cretToken1"));
            credentials.update(new Credential("1", "ann", "S3cretPassword2", "S3cretToken2"));
            credentials.findMany(CredentialTable.PASSWORD.eq("S3cretPassword2"));
            credentials.findOne("1");
            List<StatementEvent> statements = events.statements();
            assertEquals(4, statements.size());
            StatementEvent insert = statements.get(0);
            BoundParameter password = insert.parameters().stream()
                    .filter(p -> "password".equals(p.column()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(BoundParameter.MASK, password.value());
            assertTrue(password.redacted());
            BoundParameter login = insert.parameters().stream()
                    .filter(p -> "login".equals(p.column()))
                    .findFirst()
                    .orElseThrow();
            assertEquals(new BoundParameter(login.index(), "login", "ann", false), login);
            // A filter's value has no known column; in a table with secret columns it is masked too.
            assertEquals(
                    List.of(new BoundParameter(1, null, BoundParameter.MASK, true)),
                    statements.get(2).parameters());
            // A key's column is known: the key shows.
            assertEquals(
                    List.of(new BoundParameter(1, "id", "1", false)),
                    statements.get(3).parameters());
            for (StatementEvent statement : statements) {
                assertFalse(statement.toString().contains("S3cret"), statement.toString());
            }

            List<String> sql = log.at(Level.FINER); // TRACE: with the parameters
            assertTrue(
                    sql.stream()
                            .anyMatch(line -> line.startsWith("insert credential: INSERT INTO ")
                                    && line.contains(" -- 1 row in ")
                                    && line.contains("password=***")
                                    && line.contains("login='ann'")),
                    sql.toString());
            assertFalse(log.text().contains("S3cret"), log.text());
        }
    }

    @BackendTest
    void listenersAreCalledInRegistrationOrder(TestDatabase test) {
        List<String> calls = new ArrayList<>();
        OrmdanticListener first = new Named("first", calls);
        OrmdanticListener second = new Named("second", calls);
        try (Ormdantic db = open(test, first, second)) {
            calls.clear();
            db.blockingTable(FlavorTable.TABLE).insert(VANILLA);
            assertEquals(
                    List.of(
                            "first beforeInsert",
                            "second beforeInsert",
                            "first beforeStatement",
                            "second beforeStatement",
                            "first afterStatement",
                            "second afterStatement",
                            "first afterInsert",
                            "second afterInsert"),
                    calls);
        }
    }

    /** An exception of the test's own. */
    static final class Boom extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Boom() {
            super("refused by a listener");
        }
    }

    /** Refuses what the test asks it to. */
    private static final class Refusal implements OrmdanticListener {
        final Boom boom = new Boom();
        volatile boolean refuseInsert;
        volatile boolean refuseCommit;
        volatile @Nullable String refuseStatementsOf;

        @Override
        public void beforeInsert(RecordsEvent event) {
            if (refuseInsert) {
                throw boom;
            }
        }

        @Override
        public void beforeStatement(StatementEvent event) {
            if (event.operation().equals(refuseStatementsOf)) {
                throw boom;
            }
        }

        @Override
        public void beforeTransaction(TransactionEvent event) {
            if (refuseCommit && event.step() == TransactionStep.COMMIT) {
                throw boom;
            }
        }
    }

    /** Writes its name and the callback. */
    private record Named(String name, List<String> calls) implements OrmdanticListener {
        @Override
        public void beforeInsert(RecordsEvent event) {
            calls.add(name + " beforeInsert");
        }

        @Override
        public void afterInsert(RecordsEvent event) {
            calls.add(name + " afterInsert");
        }

        @Override
        public void beforeStatement(StatementEvent event) {
            calls.add(name + " beforeStatement");
        }

        @Override
        public void afterStatement(StatementResult result) {
            calls.add(name + " afterStatement");
        }
    }
}
