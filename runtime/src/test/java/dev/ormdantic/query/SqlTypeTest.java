package dev.ormdantic.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every {@link SqlType} factory names the logical type the dialects render a {@code CAST} to. */
class SqlTypeTest {

    @Test
    void eachFactoryMakesItsColumnType() {
        assertEquals(
                List.of(
                        ColumnType.string(10),
                        ColumnType.unboundedString(),
                        ColumnType.of(Kind.INT),
                        ColumnType.of(Kind.LONG),
                        ColumnType.of(Kind.DOUBLE),
                        ColumnType.decimal(0, 0),
                        ColumnType.decimal(12, 2),
                        ColumnType.bigInteger(0),
                        ColumnType.of(Kind.DATE),
                        ColumnType.of(Kind.DATETIME)),
                List.of(
                        SqlType.varchar(10).columnType(),
                        SqlType.text().columnType(),
                        SqlType.integer().columnType(),
                        SqlType.bigint().columnType(),
                        SqlType.doublePrecision().columnType(),
                        SqlType.decimal().columnType(),
                        SqlType.decimal(12, 2).columnType(),
                        SqlType.bigInteger().columnType(),
                        SqlType.date().columnType(),
                        SqlType.timestamp().columnType()));
    }
}
