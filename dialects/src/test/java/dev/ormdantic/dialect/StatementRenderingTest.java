package dev.ormdantic.dialect;

import static dev.ormdantic.dialect.SqlGoldens.assertGolden;

import dev.ormdantic.dialect.schema.TableSpec;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every fixed statement of a table, for all six dialects, against the SQL goldens. */
class StatementRenderingTest {

    static Stream<Arguments> dialectsAndTables() {
        return Dialects.all().stream()
                .flatMap(d -> Stream.of(
                        Arguments.of(d, "flavor", Fixtures.FLAVOR),
                        Arguments.of(d, "every_type", Fixtures.EVERY_TYPE),
                        Arguments.of(d, "new_types", Fixtures.NEW_TYPES),
                        Arguments.of(d, "membership", Fixtures.MEMBERSHIP)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("dialectsAndTables")
    void fixedStatements(Dialect dialect, String name, TableSpec table) {
        TableStatements s = dialect.statements(table);
        String text = String.join(
                "\n",
                "-- create table",
                String.join("\n", s.createTable()),
                "-- drop table",
                s.dropTable(),
                "-- insert, 1 row",
                s.insert().render(1),
                "-- insert, 3 rows",
                s.insert().render(3),
                "-- upsert, 1 row",
                s.upsert().render(1),
                "-- upsert, 2 rows",
                s.upsert().render(2),
                "-- select by key",
                s.selectByKey(),
                "-- select all",
                s.selectAll(),
                "-- update by key",
                s.updateByKey(),
                "-- delete by key",
                s.deleteByKey(),
                "-- count",
                s.count());
        assertGolden("statements_" + name, dialect, text);
    }
}
