package dev.ormdantic.studio;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.TableSnapshot;
import dev.ormdantic.migrations.MigrationPlan;
import dev.ormdantic.migrations.SchemaDiff;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A generated schema of n tables joined by foreign keys, and its creation on SQLite. */
final class Fixtures {

    private Fixtures() {}

    static String name(int i) {
        return String.format("t%02d", i);
    }

    /**
     * Table i has an id, a name, a created date and, from table 1 on, a foreign key to table (i - 1) / 2 (a binary
     * tree); every fifth table from 5 on also references table i - 3, and every seventh references itself. Table
     * names are t00, t01, ...
     */
    static SchemaSnapshot snapshot(int tables) {
        List<TableSnapshot> out = new ArrayList<>();
        for (int i = 0; i < tables; i++) {
            List<ColumnSpec> columns = new ArrayList<>();
            List<ForeignKeySpec> fks = new ArrayList<>();
            columns.add(new ColumnSpec("id", ColumnType.of(ColumnType.Kind.LONG), false));
            columns.add(new ColumnSpec("name", ColumnType.string(40 + i), false));
            columns.add(new ColumnSpec("created", ColumnType.of(ColumnType.Kind.DATE), true));
            if (i >= 1) {
                columns.add(new ColumnSpec("parent_id", ColumnType.of(ColumnType.Kind.LONG), true));
                fks.add(fk(i, "parent_id", (i - 1) / 2));
            }
            if (i >= 5 && i % 5 == 0) {
                columns.add(new ColumnSpec("other_id", ColumnType.of(ColumnType.Kind.LONG), true));
                fks.add(fk(i, "other_id", i - 3));
            }
            if (i >= 7 && i % 7 == 0) {
                columns.add(new ColumnSpec("previous_id", ColumnType.of(ColumnType.Kind.LONG), true));
                fks.add(fk(i, "previous_id", i));
            }
            out.add(new TableSnapshot(
                    new TableSpec(name(i), columns, List.of("id"), List.of(), "", List.of(), fks, null)));
        }
        return SchemaSnapshot.of(out);
    }

    private static ForeignKeySpec fk(int from, String column, int to) {
        return new ForeignKeySpec(
                name(from) + "_" + column + "_fkey",
                List.of(column),
                "",
                name(to),
                List.of("id"),
                ForeignKeySpec.Action.NO_ACTION,
                ForeignKeySpec.Action.NO_ACTION);
    }

    /** The edges as "from->to", one per foreign key (t05 references t02 twice), sorted, self-references included. */
    static List<String> expectedEdges(int tables) {
        List<String> out = new ArrayList<>();
        for (int i = 1; i < tables; i++) {
            out.add(name(i) + "->" + name((i - 1) / 2));
            if (i >= 5 && i % 5 == 0) {
                out.add(name(i) + "->" + name(i - 3));
            }
            if (i >= 7 && i % 7 == 0) {
                out.add(name(i) + "->" + name(i));
            }
        }
        out.sort(null);
        return out;
    }

    /** Creates the snapshot's tables with the planner's own SQLite statements. */
    static void create(Connection connection, SchemaSnapshot snapshot) throws SQLException {
        MigrationPlan plan = MigrationPlan.of(SchemaDiff.between(SchemaSnapshot.empty(), snapshot), DialectId.SQLITE);
        try (Statement statement = connection.createStatement()) {
            for (String sql : plan.dryRun()) {
                statement.execute(sql);
            }
        }
    }
}
