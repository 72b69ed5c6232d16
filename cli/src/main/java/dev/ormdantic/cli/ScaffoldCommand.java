package dev.ormdantic.cli;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.migrations.reflect.Scaffold;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ormdantic scaffold}: {@code @Table} records written from a live database. */
@Command(
        name = "scaffold",
        mixinStandardHelpOptions = true,
        description = "Writes a @Table record for every table of a live database (views are left out).")
final class ScaffoldCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    DatabaseOptions database = new DatabaseOptions();

    @Option(names = "--package", required = true, paramLabel = "PACKAGE", description = "The records' package.")
    String packageName = "";

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            description = "The source root to write to (the package's directories are created under it). Default: "
                    + "print the sources.")
    @Nullable
    Path output;

    @Option(names = "--schema", paramLabel = "SCHEMA", description = "Another schema than the connection's own.")
    @Nullable
    String schema;

    @Option(names = "--include", paramLabel = "GLOB", description = "Only tables matching (* and ?); repeatable.")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Leave out tables matching; repeatable.")
    List<String> exclude = new ArrayList<>();

    ScaffoldCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        Map<String, String> sources;
        try (Ormdantic db = Database.of(database, context).open()) {
            List<LiveTable> tables = InspectCommand.inspector(db, schema, include, exclude)
                    .tables()
                    .join();
            sources = Scaffold.sources(tables, packageName);
        }
        if (output == null) {
            sources.values().forEach(source -> context.out().print(source));
            context.out().flush();
            return 0;
        }
        Path directory = context.path(output).resolve(packageName.replace('.', '/'));
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = directory.resolve(source.getKey() + ".java");
                Files.writeString(file, source.getValue());
                context.out()
                        .println("Wrote "
                                + output.resolve(packageName.replace('.', '/')).resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(directory + " cannot be written: " + e.getMessage(), e);
        }
        context.out().println("Scaffolded " + sources.size() + " record(s).");
        return 0;
    }
}
