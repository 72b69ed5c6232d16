package dev.ormdantic.maven;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.migrations.MigrationException;
import java.util.List;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Lints the project's migrations and the models' pending change, offline (docs/migrations.md, "Lint"): logs each
 * finding with its code and fails on a destructive change nobody allowed, or with {@code failOnWarning} on any
 * finding.
 */
@Mojo(
        name = "lint",
        defaultPhase = LifecyclePhase.VERIFY,
        requiresDependencyResolution = ResolutionScope.RUNTIME,
        threadSafe = true)
@SuppressWarnings("NullAway.Init") // Maven sets the parameters before execute()
public final class LintMojo extends OrmdanticMojo {

    /** Fails the build on any finding, not only on the errors (destructive changes without an allowance). */
    @Parameter(property = "ormdantic.failOnWarning", defaultValue = "false")
    private boolean failOnWarning;

    /** Creates the goal; Maven sets its parameters. */
    public LintMojo() {}

    @Override
    protected String goal() {
        return "lint";
    }

    @Override
    protected void run() throws MojoExecutionException, MojoFailureException {
        MigrationSet migrations = migrations();
        LintRun lint = lint(this, migrations, failOnWarning);
        getLog().info("Lint: " + lint.findings().size() + " findings in "
                + migrations.migrations().size() + " migrations and the models' pending change, no errors");
    }

    /**
     * Lints and logs, for {@code lint} and {@code check}.
     *
     * @param mojo the goal
     * @param migrations the migrations
     * @param failOnWarning whether every finding fails
     * @return the findings, when none fails
     * @throws MojoFailureException with {@link ErrorCode#MAVEN_LINT_FAILED} listing the failing findings
     * @throws MojoExecutionException when the class path cannot be resolved
     */
    static LintRun lint(OrmdanticMojo mojo, MigrationSet migrations, boolean failOnWarning)
            throws MojoExecutionException, MojoFailureException {
        Set<DialectId> pendingDialects = mojo.dialects(migrations.dialects());
        if (pendingDialects.isEmpty()) {
            mojo.getLog()
                    .warn("The models' pending change is not linted: no migration has statements yet; set"
                            + " <dialects> (such as postgresql,sqlite)");
        }
        SchemaSnapshot newest;
        try {
            newest = migrations.newestSnapshot();
        } catch (MigrationException e) {
            if (e.code() != ErrorCode.MIGRATION_SNAPSHOT_MISSING) {
                throw e;
            }
            mojo.getLog().warn("The models' pending change is not linted: " + e.getMessage());
            newest = null;
        }
        LintRun lint = LintRun.of(migrations, newest, mojo.compiledSnapshot(), pendingDialects);
        for (LintRun.Entry entry : lint.findings()) {
            if (entry.error()) {
                mojo.getLog().error(entry.line());
            } else {
                mojo.getLog().warn(entry.line());
            }
        }
        List<LintRun.Entry> failures = lint.failures(failOnWarning);
        if (!failures.isEmpty()) {
            throw PluginFailures.failure(
                    ErrorCode.MAVEN_LINT_FAILED,
                    mojo.goal(),
                    "lint found " + failures.size() + (failOnWarning ? " findings (failOnWarning): " : " errors: ")
                            + String.join(
                                    "; ",
                                    failures.stream().map(LintRun.Entry::line).toList()),
                    "record the reviewer's destructive allowance with its reason in the migration, or change it;"
                            + " a pending destructive model change needs a migration that allows it");
        }
        return lint;
    }
}
