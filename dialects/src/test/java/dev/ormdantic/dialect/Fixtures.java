package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.List;

/** The tables the rendering tests render. */
final class Fixtures {

    private Fixtures() {}

    /** The quickstart's table: {@code Flavor(String id, @Size(max = 80) String name, int rating)}, name indexed. */
    static final TableSpec FLAVOR = new TableSpec(
            "flavor",
            List.of(
                    new ColumnSpec("id", ColumnType.unboundedString(), false),
                    new ColumnSpec("name", ColumnType.string(80), false),
                    new ColumnSpec("rating", ColumnType.of(Kind.INT), false)),
            List.of("id"),
            List.of(new IndexSpec("flavor_name_idx", List.of("name"), false)));

    /** One column of every kind, nullable and not, a unique index, and a name that needs escaping. */
    static final TableSpec EVERY_TYPE = new TableSpec(
            "every_type",
            List.of(
                    new ColumnSpec("id", ColumnType.of(Kind.LONG), false),
                    new ColumnSpec("code", ColumnType.unboundedString(), false),
                    new ColumnSpec("note", ColumnType.unboundedString(), true),
                    new ColumnSpec("active", ColumnType.of(Kind.BOOLEAN), false),
                    new ColumnSpec("small", ColumnType.of(Kind.SHORT), true),
                    new ColumnSpec("count", ColumnType.of(Kind.INT), false),
                    new ColumnSpec("ratio", ColumnType.of(Kind.FLOAT), false),
                    new ColumnSpec("score", ColumnType.of(Kind.DOUBLE), true),
                    new ColumnSpec("price", ColumnType.decimal(12, 2), false),
                    new ColumnSpec("amount", ColumnType.decimal(0, 0), true),
                    new ColumnSpec("uid", ColumnType.of(Kind.UUID), false),
                    new ColumnSpec("born", ColumnType.of(Kind.DATE), true),
                    new ColumnSpec("seen", ColumnType.of(Kind.DATETIME), true),
                    new ColumnSpec("at", ColumnType.of(Kind.INSTANT), false),
                    new ColumnSpec("data", ColumnType.of(Kind.BYTES), true),
                    new ColumnSpec("odd\"na]me`", ColumnType.string(10), true)),
            List.of("id"),
            List.of(new IndexSpec("every_type_code_unique_idx", List.of("code"), true)));

    /** A table with a column of each type added for issue 5. */
    static final TableSpec NEW_TYPES = new TableSpec(
            "new_types",
            List.of(
                    new ColumnSpec("id", ColumnType.of(Kind.LONG), false),
                    new ColumnSpec("tiny", ColumnType.of(Kind.BYTE), false),
                    new ColumnSpec("huge", ColumnType.bigInteger(0), false),
                    new ColumnSpec("bounded", ColumnType.bigInteger(20), true),
                    new ColumnSpec("clock", ColumnType.of(Kind.TIME), false),
                    new ColumnSpec("moment", ColumnType.of(Kind.OFFSET_DATETIME), true),
                    new ColumnSpec("doc", ColumnType.of(Kind.JSON), false)),
            List.of("id"),
            List.of());

    /** A table whose every column is part of its composite key. */
    static final TableSpec MEMBERSHIP = new TableSpec(
            "membership",
            List.of(
                    new ColumnSpec("group_id", ColumnType.of(Kind.LONG), false),
                    new ColumnSpec("user_id", ColumnType.of(Kind.LONG), false)),
            List.of("group_id", "user_id"),
            List.of());
}
