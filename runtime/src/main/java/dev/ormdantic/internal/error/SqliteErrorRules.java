package dev.ormdantic.internal.error;

import java.util.List;
import org.sqlite.SQLiteException;

/**
 * SQLite's rules, on the driver's extended result codes ({@code SQLITE_CONSTRAINT_PRIMARYKEY}, ...): SQLite sets no
 * meaningful SQLSTATE, and its message text is not a contract.
 */
public final class SqliteErrorRules {

    private SqliteErrorRules() {}

    /**
     * Exact codes first, then whole families: {@code SQLITE_BUSY} also matches {@code SQLITE_BUSY_SNAPSHOT}.
     *
     * @return the rules
     */
    public static ErrorRules rules() {
        return ErrorRules.standard()
                .after(List.of(
                        code("SQLITE_CONSTRAINT_PRIMARYKEY", SqlErrorKind.PRIMARY_KEY),
                        code("SQLITE_CONSTRAINT_UNIQUE", SqlErrorKind.UNIQUE),
                        code("SQLITE_CONSTRAINT_FOREIGNKEY", SqlErrorKind.FOREIGN_KEY),
                        code("SQLITE_CONSTRAINT_NOTNULL", SqlErrorKind.NOT_NULL),
                        code("SQLITE_CONSTRAINT_CHECK", SqlErrorKind.CHECK),
                        // ON DELETE/UPDATE RESTRICT fails at once through SQLite's internal trigger.
                        foreignKeyTrigger(),
                        code("SQLITE_CONSTRAINT", SqlErrorKind.CONSTRAINT),
                        code("SQLITE_BUSY", SqlErrorKind.BUSY),
                        code("SQLITE_LOCKED", SqlErrorKind.BUSY),
                        code("SQLITE_CANTOPEN", SqlErrorKind.CONNECTION),
                        code("SQLITE_NOTADB", SqlErrorKind.CONNECTION)));
    }

    private static ErrorRules.Rule foreignKeyTrigger() {
        return new ErrorRules.Rule(
                e -> e instanceof SQLiteException sqlite
                        && sqlite.getResultCode().name().equals("SQLITE_CONSTRAINT_TRIGGER")
                        && String.valueOf(sqlite.getMessage()).contains("FOREIGN KEY constraint failed"),
                SqlErrorKind.FOREIGN_KEY);
    }

    private static ErrorRules.Rule code(String family, SqlErrorKind kind) {
        return new ErrorRules.Rule(
                e -> e instanceof SQLiteException sqlite
                        && (sqlite.getResultCode().name().equals(family)
                                || sqlite.getResultCode().name().startsWith(family + "_")),
                kind);
    }
}
