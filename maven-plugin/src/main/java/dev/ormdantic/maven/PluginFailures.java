package dev.ormdantic.maven;

import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.migrations.MigrationException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.jspecify.annotations.Nullable;

/**
 * How the goals fail: a coded message (what is wrong, then how to fix it) as a {@link MojoFailureException}, which
 * Maven reports as a build failure caused by the project (its models, files or configuration), not by the plugin.
 */
final class PluginFailures {

    private PluginFailures() {}

    /**
     * A failure with one of the plugin's codes.
     *
     * @param code the code
     * @param goal the goal, for the message's context
     * @param problem what is wrong
     * @param fix how to fix it
     * @return the exception to throw
     */
    static MojoFailureException failure(ErrorCode code, String goal, String problem, @Nullable String fix) {
        MigrationException coded = new MigrationException(code, new ErrorContext(goal, null, null), problem, fix, null);
        return new MojoFailureException(coded.getMessage(), coded);
    }

    /**
     * A failure of the library (a migration refused, a file edited, a lock held), with its own code and message.
     *
     * @param e the library's exception
     * @return the exception to throw
     */
    static MojoFailureException failure(OrmdanticException e) {
        return new MojoFailureException(e.getMessage(), e);
    }

    /**
     * A failure of the environment (a file that cannot be written, a class path that cannot be resolved).
     *
     * @param message what went wrong
     * @param cause the cause
     * @return the exception to throw
     */
    static MojoExecutionException error(String message, Throwable cause) {
        return new MojoExecutionException(message + ": " + cause.getMessage(), cause);
    }
}
