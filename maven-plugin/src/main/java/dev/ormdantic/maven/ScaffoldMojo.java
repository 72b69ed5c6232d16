package dev.ormdantic.maven;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.reflect.LiveTable;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.reflect.Inspector;
import dev.ormdantic.migrations.reflect.Scaffold;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.jspecify.annotations.Nullable;

/**
 * Writes a {@code @Table} record source for each table of an existing database (docs/reflection.md, "Scaffold"), in
 * the project's source directory. Never overwrites a file unless told to.
 */
@Mojo(name = "scaffold", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
@SuppressWarnings("NullAway.Init") // Maven sets the parameters before execute()
public final class ScaffoldMojo extends DatabaseMojo {

    /** The package of the records, such as {@code com.example.model}. */
    @Parameter(property = "ormdantic.package", required = true)
    private String packageName;

    /** The source root to write into. */
    @Parameter(property = "ormdantic.outputDirectory", defaultValue = "${project.build.sourceDirectory}")
    private File outputDirectory;

    /** Glob patterns of the tables to read ({@code *} and {@code ?}); default: every table. */
    @Parameter(property = "ormdantic.includeTables")
    private @Nullable List<String> includeTables;

    /** Glob patterns of the tables to leave out. */
    @Parameter(property = "ormdantic.excludeTables")
    private @Nullable List<String> excludeTables;

    /** The schema to read (a PostgreSQL schema, a MySQL database); default: the connection's own. */
    @Parameter(property = "ormdantic.schema")
    private @Nullable String schema;

    /** Overwrites source files that exist. */
    @Parameter(property = "ormdantic.overwrite", defaultValue = "false")
    private boolean overwrite;

    /** Creates the goal; Maven sets its parameters. */
    public ScaffoldMojo() {}

    @Override
    protected String goal() {
        return "scaffold";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        if (!SourceVersion.isName(packageName)) {
            throw PluginFailures.failure(
                    ErrorCode.MAVEN_PARAMETER_INVALID,
                    goal(),
                    "packageName '" + packageName + "' is not a Java package name",
                    "use a name such as com.example.model");
        }
        Map<String, String> sources;
        try (Ormdantic db = database().open(projectLoader())) {
            Inspector inspector = Inspector.of(db);
            if (schema != null && !schema.isBlank()) {
                inspector = inspector.schema(schema);
            }
            if (includeTables != null && !includeTables.isEmpty()) {
                inspector = inspector.include(includeTables.toArray(String[]::new));
            }
            if (excludeTables != null && !excludeTables.isEmpty()) {
                inspector = inspector.exclude(excludeTables.toArray(String[]::new));
            }
            List<LiveTable> tables = inspector.tables().join();
            sources = Scaffold.sources(tables, packageName);
        }
        Path directory = outputDirectory.toPath().resolve(packageName.replace('.', File.separatorChar));
        List<Path> existing = new ArrayList<>();
        for (String className : sources.keySet()) {
            Path file = directory.resolve(className + ".java");
            if (Files.exists(file)) {
                existing.add(file);
            }
        }
        if (!existing.isEmpty() && !overwrite) {
            throw PluginFailures.failure(
                    ErrorCode.MAVEN_SCAFFOLD_EXISTS,
                    goal(),
                    "scaffold would overwrite " + existing,
                    "move them away, choose another package or outputDirectory, or pass -Dormdantic.overwrite=true");
        }
        try {
            Files.createDirectories(directory);
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = directory.resolve(source.getKey() + ".java");
                Files.writeString(file, source.getValue(), StandardCharsets.UTF_8);
                getLog().info("Wrote " + file);
            }
        } catch (IOException e) {
            throw PluginFailures.error("the sources cannot be written to " + directory, e);
        }
        getLog().info("Scaffolded " + sources.size() + " records in " + packageName);
    }
}
