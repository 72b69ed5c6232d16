package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.it.model.Moment;
import dev.ormdantic.it.model.MomentTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.OrderBy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Tag;

/**
 * Plan T8, time zones: instants, offset date-times, date-times without zone and dates at the daylight-saving gap and
 * overlap of New York and of Chatham (UTC+12:45/+13:45), at years 1 and 9999 and with microseconds, round-trip equal
 * under every pairing of the JVM's default zone (America/New_York, Pacific/Chatham) with the server session's zone
 * (UTC, New York, Chatham; MariaDB by offset, as its time-zone tables are not loaded), with the default locale tr_TR
 * (whose upper case of {@code i} is {@code İ}). Written by insert and upsert, read by key and found by equality
 * filters. An {@code OffsetDateTime} keeps its instant and reads back at UTC on these databases.
 */
@Tag("reliability")
class TimeZoneLocaleTest {

    private static final List<String> JVM_ZONES = List.of("America/New_York", "Pacific/Chatham");

    /** The values: each field at a point where a zone conversion would show. */
    private static List<Moment> moments() {
        List<Instant> instants = List.of(
                Instant.parse("2024-03-10T07:30:00.123456Z"), // 02:30 does not exist in New York that day
                Instant.parse("2024-11-03T05:30:00.000001Z"), // 01:30 EDT in New York
                Instant.parse("2024-11-03T06:30:00.999999Z"), // 01:30 EST, the same wall time an hour later
                Instant.parse("2024-09-28T14:15:00.5Z"), // 03:00 does not exist in Chatham that day
                Instant.parse("2024-04-06T13:15:00Z"), // 03:00 +13:45 in Chatham
                Instant.parse("2024-04-06T14:15:00Z"), // 03:00 +12:45, the same wall time an hour later
                Instant.parse("0001-01-01T00:00:00Z"),
                Instant.parse("9999-12-31T23:59:59.999999Z"));
        List<LocalDateTime> locals = List.of(
                LocalDateTime.parse("2024-03-10T02:30:00.654321"), // in New York's gap
                LocalDateTime.parse("2024-11-03T01:30:00"), // in New York's overlap
                LocalDateTime.parse("2024-11-03T01:59:59.999999"),
                LocalDateTime.parse("2024-09-29T03:00:00.000001"), // in Chatham's gap
                LocalDateTime.parse("2024-04-07T03:00:00"), // in Chatham's overlap
                LocalDateTime.parse("2024-04-07T02:45:00"),
                LocalDateTime.parse("0001-01-01T00:00:00"),
                LocalDateTime.parse("9999-12-31T23:59:59.999999"));
        List<OffsetDateTime> offsets = List.of(
                OffsetDateTime.parse("2024-03-10T03:30:00.123456-04:00"),
                OffsetDateTime.parse("2024-11-03T01:30:00-04:00"),
                OffsetDateTime.parse("2024-11-03T01:30:00-05:00"),
                OffsetDateTime.parse("2024-09-29T03:45:00.000001+13:45"),
                OffsetDateTime.parse("2024-04-07T03:00:00+13:45"),
                OffsetDateTime.parse("2024-04-07T03:00:00+12:45"),
                OffsetDateTime.parse("0001-01-01T12:00:00+05:30"),
                OffsetDateTime.parse("9999-12-31T23:59:59.999999+14:00"));
        List<LocalDate> days = List.of(
                LocalDate.parse("2024-03-10"),
                LocalDate.parse("2024-11-03"),
                LocalDate.parse("1582-10-04"), // the last Julian day
                LocalDate.parse("2024-09-29"),
                LocalDate.parse("1582-10-15"), // the first Gregorian day
                LocalDate.parse("2024-02-29"),
                LocalDate.parse("0001-01-01"),
                LocalDate.parse("9999-12-31"));
        List<Moment> moments = new ArrayList<>();
        for (int i = 0; i < instants.size(); i++) {
            moments.add(new Moment(i + 1, instants.get(i), offsets.get(i), locals.get(i), days.get(i)));
        }
        return moments;
    }

    /** The server session zones to pair with each JVM zone: none for SQLite, offsets for MariaDB. */
    private static List<String> serverZones(Backend backend) {
        return switch (backend) {
            case POSTGRESQL -> List.of("UTC", "America/New_York", "Pacific/Chatham");
            case MARIADB, MYSQL -> List.of("+00:00", "-05:00", "+12:45");
            default -> List.of("");
        };
    }

    private static String setTimeZone(Backend backend, String zone) {
        return backend == Backend.POSTGRESQL ? "SET TIME ZONE '" + zone + "'" : "SET time_zone = '" + zone + "'";
    }

    @BackendTest
    void everyTemporalTypeRoundTripsUnderEveryZoneAndTurkishLocale(TestDatabase database) {
        database.db(); // creates the tables
        TimeZone savedZone = TimeZone.getDefault();
        Locale savedLocale = Locale.getDefault();
        List<String> failures = new ArrayList<>();
        int combinations = 0;
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            for (String jvmZone : JVM_ZONES) {
                TimeZone.setDefault(TimeZone.getTimeZone(jvmZone));
                for (String serverZone : serverZones(database.backend())) {
                    combinations++;
                    String where = "JVM " + jvmZone + ", server " + (serverZone.isEmpty() ? "-" : serverZone) + ": ";
                    Ormdantic.Builder builder = Ormdantic.builder(database.url())
                            .tables(MomentTable.TABLE)
                            .poolSize(2);
                    if (!serverZone.isEmpty()) {
                        String sql = setTimeZone(database.backend(), serverZone);
                        builder = builder.hikari(config -> config.setConnectionInitSql(sql));
                    }
                    try (Ormdantic db = builder.open()) {
                        roundTrip(db.blockingTable(MomentTable.TABLE), where, failures);
                    }
                }
            }
        } finally {
            TimeZone.setDefault(savedZone);
            Locale.setDefault(savedLocale);
        }
        assertEquals(List.of(), failures);
        assertEquals(database.backend() == Backend.SQLITE ? 2 : 6, combinations);
    }

    private static void roundTrip(BlockingTableHandle<Moment, Long> table, String where, List<String> failures) {
        table.deleteAll();
        List<Moment> moments = moments();
        table.insertMany(moments.subList(0, 4));
        for (Moment moment : moments.subList(4, moments.size())) {
            table.upsert(moment);
        }
        for (Moment written : moments) {
            Moment read = table.findOne(written.id()).orElse(null);
            if (read == null) {
                failures.add(where + "row " + written.id() + " missing");
                continue;
            }
            Moment expected = new Moment(
                    written.id(),
                    written.at(),
                    written.offset().withOffsetSameInstant(ZoneOffset.UTC),
                    written.local(),
                    written.day());
            if (!expected.equals(read)) {
                failures.add(where + "wrote " + written + ", read " + read);
            }
            check(where + "at = " + written.at(), table, MomentTable.AT.eq(written.at()), written.id(), failures);
            check(
                    where + "offset = " + written.offset(),
                    table,
                    MomentTable.OFFSET.eq(written.offset()),
                    written.id(),
                    failures);
            check(
                    where + "local = " + written.local(),
                    table,
                    MomentTable.LOCAL.eq(written.local()),
                    written.id(),
                    failures);
            check(where + "day = " + written.day(), table, MomentTable.DAY.eq(written.day()), written.id(), failures);
        }
    }

    private static void check(
            String what,
            BlockingTableHandle<Moment, Long> table,
            Filter<Moment> filter,
            long id,
            List<String> failures) {
        List<Long> found = table.findMany(filter, OrderBy.asc(MomentTable.ID)).data().stream()
                .map(Moment::id)
                .toList();
        if (!found.equals(List.of(id))) {
            failures.add(what + " found " + found + ", not [" + id + "]");
        }
    }
}
