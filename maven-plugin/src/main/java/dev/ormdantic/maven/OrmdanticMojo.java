package dev.ormdantic.maven;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.migrations.Snapshots;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.jspecify.annotations.Nullable;

/**
 * What every goal of the plugin shares: the project, {@code skip}, the migration {@code locations}, the
 * {@code dialects} of offline goals, and a class loader over the project's runtime class path (its compiled classes
 * and {@code META-INF/ormdantic/schema.json}, its dependencies, its JDBC drivers).
 */
@SuppressWarnings("NullAway.Init") // Maven sets the parameters before execute()
public abstract class OrmdanticMojo extends AbstractMojo {

    /** The project being built. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    /** Skips the goal (as Flyway's {@code skip}). */
    @Parameter(property = "ormdantic.skip", defaultValue = "false")
    private boolean skip;

    /**
     * The migration directories, as Flyway's {@code locations}: paths relative to the project's directory, with or
     * without the {@code filesystem:} prefix. Each holds its own {@code ormdantic.sum}; their migrations are applied in
     * revision order. New migrations ({@code diff}) are written to the first.
     */
    @Parameter(property = "ormdantic.locations", defaultValue = "filesystem:src/main/resources/db/migrations")
    private List<String> locations;

    /**
     * The dialects the offline goals work for ({@code diff} writes statements for each, {@code lint} checks each),
     * such as {@code postgresql,sqlite}. Default: the dialects the existing migrations have, else the URL's.
     */
    @Parameter(property = "ormdantic.dialects")
    private @Nullable List<String> dialects;

    private @Nullable URLClassLoader projectLoader;

    /** Creates the goal; Maven sets its parameters. */
    protected OrmdanticMojo() {}

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping ormdantic:" + goal() + " (ormdantic.skip)");
            return;
        }
        ClassLoader previous = Thread.currentThread().getContextClassLoader();
        try {
            Thread.currentThread().setContextClassLoader(projectLoader());
            run();
        } catch (OrmdanticException e) {
            throw PluginFailures.failure(e);
        } catch (CompletionException e) {
            if (e.getCause() instanceof OrmdanticException cause) {
                throw PluginFailures.failure(cause);
            }
            throw e;
        } finally {
            Thread.currentThread().setContextClassLoader(previous);
            closeProjectLoader();
        }
    }

    /**
     * Runs the goal; {@code skip} was checked, and the thread's context class loader is the project's.
     *
     * @throws MojoExecutionException when the environment fails (a file cannot be written)
     * @throws MojoFailureException when the project's models, files or configuration fail the goal
     */
    protected abstract void run() throws MojoExecutionException, MojoFailureException;

    /**
     * The goal's name, for messages.
     *
     * @return such as {@code migrate}
     */
    protected abstract String goal();

    /**
     * The project being built.
     *
     * @return the project
     */
    protected final MavenProject project() {
        return project;
    }

    /**
     * A class loader over the project's runtime class path, whose parent is the plugin's (so the library's classes are
     * the plugin's own).
     *
     * @return the loader, closed when the goal ends
     * @throws MojoExecutionException when the class path cannot be resolved
     */
    protected final ClassLoader projectLoader() throws MojoExecutionException {
        URLClassLoader loader = projectLoader;
        if (loader == null) {
            List<URL> urls = new ArrayList<>();
            try {
                for (String element : project.getRuntimeClasspathElements()) {
                    urls.add(Path.of(element).toUri().toURL());
                }
            } catch (DependencyResolutionRequiredException | MalformedURLException e) {
                throw PluginFailures.error("the project's runtime class path cannot be resolved", e);
            }
            loader = new URLClassLoader(urls.toArray(URL[]::new), getClass().getClassLoader());
            projectLoader = loader;
        }
        return loader;
    }

    private void closeProjectLoader() {
        URLClassLoader loader = projectLoader;
        projectLoader = null;
        if (loader != null) {
            try {
                loader.close();
            } catch (IOException e) {
                getLog().debug("closing the project's class loader: " + e.getMessage());
            }
        }
    }

    /**
     * The schema snapshot of the compiled project: every {@code META-INF/ormdantic/schema.json} on its runtime class
     * path, merged.
     *
     * @return the snapshot
     * @throws MojoFailureException with {@link ErrorCode#MAVEN_SNAPSHOT_MISSING} when there is none
     * @throws MojoExecutionException when the class path cannot be resolved
     */
    protected final SchemaSnapshot compiledSnapshot() throws MojoExecutionException, MojoFailureException {
        ClassLoader loader = projectLoader();
        try {
            if (!loader.getResources(Snapshots.RESOURCE).hasMoreElements()) {
                throw PluginFailures.failure(
                        ErrorCode.MAVEN_SNAPSHOT_MISSING,
                        goal(),
                        "the project's class path holds no " + Snapshots.RESOURCE + " ("
                                + project.getBuild().getOutputDirectory() + " and its dependencies)",
                        "compile first (mvn compile ormdantic:" + goal()
                                + ") with dev.ormdantic:ormdantic-processor on the annotation processor path");
            }
        } catch (IOException e) {
            throw PluginFailures.error("the project's class path cannot be read", e);
        }
        return Snapshots.fromClasspath(loader);
    }

    /**
     * The migration directories of {@code locations}, resolved against the project's directory.
     *
     * @return the directories; they need not exist
     * @throws MojoFailureException with {@link ErrorCode#MAVEN_LOCATION_UNSUPPORTED} for a location that is not a
     *     directory of the file system
     */
    protected final List<Path> locationPaths() throws MojoFailureException {
        List<Path> paths = new ArrayList<>();
        for (String location : locations) {
            String trimmed = location.strip();
            if (trimmed.startsWith("filesystem:")) {
                trimmed = trimmed.substring("filesystem:".length());
            } else if (trimmed.matches("[a-zA-Z][a-zA-Z0-9+.-]+:.*") && !trimmed.matches("[a-zA-Z]:[\\\\/].*")) {
                throw PluginFailures.failure(
                        ErrorCode.MAVEN_LOCATION_UNSUPPORTED,
                        goal(),
                        "location '" + location + "' is not a directory of the file system; the plugin reads and"
                                + " writes migration files where they are kept, not from a class path",
                        "name the directory, such as filesystem:src/main/resources/db/migrations");
            }
            Path path = project.getBasedir().toPath().resolve(trimmed).normalize();
            if (Files.exists(path) && !Files.isDirectory(path)) {
                throw PluginFailures.failure(
                        ErrorCode.MAVEN_LOCATION_UNSUPPORTED,
                        goal(),
                        "location '" + location + "' is a file, not a directory",
                        "name the directory that holds the migrations and their ormdantic.sum");
            }
            paths.add(path);
        }
        return paths;
    }

    /**
     * Reads and verifies the migrations of every location.
     *
     * @return the migrations
     * @throws MojoFailureException when a directory does not verify
     */
    protected final MigrationSet migrations() throws MojoFailureException {
        return MigrationSet.read(locationPaths(), goal());
    }

    /**
     * The dialects configured with {@code dialects}, else the fallback.
     *
     * @param fallback the dialects to use when none is configured
     * @return the dialects; empty when none is configured and the fallback is empty
     * @throws MojoFailureException with {@link ErrorCode#MAVEN_DIALECT_UNKNOWN} for a name it does not know
     */
    protected final Set<DialectId> dialects(Set<DialectId> fallback) throws MojoFailureException {
        List<String> names = dialects;
        if (names == null || names.isEmpty()) {
            return fallback;
        }
        Set<DialectId> parsed = EnumSet.noneOf(DialectId.class);
        for (String name : names) {
            for (String part : name.split(",", -1)) {
                if (part.isBlank()) {
                    continue;
                }
                try {
                    parsed.add(DialectId.valueOf(part.strip().toUpperCase(Locale.ROOT)));
                } catch (IllegalArgumentException e) {
                    throw PluginFailures.failure(
                            ErrorCode.MAVEN_DIALECT_UNKNOWN,
                            goal(),
                            "dialect '" + part.strip() + "' is not one the plugin knows",
                            "use sqlite, postgresql, mysql, mariadb, mssql or oracle");
                }
            }
        }
        return parsed;
    }
}
