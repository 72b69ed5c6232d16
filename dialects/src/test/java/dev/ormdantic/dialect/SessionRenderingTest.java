package dev.ormdantic.dialect;

import static dev.ormdantic.dialect.SqlGoldens.assertGolden;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The statements of a session's flush and of optimistic locking, for the six dialects against the SQL goldens: the
 * update of only the changed columns (with and without a version check, on a text key that SQL Server compares by
 * length too), the versioned delete, and the select of the version a failed check found.
 */
class SessionRenderingTest {

    /** A versioned account with a text key. */
    private static final TableSpec ACCOUNT = new TableSpec(
            "account",
            List.of(
                    new ColumnSpec("id", ColumnType.string(20), false),
                    new ColumnSpec("owner", ColumnType.string(80), false),
                    new ColumnSpec("balance", ColumnType.of(Kind.LONG), false),
                    new ColumnSpec("version", ColumnType.of(Kind.LONG), false)),
            List.of("id"),
            List.of());

    static List<Dialect> dialects() {
        return Dialects.all();
    }

    @ParameterizedTest
    @MethodSource("dialects")
    void sessionStatements(Dialect dialect) {
        String text = String.join(
                "\n",
                "-- changed columns, no version",
                DynamicSql.updateColumnsByKey(dialect, ACCOUNT, List.of("balance"), null),
                "-- changed columns, version checked and raised",
                DynamicSql.updateColumnsByKey(dialect, ACCOUNT, List.of("owner", "balance"), "version"),
                "-- version only",
                DynamicSql.updateColumnsByKey(dialect, ACCOUNT, List.of(), "version"),
                "-- versioned delete",
                DynamicSql.deleteByKey(dialect, ACCOUNT, "version"),
                "-- version read after a failed check",
                DynamicSql.selectColumnByKey(dialect, ACCOUNT, "version"));
        assertGolden("session_statements", dialect, text);
    }

    @Test
    void nothingToUpdateIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> DynamicSql.updateColumnsByKey(Dialects.all().getFirst(), ACCOUNT, List.of(), null));
    }
}
