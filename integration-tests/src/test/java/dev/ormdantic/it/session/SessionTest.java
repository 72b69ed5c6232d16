package dev.ormdantic.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ClosedException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.SessionException;
import dev.ormdantic.event.FlushEvent;
import dev.ormdantic.event.KeysEvent;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.RecordsEvent;
import dev.ormdantic.event.StatementEvent;
import dev.ormdantic.it.BackendTest;
import dev.ormdantic.it.TestDatabase;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.session.Cascade;
import dev.ormdantic.session.Session;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Sessions on every live backend, in the seed's situations: cascades of new parents and children, change detection
 * that updates only the changed columns and sends nothing for an unchanged row, rollback of a throwing callback, a
 * failing flush that leaves the session needing a rollback, savepoints that restore the unit of work, the identity map,
 * flush order (a delete that frees a unique email before the insert that takes it), and the seed's messages.
 */
class SessionTest {

    /** An exception of the test's own. */
    private static final class Boom extends RuntimeException {
        Boom() {
            super("boom");
        }
    }

    /** Hears statements and the session's events, as lines. */
    private static final class Heard implements OrmdanticListener {
        final List<String> lines = new ArrayList<>();
        final List<String> sql = new ArrayList<>();

        @org.jspecify.annotations.Nullable
        String refuse;

        synchronized void clear() {
            lines.clear();
            sql.clear();
        }

        @Override
        public synchronized void beforeStatement(StatementEvent event) {
            sql.add(event.sql());
        }

        @Override
        public synchronized void beforeInsert(RecordsEvent event) {
            lines.add("beforeInsert " + event.table() + " " + event.records().size());
            for (Record row : event.records()) {
                if (refuse != null && row.toString().contains(refuse)) {
                    throw new Boom();
                }
            }
        }

        @Override
        public synchronized void afterInsert(RecordsEvent event) {
            lines.add("afterInsert " + event.table() + " " + event.records().size());
        }

        @Override
        public synchronized void beforeUpdate(RecordsEvent event) {
            lines.add("beforeUpdate " + event.table() + " " + event.records().size());
        }

        @Override
        public synchronized void afterUpdate(RecordsEvent event) {
            lines.add("afterUpdate " + event.table() + " " + event.records().size());
        }

        @Override
        public synchronized void beforeDelete(KeysEvent event) {
            lines.add("beforeDelete " + event.table() + " " + event.keys());
        }

        @Override
        public synchronized void afterDelete(KeysEvent event) {
            lines.add("afterDelete " + event.table() + " " + event.keys());
        }

        @Override
        public synchronized void beforeFlush(FlushEvent event) {
            lines.add("beforeFlush " + event.inserts() + "/" + event.updates() + "/" + event.deletes());
        }

        @Override
        public synchronized void afterFlush(FlushEvent event) {
            lines.add("afterFlush");
        }

        synchronized List<String> updates() {
            return sql.stream().filter(s -> s.startsWith("UPDATE")).toList();
        }
    }

    static Ormdantic open(TestDatabase test, OrmdanticListener listener) {
        Ormdantic db = Ormdantic.builder(test.url())
                .tables(TeamTable.TABLE, PlayerTable.TABLE, MemberTable.TABLE, WalletTable.TABLE, StafferTable.TABLE)
                .listener(listener)
                .open();
        db.init().join();
        return db;
    }

    private static List<Player> players(Ormdantic db) {
        return db.blockingTable(PlayerTable.TABLE).findMany().data().stream()
                .sorted(Comparator.comparingLong(Player::id))
                .toList();
    }

    @BackendTest
    void aParentWithTwoNewChildrenIsInsertedWithTheChildrenPointingAtIt(TestDatabase test) {
        Heard heard = new Heard();
        try (Ormdantic db = open(test, heard)) {
            Team team = new Team(
                    7, "Otters", Many.of(List.of(new Player(1, Ref.to(0L), "Ada"), new Player(2, Ref.to(0L), "Bob"))));
            heard.clear();
            db.blocking().inSession(s -> s.add(team));

            assertEquals(
                    List.of(
                            "beforeFlush 3/0/0",
                            "beforeInsert team 1",
                            "afterInsert team 1",
                            "beforeInsert player 2",
                            "afterInsert player 2",
                            "afterFlush"),
                    heard.lines);
            List<Player> stored = players(db);
            assertEquals(List.of(1L, 2L), stored.stream().map(Player::id).toList());
            assertEquals(
                    List.of(7L, 7L), stored.stream().map(p -> p.team().key()).toList());
            // the two children went in one multi-row statement
            assertEquals(
                    1,
                    heard.sql.stream()
                            .filter(sql -> sql.startsWith("INSERT") && sql.contains("player"))
                            .count());
        }
    }

    @BackendTest
    void aChildReferencingANewParentInsertsTheParentFirst(TestDatabase test) {
        Heard heard = new Heard();
        try (Ormdantic db = open(test, heard)) {
            Team team = new Team(3, "Herons", Many.unloaded());
            db.blocking().inSession(s -> s.add(new Player(9, Ref.of(3L, team), "Cat")));

            assertEquals(
                    List.of("Herons"),
                    db.blockingTable(TeamTable.TABLE).findMany().data().stream()
                            .map(Team::name)
                            .toList());
            assertEquals(3L, players(db).get(0).team().key());
        }
    }

    @BackendTest
    void aChangedRowUpdatesOnlyItsChangedColumnsAndAnUnchangedOneSendsNothing(TestDatabase test) {
        Heard heard = new Heard();
        try (Ormdantic db = open(test, heard)) {
            db.blockingTable(MemberTable.TABLE)
                    .insertMany(
                            List.of(new Member(1, "ada@example.com", "Ada"), new Member(2, "bob@example.com", "Bob")));
            heard.clear();
            db.blocking().inSession(s -> {
                Member ada = s.get(MemberTable.TABLE, 1L).orElseThrow();
                assertEquals("Bob", s.get(MemberTable.TABLE, 2L).orElseThrow().name()); // loaded, never changed
                s.update(new Member(ada.id(), ada.email(), "Ada Lovelace"));
                s.update(s.get(MemberTable.TABLE, 2L).orElseThrow()); // the same values again: no change
            });
            List<String> updates = heard.updates();
            assertEquals(1, updates.size(), updates::toString);
            String update = updates.get(0);
            assertTrue(update.contains("name"), update);
            assertFalse(update.contains("email"), update);
            assertEquals(
                    "Ada Lovelace",
                    db.blockingTable(MemberTable.TABLE)
                            .findOne(1L)
                            .orElseThrow()
                            .name());

            heard.clear();
            db.blocking().inSession(s -> s.get(MemberTable.TABLE, 1L));
            assertEquals(List.of(), heard.updates());
        }
    }

    @BackendTest
    void anExceptionInsideTheCallbackPersistsNothingAndReachesTheCaller(TestDatabase test) {
        Heard heard = new Heard();
        try (Ormdantic db = open(test, heard)) {
            Boom boom = new Boom();
            Boom thrown = assertThrows(
                    Boom.class,
                    () -> db.blocking().inSession(s -> {
                        s.add(new Member(1, "ada@example.com", "Ada"));
                        s.flush();
                        throw boom;
                    }));
            assertSame(boom, thrown);
            assertEquals(0, db.blockingTable(MemberTable.TABLE).count());
        }
    }

    @BackendTest
    void aFailingFlushRequiresARollbackAndLeavesTheTableEmpty(TestDatabase test) {
        Heard heard = new Heard();
        try (Ormdantic db = open(test, heard)) {
            heard.refuse = "Bad";
            AtomicReference<Session> kept = new AtomicReference<>();
            SessionException required = assertThrows(
                    SessionException.class,
                    () -> db.blocking().inSession(s -> {
                        kept.set(s);
                        s.add(new Member(1, "ada@example.com", "Ada"));
                        s.flush();
                        s.add(new Member(2, "bad@example.com", "Bad"));
                        assertThrows(Boom.class, s::flush);
                        assertFalse(s.isActive());
                        // the session still holds what it held before the failed flush
                        s.get(MemberTable.TABLE, 2L);
                    }));
            assertEquals(ErrorCode.SESSION_ROLLBACK_REQUIRED, required.code());
            assertTrue(
                    required.getMessage().startsWith("[ORM2802] session flush failed; rollback required"),
                    required.getMessage());
            assertEquals(0, db.blockingTable(MemberTable.TABLE).count());

            ClosedException closed =
                    assertThrows(ClosedException.class, () -> kept.get().flush());
            assertEquals(ErrorCode.SESSION_CLOSED, closed.code());
            assertTrue(closed.getMessage().startsWith("[ORM2801] session is closed"), closed.getMessage());
        }
    }

    @BackendTest
    void aSavepointRestoresTheDatabaseAndTheUnitOfWork(TestDatabase test) {
        Heard heard = new Heard();
        try (Ormdantic db = open(test, heard)) {
            heard.refuse = "Bad";
            db.blocking().inSession(s -> {
                s.add(new Member(1, "ada@example.com", "Ada"));
                s.flush();
                assertThrows(
                        Boom.class,
                        () -> s.inSavepoint(inner -> {
                            inner.add(new Member(2, "bob@example.com", "Bob"));
                            inner.flush(); // written, then undone by the savepoint
                            inner.update(new Member(1, "ada@example.com", "Changed"));
                            inner.add(new Member(3, "bad@example.com", "Bad"));
                            inner.flush();
                        }));
                assertTrue(s.isActive());
                assertTrue(s.cached(MemberTable.TABLE, 2L).isEmpty());
                assertEquals(
                        "Ada", s.cached(MemberTable.TABLE, 1L).orElseThrow().name());
                s.add(new Member(4, "dan@example.com", "Dan"));
            });
            assertEquals(
                    List.of(1L, 4L),
                    db.blockingTable(MemberTable.TABLE).findMany().data().stream()
                            .map(Member::id)
                            .sorted()
                            .toList());
            assertEquals(
                    "Ada",
                    db.blockingTable(MemberTable.TABLE)
                            .findOne(1L)
                            .orElseThrow()
                            .name());
        }
    }

    @BackendTest
    void theIdentityMapGivesOneInstancePerKeyAndRefusesASecondRecordForIt(TestDatabase test) {
        Heard heard = new Heard();
        try (Ormdantic db = open(test, heard)) {
            db.blockingTable(MemberTable.TABLE).insert(new Member(1, "ada@example.com", "Ada"));
            db.blocking().inSession(s -> {
                Member first = s.get(MemberTable.TABLE, 1L).orElseThrow();
                assertSame(first, s.get(MemberTable.TABLE, 1L).orElseThrow());
                assertSame(
                        first,
                        s.find(MemberTable.TABLE, MemberTable.NAME.eq("Ada")).get(0));
                SessionException present =
                        assertThrows(SessionException.class, () -> s.add(new Member(1, "other@example.com", "Other")));
                assertEquals(ErrorCode.SESSION_KEY_PRESENT, present.code());
                assertTrue(
                        present.getMessage()
                                .startsWith("[ORM2803] Member primary key '1' is already present in this session; use"
                                        + " merge() for detached state"),
                        present.getMessage());
                s.add(new Member(2, "bob@example.com", "Bob"));
                SessionException staged =
                        assertThrows(SessionException.class, () -> s.add(new Member(2, "b@example.com", "B")));
                assertEquals(ErrorCode.SESSION_KEY_STAGED, staged.code());
                Member merged = s.merge(new Member(1, "ada@example.com", "Ada L."));
                assertSame(merged, s.get(MemberTable.TABLE, 1L).orElseThrow());
            });
            assertEquals(
                    "Ada L.",
                    db.blockingTable(MemberTable.TABLE)
                            .findOne(1L)
                            .orElseThrow()
                            .name());
            assertEquals(2, db.blockingTable(MemberTable.TABLE).count());
        }
    }

    @BackendTest
    void aDeleteThatFreesAUniqueEmailRunsBeforeTheInsertThatReusesIt(TestDatabase test) {
        Heard heard = new Heard();
        try (Ormdantic db = open(test, heard)) {
            db.blockingTable(MemberTable.TABLE).insert(new Member(1, "ada@example.com", "Ada"));
            heard.clear();
            db.blocking().inSession(s -> {
                s.delete(s.get(MemberTable.TABLE, 1L).orElseThrow());
                s.add(new Member(2, "ada@example.com", "Ada again"));
            });
            assertEquals(
                    List.of(
                            "beforeFlush 1/0/1",
                            "beforeDelete member [1]",
                            "afterDelete member [1]",
                            "beforeInsert member 1",
                            "afterInsert member 1",
                            "afterFlush"),
                    heard.lines);
            List<Member> members =
                    db.blockingTable(MemberTable.TABLE).findMany().data();
            assertEquals(List.of(new Member(2, "ada@example.com", "Ada again")), members);
        }
    }

    @BackendTest
    void deletesRunChildrenFirstAndCascadeOverLoadedChildrenWhenAsked(TestDatabase test) {
        Heard heard = new Heard();
        try (Ormdantic db = open(test, heard)) {
            db.blocking()
                    .inSession(s -> s.add(new Team(
                            1,
                            "Otters",
                            Many.of(List.of(new Player(1, Ref.to(1L), "Ada"), new Player(2, Ref.to(1L), "Bob"))))));
            heard.clear();
            db.blocking().inSession(s -> {
                Team team = s.get(TeamTable.TABLE, 1L).orElseThrow();
                Team loaded = db.blockingTable(TeamTable.TABLE).load(team, TeamTable.PLAYERS);
                s.delete(loaded, Cascade.DELETE);
            });
            assertEquals(0, db.blockingTable(PlayerTable.TABLE).count());
            assertEquals(0, db.blockingTable(TeamTable.TABLE).count());
            assertEquals("beforeDelete player [1, 2]", heard.lines.get(1));
            assertEquals("beforeDelete team [1]", heard.lines.get(3));
        }
    }

    @BackendTest
    void newRowsOfASelfReferencingTableGoInReferencedFirst(TestDatabase test) {
        Heard heard = new Heard();
        try (Ormdantic db = open(test, heard)) {
            db.blocking().inSession(s -> {
                s.add(new Staffer(2, "Report", Ref.to(1L)));
                s.add(new Staffer(1, "Boss", null));
            });
            assertEquals(2, db.blockingTable(StafferTable.TABLE).count());
            SessionException cycle = assertThrows(
                    SessionException.class,
                    () -> db.blocking().inSession(s -> {
                        s.add(new Staffer(3, "A", Ref.to(4L)));
                        s.add(new Staffer(4, "B", Ref.to(3L)));
                    }));
            assertEquals(ErrorCode.SESSION_FLUSH_CYCLE, cycle.code());
            assertTrue(cycle.getMessage().contains("3 -> 4 -> 3"), cycle.getMessage());
            assertEquals(2, db.blockingTable(StafferTable.TABLE).count());
        }
    }
}
