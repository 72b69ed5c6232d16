package dev.ormdantic.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.RenderedSql;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * SQL Server's {@code =} ignores trailing spaces, so its text filters add a condition that counts them; the other
 * dialects compare text exactly as it is and render the plain comparison.
 */
class PaddedTextRenderingTest {

    private static final Expr.Column NAME = new Expr.Column("name", null);

    private static Expr.Param text(String value) {
        return new Expr.Param(value, ColumnType.string(80), false);
    }

    private static List<Object> values(RenderedSql sql) {
        return sql.params().stream().map(Expr.Param::value).toList();
    }

    @Test
    void sqlServerEqualityCountsTrailingSpaces() {
        Dialect mssql = Dialects.of(DialectId.MSSQL);
        RenderedSql eq = mssql.where(new Expr.Compare(NAME, Expr.CompareOp.EQ, text("a ")));
        assertEquals("([name] = ? AND DATALENGTH([name]) = DATALENGTH(?))", eq.sql());
        assertEquals(List.of("a ", "a "), values(eq));
        RenderedSql ne = mssql.where(new Expr.Compare(NAME, Expr.CompareOp.NE, text("a")));
        assertEquals("([name] <> ? OR DATALENGTH([name]) <> DATALENGTH(?))", ne.sql());
        RenderedSql in = mssql.where(new Expr.In(NAME, List.of(text("a"), text("b ")), true));
        assertEquals("[name] + N'|' NOT IN (? + N'|', ? + N'|')", in.sql());
        assertEquals(List.of("a", "b "), values(in));
        RenderedSql number = mssql.where(new Expr.Compare(
                new Expr.Column("rating", null),
                Expr.CompareOp.EQ,
                new Expr.Param(3, ColumnType.of(ColumnType.Kind.INT), false)));
        assertEquals("[rating] = ?", number.sql());
    }

    @Test
    void otherDialectsCompareTextAsItIs() {
        for (DialectId id :
                List.of(DialectId.SQLITE, DialectId.POSTGRESQL, DialectId.MYSQL, DialectId.MARIADB, DialectId.ORACLE)) {
            Dialect dialect = Dialects.of(id);
            RenderedSql eq = dialect.where(new Expr.Compare(NAME, Expr.CompareOp.EQ, text("a ")));
            assertEquals(dialect.quote("name") + " = ?", eq.sql());
            assertEquals(List.of("a "), values(eq));
        }
    }
}
