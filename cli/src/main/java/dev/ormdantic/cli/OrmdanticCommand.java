package dev.ormdantic.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/**
 * {@code ormdantic}: the root of the command line. A new verb is a class annotated with {@link Command} that takes
 * the {@link Context} in its constructor, listed in {@code subcommands} below.
 */
@Command(
        name = "ormdantic",
        mixinStandardHelpOptions = true,
        versionProvider = OrmdanticCommand.Version.class,
        description = "Ormdantic's command line: migrations, reading a live database, scaffolding records, snapshots.",
        footer = {
            "",
            "The database URL comes from --url, then $DATABASE_URL, then DATABASE_URL in ./.env.",
            "Exit codes: 0 done, 1 error (a line starting with 'Error:'), 2 usage error.",
            "Passwords are shown as ***."
        },
        subcommands = {
            MigrationsCommand.class,
            InspectCommand.class,
            ScaffoldCommand.class,
            SnapshotCommand.class,
            StudioCommand.class,
            CompletionCommand.class
        })
final class OrmdanticCommand extends GroupCommand {

    OrmdanticCommand(Context context) {
        super(context);
    }

    /** The version of this jar, from its manifest. */
    static final class Version implements IVersionProvider {

        Version() {}

        @Override
        public String[] getVersion() {
            String version = OrmdanticCommand.class.getPackage().getImplementationVersion();
            return new String[] {"ormdantic " + (version == null ? "(development build)" : version)};
        }
    }
}
