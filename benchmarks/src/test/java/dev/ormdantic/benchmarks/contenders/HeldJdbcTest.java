package dev.ormdantic.benchmarks.contenders;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.zaxxer.hikari.HikariDataSource;
import dev.ormdantic.benchmarks.Backend;
import dev.ormdantic.benchmarks.BenchCase;
import dev.ormdantic.benchmarks.BenchSql;
import dev.ormdantic.benchmarks.Contender;
import dev.ormdantic.benchmarks.Fixture;
import dev.ormdantic.benchmarks.Profile;
import dev.ormdantic.benchmarks.Target;
import dev.ormdantic.benchmarks.Validation;
import dev.ormdantic.benchmarks.Workload;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The held JDBC floor ({@code jdbc-held}) computes what the per-call one ({@code jdbc}) computes, case by case on
 * SQLite, while it keeps one connection and reuses its prepared statements, and it sees the rows a writer on another
 * connection changed between its calls.
 */
class HeldJdbcTest {

    private static final Profile SMALL = new Profile("t", 1_000, 1_000, 100, 1, 0, 500);

    @Test
    void everyCaseGivesThePerCallFloorsResultsCallAfterCall(@TempDir Path dir) throws Exception {
        Target target = target(dir);
        Workload workload = new Workload(SMALL);
        try (Fixture fixture = new Fixture(target, workload);
                Contender perCall = ContenderKind.JDBC.open(target);
                Contender held = ContenderKind.JDBC_HELD.open(target)) {
            Validation validation = new Validation(workload, fixture);
            for (BenchCase benchCase : BenchCase.values()) {
                fixture.ensure(benchCase.state());
                Object expected = perCall.prepare(benchCase, workload).run();
                validation.check(benchCase, perCall, expected);
                if (benchCase.mutates()) {
                    fixture.touched();
                }
                Contender.Prepared prepared = held.prepare(benchCase, workload);
                // three calls: the first prepares, the others reuse the held statements
                for (int call = 0; call < 3; call++) {
                    fixture.ensure(benchCase.state());
                    Object actual = prepared.run();
                    validation.check(benchCase, held, actual);
                    assertEquals(expected, actual, benchCase.label() + ", call " + call);
                    if (benchCase.mutates()) {
                        fixture.touched();
                    }
                }
            }
        }
    }

    @Test
    void heldStatementsSeeWhatAnotherConnectionWroteBetweenCalls(@TempDir Path dir) throws Exception {
        Target target = target(dir);
        Workload workload = new Workload(SMALL);
        try (Fixture fixture = new Fixture(target, workload);
                Contender held = ContenderKind.JDBC_HELD.open(target);
                HikariDataSource writer = target.hikari("writer")) {
            fixture.ensure(BenchCase.State.SEEDED);
            Contender.Prepared count = held.prepare(BenchCase.COUNT_ALL, workload);
            assertEquals(1_000L, count.run());
            try (Connection c = writer.getConnection();
                    PreparedStatement delete = c.prepareStatement(new BenchSql(Backend.SQLITE).deleteWhereCategory())) {
                delete.setString(1, Workload.CATEGORY);
                assertEquals(100, delete.executeUpdate());
            }
            fixture.touched();
            assertEquals(900L, count.run());
        }
    }

    @Test
    void heldAccessKeepsOneConnectionAndOneStatementPerText(@TempDir Path dir) throws Exception {
        Target target = target(dir);
        String sql = "SELECT 1";
        try (HikariDataSource pool = target.hikari("held")) {
            JdbcAccess access = JdbcAccess.held(pool);
            PreparedStatement first;
            Connection connection;
            try (JdbcAccess.Scope scope = access.scope()) {
                connection = scope.connection();
                first = scope.prepare(sql);
                assertSame(first, scope.prepare(sql));
            }
            try (JdbcAccess.Scope scope = access.scope()) {
                assertSame(connection, scope.connection());
                assertSame(first, scope.prepare(sql));
                assertNotSame(first, scope.prepare("SELECT 2"));
                try (ResultSet rs = first.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(1, rs.getInt(1));
                }
            }
            assertFalse(first.isClosed(), "a held statement outlives its call");
            assertEquals(1, pool.getHikariPoolMXBean().getActiveConnections());
            access.close();
            assertTrue(first.isClosed(), "closing the access closes its statements");
            assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
        }
    }

    @Test
    void perCallAccessBorrowsAndPreparesEveryCall(@TempDir Path dir) throws Exception {
        Target target = target(dir);
        try (HikariDataSource pool = target.hikari("per-call");
                JdbcAccess access = JdbcAccess.perCall(pool)) {
            PreparedStatement first;
            PreparedStatement second;
            try (JdbcAccess.Scope scope = access.scope()) {
                first = scope.prepare("SELECT 1");
                second = scope.prepare("SELECT 1");
                assertNotSame(first, second);
                assertEquals(1, pool.getHikariPoolMXBean().getActiveConnections());
            }
            assertTrue(first.isClosed());
            assertTrue(second.isClosed());
            assertEquals(0, pool.getHikariPoolMXBean().getActiveConnections());
        }
    }

    private static Target target(Path dir) {
        String file = dir.resolve("held.sqlite3").toString();
        return new Target(Backend.SQLITE, Backend.SQLITE.jdbcUrl(file), Backend.SQLITE.ormUrl(file), 2);
    }
}
