package dev.ormdantic.maven;

import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.SchemaDiff;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * The CI check, offline: fails the build when a migration file was edited, removed, added by hand or renamed (its
 * directory does not verify against {@code ormdantic.sum}), when the compiled models differ from the newest
 * migration's snapshot (a model change without a migration), or when lint finds an error. Binds to {@code verify}.
 */
@Mojo(
        name = "check",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
@SuppressWarnings("NullAway.Init") // Maven sets the parameters before execute()
public final class CheckMojo extends OrmdanticMojo {

    /** Fails the build on any lint finding, not only on the errors (destructive changes without an allowance). */
    @Parameter(property = "ormdantic.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Creates the goal; Maven sets its parameters. */
    public CheckMojo() {}

    @Override
    protected String goal() {
        return "check";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        MigrationSet migrations = migrations();
        SchemaSnapshot compiled = compiledSnapshot();
        SchemaDiff drift = SchemaDiff.between(migrations.newestSnapshot(), compiled);
        if (!drift.isEmpty()) {
            throw PluginFailures.failure(
                    ErrorCode.MAVEN_MODEL_DRIFT,
                    goal(),
                    "the compiled models differ from the schema of the newest migration"
                            + migrations.migrations().stream()
                                    .reduce((first, second) -> second)
                                    .map(m -> " (" + m.revision() + ")")
                                    .orElse(" (there is none)")
                            + ": " + String.join("; ", drift.summary()),
                    "write the migration with mvn ormdantic:diff -Dormdantic.description=\"what changed\" (and commit it),"
                            + " or revert the model change");
        }
        LintMojo.lint(this, migrations, failOnWarning);
        getLog().info("ok (" + migrations.migrations().size() + " migrations, " + migrations.files() + " files in "
                + migrations.describe() + "; the models match)");
    }
}
