package dev.ormdantic;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.fixture.FlavorTable;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.error.Operation;
import dev.ormdantic.internal.exec.Database;
import dev.ormdantic.internal.observe.ParameterNames;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * Without a listener (and with the SQL log below DEBUG, no Flight Recorder recording) a statement is the driver's
 * own, unwatched: nothing of the probe runs for it. A listener makes every statement a watched one.
 */
class ListenerCostTest {

    private static final Call CALL = Call.onTable(Operation.COUNT, "flavor", "sqlite");

    @Test
    void withoutAListenerAStatementIsNotWatched() throws Exception {
        Logger sql = Logger.getLogger("dev.ormdantic.sql");
        Level before = sql.getLevel();
        sql.setLevel(Level.INFO);
        try (Ormdantic db =
                Ormdantic.builder("sqlite::memory:").tables(FlavorTable.TABLE).open()) {
            Database database = db.database();
            assertNull(database.listeners());
            assertFalse(database.probe().watchesStatements());
            try (Connection connection = database.borrow(CALL);
                    PreparedStatement ps = database.prepare(connection, "SELECT 1", CALL)) {
                assertFalse(Proxy.isProxyClass(ps.getClass()), ps.getClass().getName());
                assertFalse(ps instanceof ParameterNames);
            }
        } finally {
            sql.setLevel(before);
        }
    }

    @Test
    void withAListenerEveryStatementIsWatched() throws Exception {
        OrmdanticListener listener = new OrmdanticListener() {};
        try (Ormdantic db = Ormdantic.builder("sqlite::memory:")
                .tables(FlavorTable.TABLE)
                .listener(listener)
                .open()) {
            Database database = db.database();
            assertTrue(database.probe().watchesStatements());
            try (Connection connection = database.borrow(CALL);
                    PreparedStatement ps = database.prepare(connection, "SELECT 1", CALL)) {
                assertTrue(ps instanceof ParameterNames, ps.getClass().getName());
            }
        }
    }
}
