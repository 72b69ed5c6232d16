package dev.ormdantic.cli;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.reflect.LiveColumn;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.migrations.reflect.Inspector;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ormdantic inspect}: the tables of a live database, as reflection reads them. */
@Command(
        name = "inspect",
        mixinStandardHelpOptions = true,
        description = "Prints the tables and views of a live database: columns with their native and logical types, "
                + "primary keys, uniques, indexes, foreign keys.")
final class InspectCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Another schema than the connection's own.")
    @Nullable
    String schema;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only tables matching (* and ?); repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out tables matching; repeatable.")
    List<String> exclude = new ArrayList<>();

    InspectCommand(Context context) {
        this.context = context;
    }

    static Inspector inspector(Ormdantic db, @Nullable String schema, List<String> include, List<String> exclude) {
        Inspector inspector = Inspector.of(db);
        if (schema != null) {
            inspector = inspector.schema(schema);
        }
        if (!include.isEmpty()) {
            inspector = inspector.include(include.toArray(String[]::new));
        }
        if (!exclude.isEmpty()) {
            inspector = inspector.exclude(exclude.toArray(String[]::new));
        }
        return inspector;
    }

    @Override
    public Integer call() {
        try (Ormdantic db = Database.of(database, context).open()) {
            List<LiveTable> tables =
                    inspector(db, schema, include, exclude).tables().join();
            PrintWriter out = context.out();
            out.println("Tables: " + tables.size());
            for (LiveTable table : tables) {
                out.println((table.isView() ? "View " : "Table ") + table.name());
                for (LiveColumn column : table.columns()) {
                    out.println("  " + column.name() + " " + column.nativeType()
                            + (column.nullable() ? "" : " NOT NULL") + " (" + column.type() + ")");
                }
                if (!table.primaryKey().isEmpty()) {
                    out.println("  primary key (" + String.join(", ", table.primaryKey()) + ")");
                }
                for (UniqueSpec unique : table.uniques()) {
                    out.println("  unique " + unique.name() + " (" + String.join(", ", unique.columns()) + ")");
                }
                for (IndexSpec index : table.indexes()) {
                    out.println("  " + (index.unique() ? "unique index " : "index ") + index.name() + " ("
                            + String.join(", ", index.columns()) + ")"
                            + (index.where().isEmpty() ? "" : " where " + index.where()));
                }
                for (ForeignKeySpec key : table.foreignKeys()) {
                    out.println("  foreign key (" + String.join(", ", key.columns()) + ") references "
                            + key.targetTable() + " (" + String.join(", ", key.targetColumns()) + ")");
                }
            }
            return 0;
        }
    }
}
