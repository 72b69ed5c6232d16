package dev.ormdantic.it.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.StatementEvent;
import dev.ormdantic.it.BackendTest;
import dev.ormdantic.it.TestDatabase;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.session.Cascade;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Cascades declared on the relationship ({@code @BackReference(cascadeDelete, orphanRemoval)}) and overridden per
 * call, on every live backend: a declared delete cascade, orphan removal at the flush (and a moved row that is not an
 * orphan), a row appended to a loaded collection inserted with the parent's key, and the session's instances after the
 * flush (a second flush sends nothing).
 */
class CascadeTest {

    /** The statements sent, in order. */
    private static final class Statements implements OrmdanticListener {
        final List<String> sql = new ArrayList<>();

        @Override
        public synchronized void beforeStatement(StatementEvent event) {
            sql.add(event.sql());
        }

        synchronized List<String> writes() {
            return sql.stream()
                    .filter(s -> s.startsWith("INSERT") || s.startsWith("UPDATE") || s.startsWith("DELETE"))
                    .map(s -> s.substring(0, s.indexOf(' ')) + " " + (s.contains("athlete") ? "athlete" : "club"))
                    .toList();
        }

        synchronized void clear() {
            sql.clear();
        }
    }

    private static Ormdantic open(TestDatabase test, Statements statements) {
        Ormdantic db = Ormdantic.builder(test.url())
                .tables(ClubTable.TABLE, AthleteTable.TABLE, TeamTable.TABLE, PlayerTable.TABLE)
                .listener(statements)
                .open();
        db.init().join();
        db.blockingTable(ClubTable.TABLE)
                .insertMany(List.of(new Club(1, "Lions", Many.unloaded()), new Club(2, "Bears", Many.unloaded())));
        db.blockingTable(AthleteTable.TABLE)
                .insertMany(List.of(
                        new Athlete(10, Ref.to(1L), "Ada"),
                        new Athlete(11, Ref.to(1L), "Bob"),
                        new Athlete(12, Ref.to(1L), "Cy"),
                        new Athlete(20, Ref.to(2L), "Dee")));
        statements.clear();
        return db;
    }

    /** Athlete ids with their club's key, by id. */
    private static List<String> athletes(Ormdantic db) {
        return db.blockingTable(AthleteTable.TABLE).findMany().data().stream()
                .sorted(Comparator.comparingLong(Athlete::id))
                .map(a -> a.id() + "@" + a.club().key())
                .toList();
    }

    private static List<Long> clubs(Ormdantic db) {
        return db.blockingTable(ClubTable.TABLE).findMany().data().stream()
                .map(Club::id)
                .sorted()
                .toList();
    }

    @BackendTest
    void aDeclaredDeleteCascadeDeletesTheLoadedChildrenBeforeTheParent(TestDatabase test) {
        Statements statements = new Statements();
        try (Ormdantic db = open(test, statements)) {
            db.blocking().inSession(s -> {
                Club lions = s.get(ClubTable.TABLE, 1L, ClubTable.ATHLETES.selectIn())
                        .orElseThrow();
                assertEquals(3, lions.athletes().get().size());
                // the loaded children joined the identity map: the same instances
                assertSame(
                        lions.athletes().get().get(0),
                        s.cached(AthleteTable.TABLE, 10L).orElseThrow());
                s.delete(lions); // Cascade.DECLARED: cascadeDelete = true
            });
            assertEquals(List.of(2L), clubs(db));
            assertEquals(List.of("20@2"), athletes(db));
            assertEquals(List.of("DELETE athlete", "DELETE club"), statements.writes());
        }
    }

    @BackendTest
    void aPerCallNoneDeletesOnlyTheParentAndTheForeignKeyRefusesIt(TestDatabase test) {
        Statements statements = new Statements();
        try (Ormdantic db = open(test, statements)) {
            OrmdanticException e = assertThrows(
                    OrmdanticException.class,
                    () -> db.blocking().inSession(s -> {
                        Club lions = s.get(ClubTable.TABLE, 1L, ClubTable.ATHLETES.selectIn())
                                .orElseThrow();
                        s.delete(lions, Cascade.NONE);
                    }));
            assertEquals(ErrorCode.FOREIGN_KEY_VIOLATION, e.code());
            assertEquals(List.of(1L, 2L), clubs(db));
            assertEquals(List.of("10@1", "11@1", "12@1", "20@2"), athletes(db));
        }
    }

    @BackendTest
    void aRowThatLeavesTheLoadedCollectionIsDeletedAsAnOrphan(TestDatabase test) {
        Statements statements = new Statements();
        try (Ormdantic db = open(test, statements)) {
            db.blocking().inSession(s -> {
                Club lions = s.get(ClubTable.TABLE, 1L, ClubTable.ATHLETES.selectIn())
                        .orElseThrow();
                List<Athlete> kept =
                        lions.athletes().stream().filter(a -> a.id() != 11).toList();
                s.update(new Club(1, "Lions", Many.of(kept)));
                s.flush();
                assertEquals(List.of("DELETE athlete"), statements.writes());
                statements.clear();
                s.flush(); // the collection as flushed is the new baseline: nothing is deleted twice
                assertEquals(List.of(), statements.writes());
            });
            assertEquals(List.of("10@1", "12@1", "20@2"), athletes(db));
        }
    }

    @BackendTest
    void aRowMovedToAnotherParentIsUpdatedNotDeleted(TestDatabase test) {
        Statements statements = new Statements();
        try (Ormdantic db = open(test, statements)) {
            db.blocking().inSession(s -> {
                List<Club> both = s.find(
                        ClubTable.TABLE,
                        ClubTable.ID.in(List.of(1L, 2L)),
                        dev.ormdantic.query.OrderBy.asc(ClubTable.ID),
                        ClubTable.ATHLETES.selectIn());
                Club lions = both.get(0);
                Club bears = both.get(1);
                Athlete ada = lions.athletes().get().get(0);
                Athlete moved = new Athlete(ada.id(), Ref.to(2L), ada.name());
                s.update(moved);
                s.update(new Club(
                        1,
                        "Lions",
                        Many.of(lions.athletes().stream()
                                .filter(a -> a.id() != 10)
                                .toList())));
                List<Athlete> bearsNow = new ArrayList<>(bears.athletes().get());
                bearsNow.add(moved);
                s.update(new Club(2, "Bears", Many.of(bearsNow)));
            });
            assertEquals(List.of("10@2", "11@1", "12@1", "20@2"), athletes(db));
            assertEquals(List.of("UPDATE athlete"), statements.writes());
        }
    }

    @BackendTest
    void aRowAppendedToALoadedCollectionIsInsertedWithTheParentsKey(TestDatabase test) {
        Statements statements = new Statements();
        try (Ormdantic db = open(test, statements)) {
            db.blocking().inSession(s -> {
                Club bears = s.get(ClubTable.TABLE, 2L, ClubTable.ATHLETES.selectIn())
                        .orElseThrow();
                List<Athlete> more = new ArrayList<>(bears.athletes().get());
                more.add(new Athlete(21, Ref.to(0L), "Eve")); // the flush points it at the club
                s.update(new Club(2, "Bears", Many.of(more)));
                s.flush();
                assertEquals(List.of("INSERT athlete"), statements.writes());
                // the session's club now holds the row as stored, which the session holds too
                Club held = s.cached(ClubTable.TABLE, 2L).orElseThrow();
                Athlete eve = held.athletes().get().get(1);
                assertEquals(2L, eve.club().key());
                assertSame(eve, s.cached(AthleteTable.TABLE, 21L).orElseThrow());
                statements.clear();
                s.flush();
                assertEquals(List.of(), statements.writes());
            });
            assertEquals(List.of("10@1", "11@1", "12@1", "20@2", "21@2"), athletes(db));
        }
    }

    @BackendTest
    void aFailedCascadingFlushLeavesTheSessionAsItWasAndTheTableUnchanged(TestDatabase test) {
        Statements statements = new Statements();
        try (Ormdantic db = open(test, statements)) {
            OrmdanticException e = assertThrows(
                    OrmdanticException.class,
                    () -> db.blocking().inSession(s -> {
                        Club bears = s.get(ClubTable.TABLE, 2L, ClubTable.ATHLETES.selectIn())
                                .orElseThrow();
                        List<Athlete> more = new ArrayList<>(bears.athletes().get());
                        more.add(new Athlete(10, Ref.to(0L), "Duplicate")); // key 10 exists: the insert fails
                        s.update(new Club(2, "Bears", Many.of(more)));
                        s.flush();
                    }));
            assertTrue(e.code() == ErrorCode.DUPLICATE_KEY || e.code() == ErrorCode.UNIQUE_VIOLATION, e::getMessage);
            assertEquals(List.of("10@1", "11@1", "12@1", "20@2"), athletes(db));
        }
    }

    @BackendTest
    void aChildMovedAwayFromAParentDeletedAndReinsertedInOneFlushMovesFirst(TestDatabase test) {
        Statements statements = new Statements();
        try (Ormdantic db = open(test, statements)) {
            db.blockingTable(TeamTable.TABLE)
                    .insertMany(
                            List.of(new Team(1, "Otters", Many.unloaded()), new Team(2, "Herons", Many.unloaded())));
            db.blockingTable(PlayerTable.TABLE)
                    .insertMany(List.of(new Player(1, Ref.to(1L), "Ada"), new Player(2, Ref.to(1L), "Bob")));
            db.blocking().inSession(s -> {
                Player ada = s.get(PlayerTable.TABLE, 1L).orElseThrow();
                s.update(new Player(1, Ref.to(2L), ada.name())); // leaves team 1
                s.delete(s.get(PlayerTable.TABLE, 2L).orElseThrow());
                s.delete(s.get(TeamTable.TABLE, 1L).orElseThrow());
                // the same key again: the deletes run before the inserts, and the move before the deletes
                s.add(new Team(1, "Otters again", Many.unloaded()));
            });
            assertEquals(
                    List.of("1@2"),
                    db.blockingTable(PlayerTable.TABLE).findMany().data().stream()
                            .map(p -> p.id() + "@" + p.team().key())
                            .toList());
            assertEquals(
                    List.of("Otters again", "Herons"),
                    db.blockingTable(TeamTable.TABLE).findMany().data().stream()
                            .sorted(Comparator.comparingLong(Team::id))
                            .map(Team::name)
                            .toList());
        }
    }

    @BackendTest
    void cascadesAreCheckedPerCall(TestDatabase test) {
        Statements statements = new Statements();
        try (Ormdantic db = open(test, statements)) {
            db.blocking().inSession(s -> {
                Club club = new Club(3, "Wolves", Many.of(List.of(new Athlete(30, Ref.to(0L), "Fay"))));
                IllegalArgumentException wrong =
                        assertThrows(IllegalArgumentException.class, () -> s.add(club, Cascade.DELETE));
                assertEquals(
                        "Cascade.DELETE is for delete(...); add(...) takes DECLARED, SAVE or NONE", wrong.getMessage());
                assertThrows(IllegalArgumentException.class, () -> s.delete(club, Cascade.SAVE));
                s.add(club, Cascade.NONE); // the child stays out
            });
            assertEquals(List.of(1L, 2L, 3L), clubs(db));
            assertEquals(List.of("10@1", "11@1", "12@1", "20@2"), athletes(db));
        }
    }
}
