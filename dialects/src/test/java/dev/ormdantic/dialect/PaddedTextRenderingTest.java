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

    /**
     * A lookup by a text key binds the key once (the generated binders bind each key column once) and still counts
     * its trailing spaces; an upsert's {@code MERGE} matches a row only when the lengths agree, so {@code 'k '} is a
     * new key (refused as a duplicate by the key's index), never the row {@code 'k'}. Number keys compare plainly.
     */
    @Test
    void sqlServerKeyLookupsCountTrailingSpaces() {
        TableStatements flavor = Dialects.of(DialectId.MSSQL).statements(Fixtures.FLAVOR);
        String key = "[id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key)"
                + " WHERE DATALENGTH(ormdantic_key) = DATALENGTH([flavor].[id]))";
        assertEquals("SELECT [id], [name], [rating] FROM [flavor] WHERE " + key, flavor.selectByKey());
        assertEquals("UPDATE [flavor] SET [name] = ?, [rating] = ? WHERE " + key, flavor.updateByKey());
        assertEquals("DELETE FROM [flavor] WHERE " + key, flavor.deleteByKey());
        assertEquals(1, flavor.selectByKey().chars().filter(c -> c == '?').count());
        String merge = flavor.upsert().render(1);
        assertEquals(
                true,
                merge.contains("ON (target.[id] = source.[id] AND DATALENGTH(target.[id]) = DATALENGTH(source.[id]))"),
                merge);
        TableStatements numbered = Dialects.of(DialectId.MSSQL).statements(Fixtures.EVERY_TYPE);
        assertEquals(true, numbered.deleteByKey().endsWith("WHERE [id] = ?"), numbered.deleteByKey());
        for (DialectId id : List.of(DialectId.SQLITE, DialectId.POSTGRESQL, DialectId.MARIADB, DialectId.ORACLE)) {
            Dialect dialect = Dialects.of(id);
            assertEquals(
                    true,
                    dialect.statements(Fixtures.FLAVOR).deleteByKey().endsWith(dialect.quote("id") + " = ?"),
                    id.name());
        }
    }

    /** A long text list on SQL Server reads its values from one JSON array, each ending in the marker. */
    @Test
    void sqlServerLongTextListsKeepTheMarker() {
        List<Expr> values = new java.util.ArrayList<>();
        for (int i = 0; i < 1_001; i++) {
            values.add(text("v" + i));
        }
        RenderedSql in = Dialects.of(DialectId.MSSQL).where(new Expr.In(NAME, values, false));
        assertEquals("[name] + N'|' IN (SELECT v + N'|' FROM OPENJSON(?) WITH (v NVARCHAR(MAX) '$'))", in.sql());
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
