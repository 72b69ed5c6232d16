package dev.ormdantic.cli;

import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.SnapshotJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ormdantic snapshot}: the models' snapshot, merged from a class path, as one canonical file. */
@Command(
        name = "snapshot",
        mixinStandardHelpOptions = true,
        description = "Writes the models' schema snapshot (every META-INF/ormdantic/schema.json of --classpath, "
                + "merged) to a file or the output. No database.")
final class SnapshotCommand implements Callable<Integer> {

    private final Context context;

    @Mixin
    SnapshotOptions models = new SnapshotOptions();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "The file to write. Default: print the snapshot.")
    @Nullable
    Path output;

    SnapshotCommand(Context context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        SchemaSnapshot snapshot = models.load(context);
        String json = SnapshotJson.write(snapshot);
        if (output == null) {
            context.out().print(json);
            context.out().flush();
            return 0;
        }
        Path file = context.path(output);
        try {
            Path parent = file.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException(file + " cannot be written: " + e.getMessage(), e);
        }
        context.out().println("Wrote " + output + " (" + snapshot.tables().size() + " tables)");
        return 0;
    }
}
