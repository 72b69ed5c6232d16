package dev.ormdantic.dialect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lookup, quoting, capability values and the shape arithmetic. */
class DialectsTest {

    @ParameterizedTest
    @CsvSource({
        "sqlite, SQLITE",
        "postgresql, POSTGRESQL",
        "postgres, POSTGRESQL",
        "MySQL, MYSQL",
        "mariadb, MARIADB",
        "mssql, MSSQL",
        "sqlserver, MSSQL",
        "oracle, ORACLE"
    })
    void findsDialectsByNameAndAlias(String name, DialectId id) {
        assertSame(Dialects.of(id), Dialects.byName(name));
        assertEquals(id, Dialects.byName(name).id());
    }

    @Test
    void unknownNameListsTheChoices() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Dialects.byName("db2"));
        assertEquals(
                "unknown dialect 'db2'; choose one of: sqlite, postgresql, mysql, mariadb, mssql, oracle",
                e.getMessage());
    }

    @Test
    void allIsInIdOrder() {
        List<DialectId> ids = Dialects.all().stream().map(Dialect::id).toList();
        assertEquals(List.of(DialectId.values()), ids);
    }

    @Test
    void quotingEscapesTheClosingCharacter() {
        assertEquals("`a``b`", Dialects.of(DialectId.SQLITE).quote("a`b"));
        assertEquals("`a\"b`", Dialects.of(DialectId.SQLITE).quote("a\"b"));
        assertEquals("`a``b`", Dialects.of(DialectId.MYSQL).quote("a`b"));
        assertEquals("[a]]b]", Dialects.of(DialectId.MSSQL).quote("a]b"));
        assertEquals("\"a]b\"", Dialects.of(DialectId.ORACLE).quote("a]b"));
        assertThrows(
                IllegalArgumentException.class,
                () -> Dialects.of(DialectId.POSTGRESQL).quote(""));
        assertThrows(
                IllegalArgumentException.class,
                () -> Dialects.of(DialectId.POSTGRESQL).quote("a\0b"));
    }

    @Test
    void bindLimitsPerDialect() {
        assertEquals(32_766, Dialects.of(DialectId.SQLITE).capabilities().maxBindParameters());
        assertEquals(65_535, Dialects.of(DialectId.POSTGRESQL).capabilities().maxBindParameters());
        assertEquals(2_100, Dialects.of(DialectId.MSSQL).capabilities().maxBindParameters());
    }

    @Test
    void everyDialectUsesJdbcPlaceholders() {
        for (Dialect dialect : Dialects.all()) {
            assertEquals("?", dialect.capabilities().placeholder(), dialect.name());
        }
    }

    @Test
    void shapeRendersAnyRowCount() {
        StatementShape shape = new StatementShape("INSERT INTO t VALUES ", "(?)", ", ", ";");
        assertEquals("INSERT INTO t VALUES (?);", shape.render(1));
        assertEquals("INSERT INTO t VALUES (?), (?), (?);", shape.render(3));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> shape.render(0));
        assertEquals("a statement needs at least one row, got 0", e.getMessage());
    }

    @Test
    void namedShapePartsMatchTheCanonicalForm() {
        assertEquals(
                new StatementShape("INSERT INTO t VALUES ", "(?)", ", ", ""),
                StatementShape.of("INSERT INTO t VALUES ", "(?)"));
        assertEquals(
                new StatementShape("INSERT ALL ", "INTO t VALUES (?)", " ", " SELECT 1 FROM DUAL"),
                StatementShape.of("INSERT ALL ", "INTO t VALUES (?)")
                        .joinedBy(" ")
                        .followedBy(" SELECT 1 FROM DUAL"));
        assertEquals(
                "",
                StatementShape.of("INSERT INTO t VALUES ", "(?)")
                        .oneRowPerStatement()
                        .separator());
    }

    @Test
    void builderNamesEveryStatementAndRefusesAMissingOne() {
        TableStatements built = TableStatements.builder()
                .createTable("CREATE SEQUENCE s", "CREATE TABLE t")
                .dropTable("DROP TABLE t")
                .dropAfterTable("DROP SEQUENCE s")
                .insert(StatementShape.of("INSERT INTO t VALUES ", "(?)"))
                .upsert(StatementShape.of("MERGE INTO t USING (VALUES ", "(?)").followedBy(") s"))
                .selectByKey("SELECT k FROM t WHERE k = ?")
                .selectAll("SELECT k FROM t")
                .updateByKey("UPDATE t SET v = ? WHERE k = ?")
                .deleteByKey("DELETE FROM t WHERE k = ?")
                .count("SELECT COUNT(*) FROM t")
                .build();
        assertEquals(List.of("CREATE SEQUENCE s", "CREATE TABLE t"), built.createTable());
        assertEquals(List.of("DROP TABLE t", "DROP SEQUENCE s"), built.dropStatements());
        assertEquals("SELECT k FROM t WHERE k = ?", built.selectByKey());
        assertEquals("SELECT k FROM t", built.selectAll());
        assertEquals("UPDATE t SET v = ? WHERE k = ?", built.updateByKey());
        assertEquals("DELETE FROM t WHERE k = ?", built.deleteByKey());
        assertEquals("SELECT COUNT(*) FROM t", built.count());

        TableStatements derived =
                built.toBuilder().createTable("CREATE TABLE u").dropAfterTable().build();
        assertEquals(List.of("CREATE TABLE u"), derived.createTable());
        assertEquals(List.of("DROP TABLE t"), derived.dropStatements());
        assertEquals(built.upsert(), derived.upsert());
        assertEquals(built, built.toBuilder().build());

        IllegalStateException e = assertThrows(
                IllegalStateException.class,
                () -> TableStatements.builder()
                        .createTable("CREATE TABLE t")
                        .dropTable("DROP TABLE t")
                        .build());
        assertEquals("insert is not set", e.getMessage());
    }

    @Test
    void unboundedStringHasANameAndStringNeedsABound() {
        assertEquals(new ColumnType(Kind.STRING, 0, 0, 0), ColumnType.unboundedString());
        assertEquals(80, ColumnType.string(80).length());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ColumnType.string(0));
        assertEquals("a bounded string needs a length of at least 1, not 0; use unboundedString()", e.getMessage());
    }

    @Test
    void columnTypeRejectsAttributesOnTheWrongKind() {
        assertThrows(IllegalArgumentException.class, () -> new ColumnType(Kind.INT, 10, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new ColumnType(Kind.STRING, 0, 5, 2));
        assertThrows(IllegalArgumentException.class, () -> ColumnType.decimal(2, 5));
        assertEquals(new ColumnType(Kind.DECIMAL, 0, 12, 2), ColumnType.decimal(12, 2));
    }
}
