package dev.ormdantic.dialect;

import static dev.ormdantic.dialect.SqlGoldens.assertGolden;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.dialect.schema.TableSpec;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Composite keys, identity keys, server defaults, computed columns and sequences: every fixed statement for all six
 * dialects against the SQL goldens, or the dialect's refusal where it lacks the feature.
 */
class KeysRenderingTest {

    static Stream<Arguments> dialectsAndTables() {
        return Dialects.all().stream()
                .flatMap(d -> Stream.of(
                        Arguments.of(d, "order_line", KeysFixtures.ORDER_LINE),
                        Arguments.of(d, "ticket", KeysFixtures.TICKET),
                        Arguments.of(d, "stored_total", KeysFixtures.STORED_TOTAL),
                        Arguments.of(d, "virtual_total", KeysFixtures.VIRTUAL_TOTAL),
                        Arguments.of(d, "numbered", KeysFixtures.NUMBERED)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dialectsAndTables")
    void fixedStatements(Dialect dialect, String name, TableSpec table) {
        String text;
        try {
            TableStatements s = dialect.statements(table);
            text = String.join(
                    "\n",
                    "-- create table",
                    String.join("\n", s.createTable()),
                    "-- drop",
                    String.join("\n", s.dropStatements()),
                    "-- insert, 1 row",
                    s.insert().render(1),
                    "-- insert, 3 rows",
                    s.insert().render(3),
                    "-- upsert, 2 rows",
                    s.upsert().render(2),
                    "-- select by key",
                    s.selectByKey(),
                    "-- update by key",
                    s.updateByKey(),
                    "-- delete by key",
                    s.deleteByKey());
        } catch (UnsupportedFeatureException e) {
            text = "-- refused\n" + e.getMessage();
        }
        assertGolden("keys_" + name, dialect, text);
    }

    @Test
    void sequencesAreRefusedWhereTheDialectHasNone() {
        UnsupportedFeatureException e = assertThrows(
                UnsupportedFeatureException.class,
                () -> Dialects.of(DialectId.MYSQL).statements(KeysFixtures.NUMBERED));
        assertEquals(
                "MySQL does not support sequences (@Sequence \"numbered_id_seq\"). Use @Identity for a generated key on"
                        + " this backend, or remove @Sequence",
                e.getMessage());
        assertEquals(DialectId.MYSQL, e.dialect());
    }

    @Test
    void aTableWithoutSequencesDropsOnlyItself() {
        TableStatements s = Dialects.of(DialectId.POSTGRESQL).statements(KeysFixtures.TICKET);
        assertEquals(java.util.List.of("DROP TABLE IF EXISTS \"ticket\""), s.dropStatements());
    }
}
