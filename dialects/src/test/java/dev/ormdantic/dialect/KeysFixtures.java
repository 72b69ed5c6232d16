package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.List;

/** Tables with composite keys and generated columns, for the key and generation goldens. */
final class KeysFixtures {

    private KeysFixtures() {}

    /** A composite key of a string and an int, with a server default. */
    static final TableSpec ORDER_LINE = new TableSpec(
            "order_line",
            List.of(
                    new ColumnSpec("order_id", ColumnType.string(20), false),
                    new ColumnSpec("line", ColumnType.of(Kind.INT), false),
                    new ColumnSpec("product", ColumnType.unboundedString(), false),
                    new ColumnSpec("status", ColumnType.string(10), false)
                            .withGeneration(new ColumnGeneration.ServerDefault("'new'"))),
            List.of("order_id", "line"),
            List.of());

    /** An identity key and two server defaults. */
    static final TableSpec TICKET = new TableSpec(
            "ticket",
            List.of(
                    new ColumnSpec("id", ColumnType.of(Kind.LONG), false)
                            .withGeneration(new ColumnGeneration.Identity()),
                    new ColumnSpec("title", ColumnType.unboundedString(), false),
                    new ColumnSpec("created_at", ColumnType.of(Kind.INSTANT), false)
                            .withGeneration(new ColumnGeneration.ServerDefault("CURRENT_TIMESTAMP"))),
            List.of("id"),
            List.of());

    /** A stored computed column (refused by Oracle). */
    static final TableSpec STORED_TOTAL = total("stored_total", true);

    /** A virtual computed column (refused by PostgreSQL). */
    static final TableSpec VIRTUAL_TOTAL = total("virtual_total", false);

    /** A key drawn from a sequence (refused by SQLite and MySQL). */
    static final TableSpec NUMBERED = new TableSpec(
            "numbered",
            List.of(
                    new ColumnSpec("id", ColumnType.of(Kind.LONG), false)
                            .withGeneration(new ColumnGeneration.Sequence("numbered_id_seq", 100, 10)),
                    new ColumnSpec("label", ColumnType.unboundedString(), false)),
            List.of("id"),
            List.of());

    private static TableSpec total(String name, boolean stored) {
        return new TableSpec(
                name,
                List.of(
                        new ColumnSpec("id", ColumnType.unboundedString(), false),
                        new ColumnSpec("price", ColumnType.of(Kind.INT), false),
                        new ColumnSpec("quantity", ColumnType.of(Kind.INT), false),
                        new ColumnSpec("total", ColumnType.of(Kind.INT), false)
                                .withGeneration(new ColumnGeneration.Computed("price * quantity", stored))),
                List.of("id"),
                List.of());
    }
}
