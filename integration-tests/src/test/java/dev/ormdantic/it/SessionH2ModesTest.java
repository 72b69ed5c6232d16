package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.error.OptimisticLockException;
import dev.ormdantic.event.StatementResult;
import dev.ormdantic.it.session.Member;
import dev.ormdantic.it.session.MemberTable;
import dev.ormdantic.it.session.Player;
import dev.ormdantic.it.session.PlayerTable;
import dev.ormdantic.it.session.Team;
import dev.ormdantic.it.session.TeamTable;
import dev.ormdantic.it.session.Wallet;
import dev.ormdantic.it.session.WalletTable;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Sessions with the SQL Server and Oracle dialects, run through Ormdantic on H2 in {@code MODE=MSSQLServer} and
 * {@code MODE=Oracle} (no server of either is here): a parent with new children, an update of only the changed
 * column, a delete and re-insert of one unique email in one flush, and a version check that raises the version and
 * refuses a stale one. The tables are created from each dialect's own DDL without its idempotence guard. H2 has no
 * Oracle {@code INSERT ALL}, the form of every insert of the Oracle dialect, so on Oracle the rows are seeded with plain
 * SQL and the session's inserts are pinned by the goldens only; its updates, deletes and version checks run here.
 */
class SessionH2ModesTest {

    private static List<String> updates(Recorder events) {
        return events.results().stream()
                .map(StatementResult::statement)
                .map(statement -> statement.sql())
                .filter(sql -> sql.startsWith("UPDATE"))
                .toList();
    }

    @ParameterizedTest
    @MethodSource("dev.ormdantic.it.DisguisedH2#modes")
    void aSessionFlushesInOrderAndChecksVersions(DialectId id, String mode, String product, String version)
            throws SQLException {
        String url = DisguisedH2.newUrl(mode);
        try (Connection setup = DriverManager.getConnection(url);
                Statement statement = setup.createStatement()) {
            H2Functions.register(setup);
            DisguisedH2.createTables(
                    statement, id, TeamTable.TABLE, PlayerTable.TABLE, MemberTable.TABLE, WalletTable.TABLE);
            if (id == DialectId.ORACLE) {
                statement.execute("INSERT INTO \"team\" VALUES (7, 'Otters')");
                statement.execute("INSERT INTO \"player\" VALUES (1, 7, 'Ada')");
                statement.execute("INSERT INTO \"player\" VALUES (2, 7, 'Bob')");
                statement.execute("INSERT INTO \"member\" VALUES (1, 'ada@example.com', 'Ada')");
                statement.execute("INSERT INTO \"member\" VALUES (2, 'bob@example.com', 'Bob')");
                statement.execute("INSERT INTO \"wallet\" VALUES (1, 'ada', 10, 1)");
            }
        }
        boolean inserts = id != DialectId.ORACLE;
        Recorder events = new Recorder();
        try (Ormdantic db = Ormdantic.builder(new DisguisedH2(url, product, version), id)
                .tables(TeamTable.TABLE, PlayerTable.TABLE, MemberTable.TABLE, WalletTable.TABLE)
                .listener(events)
                .open()) {
            // a parent with two new children: the children point at it
            if (inserts) {
                db.blocking()
                        .inSession(s -> s.add(new Team(
                                7,
                                "Otters",
                                Many.of(List.of(new Player(1, Ref.to(0L), "Ada"), new Player(2, Ref.to(0L), "Bob"))))));
            }
            assertEquals(
                    List.of("1@7", "2@7"),
                    db.blockingTable(PlayerTable.TABLE).findMany().data().stream()
                            .sorted(Comparator.comparingLong(Player::id))
                            .map(p -> p.id() + "@" + p.team().key())
                            .toList());

            // only the changed column is written
            if (inserts) {
                db.blockingTable(MemberTable.TABLE)
                        .insertMany(List.of(
                                new Member(1, "ada@example.com", "Ada"), new Member(2, "bob@example.com", "Bob")));
            }
            int before = updates(events).size();
            db.blocking().inSession(s -> {
                Member ada = s.get(MemberTable.TABLE, 1L).orElseThrow();
                s.update(new Member(ada.id(), ada.email(), "Ada Lovelace"));
                s.update(s.get(MemberTable.TABLE, 2L).orElseThrow());
            });
            List<String> written =
                    updates(events).subList(before, updates(events).size());
            assertEquals(1, written.size(), written::toString);
            assertTrue(written.get(0).contains("name"), written.get(0));
            assertFalse(written.get(0).contains("email"), written.get(0));

            // a delete that frees a unique email runs before the insert that takes it
            db.blocking().inSession(s -> {
                s.delete(s.get(MemberTable.TABLE, 1L).orElseThrow());
                if (inserts) {
                    s.add(new Member(3, "ada@example.com", "Ada again"));
                }
            });
            assertEquals(
                    inserts ? List.of("2:bob@example.com", "3:ada@example.com") : List.of("2:bob@example.com"),
                    db.blockingTable(MemberTable.TABLE).findMany().data().stream()
                            .sorted(Comparator.comparingLong(Member::id))
                            .map(m -> m.id() + ":" + m.email())
                            .toList());

            // the version: set on insert, checked and raised by a flush, a stale one refused with both versions
            Wallet wallet = inserts
                    ? db.blockingTable(WalletTable.TABLE).insert(new Wallet(1, "ada", 10, 0))
                    : db.blockingTable(WalletTable.TABLE).findOne(1L).orElseThrow();
            assertEquals(1, wallet.version());
            db.blocking().inSession(s -> {
                Wallet held = s.get(WalletTable.TABLE, 1L).orElseThrow();
                s.update(new Wallet(1, "ada", held.balance() + 5, held.version()));
            });
            OptimisticLockException stale = assertThrows(
                    OptimisticLockException.class,
                    () -> db.blocking().inSession(s -> s.update(new Wallet(1, "ada", 99, wallet.version()))));
            assertEquals(1, stale.expectedVersion());
            assertEquals(2L, stale.actualVersion());
            assertEquals(
                    new Wallet(1, "ada", 15, 2),
                    db.blockingTable(WalletTable.TABLE).findOne(1L).orElseThrow());
        }
    }
}
