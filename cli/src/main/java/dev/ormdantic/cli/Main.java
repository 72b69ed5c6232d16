package dev.ormdantic.cli;

import dev.ormdantic.error.OrmdanticException;
import java.io.PrintWriter;
import java.lang.reflect.Constructor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.IFactory;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code ormdantic} command line. Exit codes: 0 done, 1 error (one line on the error stream starting with
 * {@code Error:}), 2 usage error. See docs/cli.md.
 *
 * @since 0.1.0
 */
public final class Main {

    private Main() {}

    /**
     * Runs the command line and exits with its code.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        System.exit(run(args));
    }

    /**
     * Runs the command line on the standard streams, the process environment and the working directory.
     *
     * @param args the arguments
     * @return the exit code: 0 done, 1 error, 2 usage error
     */
    public static int run(String... args) {
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
        Context context = new Context(out, err, System.getenv(), Path.of("").toAbsolutePath());
        try {
            return commandLine(context).execute(args);
        } finally {
            out.flush();
            err.flush();
        }
    }

    static CommandLine commandLine(Context context) {
        CommandLine commandLine = new CommandLine(new OrmdanticCommand(context), new Factory(context));
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        commandLine.setOut(context.out());
        commandLine.setErr(context.err());
        commandLine.setExecutionExceptionHandler((exception, command, parseResult) -> {
            context.err().println("Error: " + context.redact(describe(exception)));
            return 1;
        });
        commandLine.setParameterExceptionHandler(Main::usageError);
        return commandLine;
    }

    /** A usage error: the message (URLs in it masked), suggestions, and where help is; exit code 2. */
    private static int usageError(ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        err.println(new Context(err, err, Map.of(), Path.of("")).redact(exception.getMessage()));
        UnmatchedArgumentException.printSuggestions(exception, err);
        err.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for more information.");
        return command.getCommandSpec().exitCodeOnInvalidInput();
    }

    /** The exception's message; for one that is not Ormdantic's, with the messages of its causes. */
    private static String describe(Throwable exception) {
        if (exception instanceof OrmdanticException coded) {
            return coded.getMessage();
        }
        StringBuilder text = new StringBuilder(String.valueOf(exception.getMessage()));
        Throwable cause = exception.getCause();
        for (int depth = 0; cause != null && depth < 5; depth++, cause = cause.getCause()) {
            if (cause instanceof OrmdanticException coded) {
                return coded.getMessage();
            }
            if (cause.getMessage() != null && !text.toString().contains(cause.getMessage())) {
                text.append(": ").append(cause.getMessage());
            }
        }
        return text.toString();
    }

    /** Creates the commands, handing each the run's {@link Context} when its constructor takes one. */
    private record Factory(Context context) implements IFactory {

        @Override
        public <K> K create(Class<K> type) throws Exception {
            for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == Context.class) {
                    constructor.setAccessible(true);
                    return type.cast(constructor.newInstance(context));
                }
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
