package dev.ormdantic.internal.replica;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.ReadConsistency;
import java.sql.Connection;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Replication positions compare as the servers order them, and the replica set routes by them and by health. */
class PositionTest {

    @Test
    void postgresLsnsCompareAsSixtyFourBitNumbers() {
        Position.Lsn low = Position.Lsn.parse("0/1A000000");
        Position.Lsn high = Position.Lsn.parse("1/00000010");
        assertEquals(0x1A000000L, low.value());
        assertEquals((1L << 32) | 0x10, high.value());
        assertTrue(high.covers(low));
        assertFalse(low.covers(high));
        assertTrue(low.covers(Position.Lsn.parse("0/1A000000")));
        assertSame(high, low.union(high));
        assertEquals("1/10", high.toString());
        assertThrows(IllegalArgumentException.class, () -> Position.Lsn.parse("1A000000"));
    }

    @Test
    void mariadbGtidsCompareByDomainIgnoringTheServer() {
        Position.Gtids primary = Position.Gtids.parse("0-1-42,1-3-7");
        assertEquals(Map.of(0L, 42L, 1L, 7L), primary.sequences());
        assertTrue(Position.Gtids.parse("0-2-42,1-3-9").covers(primary), "another server id, same sequence");
        assertFalse(Position.Gtids.parse("0-1-41,1-3-9").covers(primary), "domain 0 behind");
        assertFalse(Position.Gtids.parse("0-1-50").covers(primary), "domain 1 missing");
        assertTrue(primary.covers(Position.Gtids.parse("")), "nothing written covers nothing");
        assertEquals(
                Map.of(0L, 50L, 1L, 7L), ((Position.Gtids) primary.union(Position.Gtids.parse("0-1-50"))).sequences());
        assertThrows(IllegalArgumentException.class, () -> Position.Gtids.parse("0-1"));
    }

    @Test
    void readsGoToTheHealthyReplicasInTurnAndToThePrimaryWhenNoneIs() {
        Replica first = replica("first");
        Replica second = replica("second");
        ReplicaSet set = new ReplicaSet(
                List.of(first, second),
                ReadConsistency.READ_YOUR_WRITES,
                Duration.ofHours(1),
                PositionSql.POSTGRESQL,
                null,
                null);
        List<Replica> chosen = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            chosen.add(set.choose());
        }
        assertEquals(List.of(first, second, first, second), chosen);

        set.failed(first);
        assertEquals(List.of(second, second), List.of(set.choose(), set.choose()));
        set.failed(second);
        assertNull(set.choose(), "no healthy replica: the primary");
    }

    @Test
    void aReplicaServesReadYourWritesOnlyOnceItHasReplayedTheNewestWrite() {
        Replica replica = replica("one");
        ReplicaSet set = new ReplicaSet(
                List.of(replica),
                ReadConsistency.READ_YOUR_WRITES,
                Duration.ofHours(1),
                PositionSql.POSTGRESQL,
                null,
                null);
        assertNull(set.wanted(), "no write yet: any replica will do");
        set.wrote(Position.Lsn.parse("0/200"));
        set.wrote(Position.Lsn.parse("0/100")); // an older commit recorded late does not move the position back
        assertEquals(Position.Lsn.parse("0/200"), set.wanted());
        replica.reached(Position.Lsn.parse("0/180"));
        assertFalse(replica.knownToCover(Position.Lsn.parse("0/200")));
        replica.reached(Position.Lsn.parse("0/200"));
        assertTrue(replica.knownToCover(Position.Lsn.parse("0/200")));

        set.positionUnknown();
        assertNull(set.choose(), "a write whose position is unknown sends reads to the primary");
    }

    @Test
    void eventualConsistencyTracksNoPosition() {
        ReplicaSet set = new ReplicaSet(
                List.of(replica("one")), ReadConsistency.EVENTUAL, Duration.ofHours(1), null, null, null);
        assertNull(set.tracking());
        assertNull(set.wanted());
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReplicaSet(
                        List.of(), ReadConsistency.READ_YOUR_WRITES, Duration.ofHours(1), null, null, null));
    }

    @Test
    void aReplicaFoundTooFarBehindIsLeftOutUntilItsNextMeasurementIsDue() {
        Replica behind = replica("behind");
        Replica fresh = replica("fresh");
        long interval = Duration.ofSeconds(5).toNanos();
        long now = System.nanoTime();
        assertTrue(behind.healthy(now), "never measured: chosen, so that a read measures it");
        assertFalse(behind.withinLag(), "never measured: no read is served on a guess");
        assertTrue(behind.claimLagCheck(now, interval), "the first read measures");
        assertFalse(behind.claimLagCheck(now, interval), "one measurement at a time");
        assertNull(behind.lagMeasured(Duration.ofSeconds(3), false), "no verdict before the first");
        assertFalse(behind.healthy(now + interval / 2), "too far behind: left out until the next measurement");
        assertFalse(behind.claimLagCheck(now + interval / 2, interval));
        assertTrue(behind.healthy(now + interval), "due again: chosen to be measured");
        assertTrue(behind.claimLagCheck(now + interval, interval));
        assertEquals(false, behind.lagMeasured(Duration.ZERO, true), "the verdict before: behind");
        assertTrue(behind.withinLag());
        assertEquals(Duration.ZERO, behind.lag());
        assertTrue(behind.healthy(now + interval + 1), "caught up: serves reads between measurements");

        assertTrue(fresh.claimLagCheck(now, interval));
        fresh.lagMeasured(Duration.ofMillis(10), true);
        ReplicaSet set = new ReplicaSet(
                List.of(behind, fresh),
                ReadConsistency.EVENTUAL,
                Duration.ofSeconds(5),
                null,
                Duration.ofSeconds(1),
                LagSql.POSTGRESQL);
        behind.lagMeasured(Duration.ofSeconds(9), false);
        assertEquals(List.of(fresh, fresh), List.of(set.choose(), set.choose()), "reads skip the lagging replica");
        assertThrows(
                IllegalArgumentException.class,
                () -> new ReplicaSet(
                        List.of(), ReadConsistency.EVENTUAL, Duration.ofHours(1), null, Duration.ofSeconds(1), null));
    }

    @Test
    void aTokenCarriesAPositionAsText() {
        assertEquals("lsn:1/10", PositionTokens.token(Position.Lsn.parse("1/00000010")));
        assertEquals(Position.Lsn.parse("1/10"), PositionTokens.parse("lsn:1/10"));
        String gtid = PositionTokens.token(Position.Gtids.parse("1-3-7,0-1-42"));
        assertEquals("gtid:0-0-42,1-0-7", gtid);
        assertEquals(Position.Gtids.parse("0-1-42,1-3-7"), PositionTokens.parse(gtid));
        assertEquals("", PositionTokens.token(null));
        assertNull(PositionTokens.parse(""));
        assertThrows(IllegalArgumentException.class, () -> PositionTokens.parse("scn:42"));
        assertTrue(PositionTokens.fits(Position.Lsn.parse("0/1"), PositionSql.POSTGRESQL));
        assertFalse(PositionTokens.fits(Position.Lsn.parse("0/1"), PositionSql.MARIADB));
    }

    private static Replica replica(String name) {
        return new Replica(name, new Replica.Connections() {
            @Override
            public Connection get() {
                throw new UnsupportedOperationException("no connection in a unit test");
            }

            @Override
            public void retireAll() {}

            @Override
            public void close() {}
        });
    }
}
