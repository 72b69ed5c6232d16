package dev.ormdantic.maven;

import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.SnapshotJson;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * Writes or prints the schema snapshot of the compiled project: every {@code META-INF/ormdantic/schema.json} on its
 * runtime class path, merged, in the canonical form the annotation processor writes. No database.
 */
@Mojo(
        name = "snapshot",
        defaultPhase = LifecyclePhase.PROCESS_CLASSES,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
@SuppressWarnings("NullAway.Init") // Maven sets the parameters before execute()
public final class SnapshotMojo extends OrmdanticMojo {

    /** Where to write the snapshot; without it, the snapshot is printed to the standard output. */
    @Parameter(property = "ormdantic.output")
    private @Nullable File output;

    /** Creates the goal; Maven sets its parameters. */
    public SnapshotMojo() {}

    @Override
    protected String goal() {
        return "snapshot";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        SchemaSnapshot snapshot = compiledSnapshot();
        String json = SnapshotJson.write(snapshot);
        File target = output;
        if (target == null) {
            System.out.print(json);
            System.out.flush();
            return;
        }
        Path path = project().getBasedir().toPath().resolve(target.toPath());
        try {
            Path parent = path.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(path, json, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw PluginFailures.error("the snapshot cannot be written to " + path, e);
        }
        getLog().info("Wrote the snapshot of " + snapshot.tables().size() + " tables to " + path);
    }
}
