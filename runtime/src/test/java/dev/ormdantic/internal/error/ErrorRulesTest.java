package dev.ormdantic.internal.error;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

class ErrorRulesTest {

    @Test
    void standardRulesReadTheSqlState() {
        ErrorRules rules = ErrorRules.standard();
        assertEquals(SqlErrorKind.UNIQUE, rules.classify(new SQLException("dup", "23505")));
        assertEquals(SqlErrorKind.FOREIGN_KEY, rules.classify(new SQLException("fk", "23503")));
        assertEquals(SqlErrorKind.NOT_NULL, rules.classify(new SQLException("nn", "23502")));
        assertEquals(SqlErrorKind.CHECK, rules.classify(new SQLException("ck", "23514")));
        assertEquals(SqlErrorKind.CONSTRAINT, rules.classify(new SQLException("other", "23000")));
        assertEquals(SqlErrorKind.CONNECTION, rules.classify(new SQLException("gone", "08006")));
        assertEquals(SqlErrorKind.CONFLICT, rules.classify(new SQLException("deadlock", "40P01")));
        assertEquals(SqlErrorKind.CONFLICT, rules.classify(new SQLException("serialization", "40001")));
        assertEquals(SqlErrorKind.PERMISSION, rules.classify(new SQLException("denied", "42501")));
        assertEquals(
                SqlErrorKind.CONNECTION, rules.classify(new java.sql.SQLTransientConnectionException("pool timeout")));
        assertEquals(SqlErrorKind.TIMEOUT, rules.classify(new java.sql.SQLTimeoutException("slow")));
        assertEquals(SqlErrorKind.OTHER, rules.classify(new SQLException("syntax", "42601")));
        assertEquals(SqlErrorKind.OTHER, rules.classify(new SQLException("no state")));
    }

    @Test
    void theWholeChainIsSearchedAndDialectRulesComeFirst() {
        SQLException wrapper = new SQLException("batch failed", "HY000");
        wrapper.setNextException(new SQLException("dup", "23505"));
        assertEquals(SqlErrorKind.UNIQUE, ErrorRules.standard().classify(wrapper));
        assertEquals(
                SqlErrorKind.UNIQUE,
                ErrorRules.standard().classify(new SQLException("outer", null, new SQLException("dup", "23505"))));

        ErrorRules vendor = ErrorRules.standard()
                .after(List.of(new ErrorRules.Rule(e -> e.getErrorCode() == 1062, SqlErrorKind.PRIMARY_KEY)));
        assertEquals(SqlErrorKind.PRIMARY_KEY, vendor.classify(new SQLException("dup", "23000", 1062)));
        assertEquals(SqlErrorKind.CONSTRAINT, vendor.classify(new SQLException("other", "23000", 1452)));
    }

    @Test
    void sqliteRulesReadExtendedResultCodes() {
        ErrorRules rules = SqliteErrorRules.rules();
        assertEquals(SqlErrorKind.PRIMARY_KEY, rules.classify(sqlite(SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY)));
        assertEquals(SqlErrorKind.UNIQUE, rules.classify(sqlite(SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE)));
        assertEquals(SqlErrorKind.FOREIGN_KEY, rules.classify(sqlite(SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY)));
        assertEquals(SqlErrorKind.NOT_NULL, rules.classify(sqlite(SQLiteErrorCode.SQLITE_CONSTRAINT_NOTNULL)));
        assertEquals(SqlErrorKind.CHECK, rules.classify(sqlite(SQLiteErrorCode.SQLITE_CONSTRAINT_CHECK)));
        assertEquals(SqlErrorKind.CONSTRAINT, rules.classify(sqlite(SQLiteErrorCode.SQLITE_CONSTRAINT_TRIGGER)));
        assertEquals(SqlErrorKind.BUSY, rules.classify(sqlite(SQLiteErrorCode.SQLITE_BUSY_SNAPSHOT)));
        assertEquals(SqlErrorKind.BUSY, rules.classify(sqlite(SQLiteErrorCode.SQLITE_LOCKED)));
        assertEquals(SqlErrorKind.CONNECTION, rules.classify(sqlite(SQLiteErrorCode.SQLITE_CANTOPEN)));
        assertEquals(SqlErrorKind.OTHER, rules.classify(sqlite(SQLiteErrorCode.SQLITE_ERROR)));
    }

    private static SQLiteException sqlite(SQLiteErrorCode code) {
        return new SQLiteException("[" + code.name() + "]", code);
    }
}
