package dev.ormdantic.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** A command that only groups verbs: called without one, it is a usage error (exit code 2). */
@Command
abstract class GroupCommand implements Runnable {

    final Context context;

    @Spec
    @SuppressWarnings("NullAway.Init") // injected by picocli before run()
    CommandSpec spec;

    GroupCommand(Context context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }
}
