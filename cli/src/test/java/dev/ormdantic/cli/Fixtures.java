package dev.ormdantic.cli;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.SnapshotJson;
import dev.ormdantic.internal.connect.ConnectionTarget;
import dev.ormdantic.internal.connect.DatabaseUrls;
import dev.ormdantic.migrations.MigrationPlan;
import dev.ormdantic.migrations.SchemaDiff;
import dev.ormdantic.migrations.Snapshots;
import dev.ormdantic.migrations.file.Allowance;
import dev.ormdantic.migrations.file.Migration;
import dev.ormdantic.migrations.file.MigrationDirectory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;

/** Migration directories and databases for the command-line tests. */
final class Fixtures {

    static final List<DialectId> DIALECTS = List.of(DialectId.SQLITE, DialectId.POSTGRESQL, DialectId.MARIADB);

    private Fixtures() {}

    /** The test classes directory: its schema.json holds the model {@code cli_flavor}. */
    static Path classes() {
        return Path.of("target", "test-classes").toAbsolutePath();
    }

    static SchemaSnapshot models() {
        return Snapshots.fromClasspath(Fixtures.class.getClassLoader());
    }

    /** 0001 creates {@code cli_flavor} from the models' plan; 0002 adds a column by hand. */
    static List<Migration> good() {
        SchemaSnapshot models = models();
        Migration.Builder create = Migration.builder("0001", "create flavor")
                .snapshots(SnapshotJson.write(SchemaSnapshot.empty()), SnapshotJson.write(models))
                .allow(new Allowance(Allowance.Kind.DESTRUCTIVE_ROLLBACK, "the table is new"));
        Migration.Builder note = Migration.builder("0002", "add note")
                .dependsOn("0001")
                .allow(new Allowance(Allowance.Kind.DESTRUCTIVE_ROLLBACK, "the column is new"));
        for (DialectId dialect : DIALECTS) {
            MigrationPlan plan = MigrationPlan.of(SchemaDiff.between(SchemaSnapshot.empty(), models), dialect);
            create.up(dialect, plan.dryRun()).down(dialect, plan.rollbackSql());
            note.up(dialect, List.of("ALTER TABLE cli_flavor ADD COLUMN note VARCHAR(20)"))
                    .down(dialect, List.of("ALTER TABLE cli_flavor DROP COLUMN note"));
        }
        return List.of(create.build(), note.build());
    }

    /** 0003 fails: its table does not exist. */
    static Migration broken() {
        Migration.Builder broken = Migration.builder("0003", "broken").dependsOn("0002");
        for (DialectId dialect : DIALECTS) {
            broken.up(dialect, List.of("ALTER TABLE cli_missing_table ADD COLUMN x INTEGER"));
        }
        return broken.build();
    }

    static Path directory(Path where, List<Migration> migrations) throws java.io.IOException {
        Files.createDirectories(where);
        MigrationDirectory directory = MigrationDirectory.at(where);
        migrations.forEach(directory::add);
        return where;
    }

    /**
     * Creates {@code cli_flavor} as the models' plan does, plus a column {@code legacy} the models lack.
     *
     * @return the dialect of the URL
     */
    static DialectId flavorWithLegacyColumn(String url) throws SQLException {
        ConnectionTarget target = DatabaseUrls.parse(url);
        DialectId dialect = target.dialect().id();
        Properties properties = new Properties();
        properties.putAll(target.properties());
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), properties);
                Statement statement = connection.createStatement()) {
            for (String sql : MigrationPlan.of(SchemaDiff.between(SchemaSnapshot.empty(), models()), dialect)
                    .dryRun()) {
                statement.execute(sql);
            }
            statement.execute("ALTER TABLE cli_flavor ADD COLUMN legacy VARCHAR(20)");
        }
        return dialect;
    }

    /** Drops what a test run leaves in a server database. */
    static void clean(String url) throws SQLException {
        ConnectionTarget target = DatabaseUrls.parse(url);
        Properties properties = new Properties();
        properties.putAll(target.properties());
        try (Connection connection = DriverManager.getConnection(target.jdbcUrl(), properties);
                Statement statement = connection.createStatement()) {
            for (String table : List.of("cli_flavor", "ormdantic_migrations", "ormdantic_migration_lock")) {
                statement.execute("DROP TABLE IF EXISTS " + table);
            }
        }
    }
}
