package dev.ormdantic.internal.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.dialect.DialectId;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The placeholders of raw SQL are counted as each database's driver sees them. */
class PlaceholdersTest {

    private static int count(String sql, DialectId dialect) {
        return Placeholders.count(sql, dialect);
    }

    @ParameterizedTest
    @EnumSource(DialectId.class)
    void countsPlaceholdersOutsideLiteralsAndComments(DialectId dialect) {
        assertEquals(0, count("SELECT 1", dialect));
        assertEquals(1, count("SELECT * FROM t WHERE a = ?", dialect));
        assertEquals(3, count("INSERT INTO t (a, b, c) VALUES (?,?,?)", dialect));
        assertEquals(1, count("SELECT '?', 'it''s ?' FROM t WHERE a = ?", dialect));
        assertEquals(1, count("SELECT \"odd?name\" FROM t WHERE a = ?", dialect));
        assertEquals(1, count("SELECT a FROM t -- is it ?\nWHERE a = ?", dialect));
        assertEquals(1, count("SELECT a /* a ? here */ FROM t WHERE a = ?", dialect));
        assertEquals(2, count("SELECT ? || '-' || ?", dialect));
        assertEquals(1, count("SELECT a FROM t WHERE a = ? -- trailing ?", dialect));
    }

    @ParameterizedTest
    @EnumSource(DialectId.class)
    void anUnterminatedLiteralOrCommentEndsTheScan(DialectId dialect) {
        assertEquals(1, count("SELECT ? FROM t WHERE a = 'open ?", dialect));
        assertEquals(1, count("SELECT ? /* open ?", dialect));
    }

    @Test
    void mysqlAndMariadbReadBackslashEscapesHashCommentsAndBackticks() {
        for (DialectId dialect : EnumSet.of(DialectId.MYSQL, DialectId.MARIADB)) {
            assertEquals(1, count("SELECT 'it\\'s ?' FROM t WHERE a = ?", dialect));
            assertEquals(1, count("SELECT \"a \\\" ?\" FROM t WHERE a = ?", dialect));
            assertEquals(1, count("SELECT `odd?` FROM t # a comment ?\nWHERE a = ?", dialect));
            // "--" is a comment only before white space: 1--? is one minus minus a placeholder
            assertEquals(1, count("SELECT 1--?", dialect));
            assertEquals(0, count("SELECT 1 -- ?", dialect));
        }
    }

    @Test
    void elsewhereABackslashDoesNotEscapeAndHashIsNoComment() {
        // 'a\' is a whole literal in standard SQL, so the ? after it counts
        assertEquals(1, count("SELECT 'a\\' FROM t WHERE b = ?", DialectId.SQLITE));
        assertEquals(1, count("SELECT 'a\\' FROM t WHERE b = ?", DialectId.POSTGRESQL));
        assertEquals(2, count("SELECT ? # ?", DialectId.POSTGRESQL));
    }

    @Test
    void postgresqlEscapeStringsDollarQuotesNestedCommentsAndDoubledQuestionMarks() {
        DialectId pg = DialectId.POSTGRESQL;
        assertEquals(1, count("SELECT E'it\\'s ?' WHERE a = ?", pg));
        assertEquals(1, count("SELECT $$ a ? $$, $fn$ it's ? $fn$ WHERE a = ?", pg));
        assertEquals(1, count("SELECT a /* outer /* inner ? */ still ? */ FROM t WHERE a = ?", pg));
        // ?? is the driver's escape of the JSON operator ?, sent as one ?
        assertEquals(1, count("SELECT doc ?? 'key', doc ??| array['a'], doc ??& array['b'] FROM t WHERE id = ?", pg));
        // $1 is no dollar quote; an identifier may hold $
        assertEquals(2, count("SELECT a$b, ? FROM t WHERE c = ?", pg));
        assertEquals(1, count("SELECT arr[?] FROM t", pg));
        assertEquals(1, count("SELECT ?::jsonb", pg));
    }

    @Test
    void questionMarksElsewhereAreEachAPlaceholder() {
        assertEquals(2, count("SELECT ??", DialectId.MYSQL));
        assertEquals(2, count("SELECT ??", DialectId.SQLITE));
    }

    @Test
    void bracketsQuoteIdentifiersOnSqliteAndSqlServerOnly() {
        assertEquals(1, count("SELECT [odd ?] FROM t WHERE a = ?", DialectId.SQLITE));
        assertEquals(1, count("SELECT [odd ?] FROM t WHERE a = ?", DialectId.MSSQL));
        assertEquals(1, count("SELECT `odd ?` FROM t WHERE a = ?", DialectId.SQLITE));
        assertEquals(2, count("SELECT `odd ?` FROM t WHERE a = ?", DialectId.POSTGRESQL));
    }

    @Test
    void oracleAlternativeQuotes() {
        assertEquals(1, count("SELECT q'[it's ?]' FROM dual WHERE a = ?", DialectId.ORACLE));
        assertEquals(1, count("SELECT Q'!a ? b!' FROM dual WHERE a = ?", DialectId.ORACLE));
        assertEquals(1, count("SELECT seq FROM dual WHERE a = ?", DialectId.ORACLE));
    }
}
