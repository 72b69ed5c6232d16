package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import dev.ormdantic.support.TextChecks;
import dev.ormdantic.support.Violations;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link Flavor}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class FlavorTable extends GeneratedTable<Flavor, String> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final StringColumn<Flavor> ID = Columns.string("id", ColumnType.unboundedString(), false);

    /**
     * The {@code name} column.
     */
    public static final StringColumn<Flavor> NAME = Columns.string("name", ColumnType.string(80), false);

    /**
     * The {@code rating} column.
     */
    public static final NumericColumn<Flavor, Integer> RATING = Columns.numeric(
            "rating", ColumnType.of(ColumnType.Kind.INT), false);

    private static final List<Column<Flavor, ?>> COLUMNS = List.of(ID, NAME, RATING);

    private static final TableSpec SPEC = new TableSpec(
            "flavor",
            List.of(
                    Columns.spec(ID),
                    Columns.spec(NAME).with(
                            List.of(
                                    new CheckSpec.Length("flavor_name_min_length_check", "name", true, 2),
                                    new CheckSpec.Length("flavor_name_max_length_check", "name", false, 80)),
                            null),
                    Columns.spec(RATING)),
            List.of("id"),
            List.of(new IndexSpec("flavor_name_idx", List.of("name"), false)));

    /**
     * The {@code flavor} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final FlavorTable TABLE = new FlavorTable();

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `flavor` (`id` TEXT NOT NULL, `name` VARCHAR(80) NOT NULL, `rating` INTEGER NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`), CONSTRAINT `flavor_name_min_length_check` CHECK (LENGTH(`name`) >= 1), CONSTRAINT `flavor_name_max_length_check` CHECK (LENGTH(`name`) <= 80))",
                    "CREATE INDEX IF NOT EXISTS `flavor_name_idx` ON `flavor` (`name`)")
            .dropTable("DROP TABLE IF EXISTS `flavor`")
            .insert(StatementShape.of("INSERT INTO `flavor` (`id`, `name`, `rating`) VALUES ", "(?, ?, ?)"))
            .upsert(StatementShape.of("INSERT INTO `flavor` (`id`, `name`, `rating`) VALUES ", "(?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (`id`) DO UPDATE SET `name` = excluded.`name`, `rating` = excluded.`rating`"))
            .selectByKey("SELECT `id`, `name`, `rating` FROM `flavor` WHERE `id` = ?")
            .selectAll("SELECT `id`, `name`, `rating` FROM `flavor`")
            .updateByKey("UPDATE `flavor` SET `name` = ?, `rating` = ? WHERE `id` = ?")
            .deleteByKey("DELETE FROM `flavor` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `flavor`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"flavor\" (\"id\" TEXT NOT NULL, \"name\" VARCHAR(80) NOT NULL, \"rating\" INTEGER NOT NULL, CONSTRAINT \"flavor_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"flavor_name_min_length_check\" CHECK (LENGTH(\"name\") >= 1), CONSTRAINT \"flavor_name_max_length_check\" CHECK (LENGTH(\"name\") <= 80))",
                    "CREATE INDEX IF NOT EXISTS \"flavor_name_idx\" ON \"flavor\" (\"name\")")
            .dropTable("DROP TABLE IF EXISTS \"flavor\"")
            .insert(StatementShape.of("INSERT INTO \"flavor\" (\"id\", \"name\", \"rating\") VALUES ", "(?, ?, ?)"))
            .upsert(StatementShape.of("INSERT INTO \"flavor\" (\"id\", \"name\", \"rating\") VALUES ", "(?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"rating\" = excluded.\"rating\""))
            .selectByKey("SELECT \"id\", \"name\", \"rating\" FROM \"flavor\" WHERE \"id\" = ?")
            .selectAll("SELECT \"id\", \"name\", \"rating\" FROM \"flavor\"")
            .updateByKey("UPDATE \"flavor\" SET \"name\" = ?, \"rating\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"flavor\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"flavor\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `flavor` (`id` VARCHAR(255) NOT NULL, `name` VARCHAR(80) NOT NULL, `rating` INT NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`), CONSTRAINT `flavor_name_min_length_check` CHECK (CHAR_LENGTH(`name`) >= 1), CONSTRAINT `flavor_name_max_length_check` CHECK (CHAR_LENGTH(`name`) <= 80), INDEX `flavor_name_idx` (`name`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of("INSERT INTO `flavor` (`id`, `name`, `rating`) VALUES ", "(?, ?, ?)")
                    .followedBy(" ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), `rating` = VALUES(`rating`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `flavor` (`id` VARCHAR(255) NOT NULL, `name` VARCHAR(80) NOT NULL, `rating` INT NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`), CONSTRAINT `flavor_name_min_length_check` CHECK (CHAR_LENGTH(`name`) >= 1), CONSTRAINT `flavor_name_max_length_check` CHECK (CHAR_LENGTH(`name`) <= 80)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin",
                    "CREATE INDEX IF NOT EXISTS `flavor_name_idx` ON `flavor` (`name`)")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[flavor]', N'U') IS NULL CREATE TABLE [flavor] ([id] NVARCHAR(255) NOT NULL, [name] NVARCHAR(80) NOT NULL, [rating] INT NOT NULL, CONSTRAINT [flavor_pkey] PRIMARY KEY ([id]), CONSTRAINT [flavor_name_min_length_check] CHECK (DATALENGTH([name]) / 2 >= 2), CONSTRAINT [flavor_name_max_length_check] CHECK (DATALENGTH([name]) / 2 <= 80))",
                    "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'flavor_name_idx' AND object_id = OBJECT_ID(N'[flavor]')) CREATE INDEX [flavor_name_idx] ON [flavor] ([name])")
            .dropTable("DROP TABLE IF EXISTS [flavor]")
            .insert(StatementShape.of("INSERT INTO [flavor] ([id], [name], [rating]) VALUES ", "(?, ?, ?)"))
            .upsert(StatementShape.of("MERGE INTO [flavor] WITH (HOLDLOCK) AS target USING (VALUES ", "(?, ?, ?)")
                    .followedBy(
                            ") AS source ([id], [name], [rating]) ON (target.[id] = source.[id] AND DATALENGTH(target.[id]) = DATALENGTH(source.[id])) WHEN MATCHED THEN UPDATE SET target.[name] = source.[name], target.[rating] = source.[rating] WHEN NOT MATCHED THEN INSERT ([id], [name], [rating]) VALUES (source.[id], source.[name], source.[rating]);"))
            .selectByKey(
                    "SELECT [id], [name], [rating] FROM [flavor] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([flavor].[id]))")
            .selectAll("SELECT [id], [name], [rating] FROM [flavor]")
            .updateByKey(
                    "UPDATE [flavor] SET [name] = ?, [rating] = ? WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([flavor].[id]))")
            .deleteByKey(
                    "DELETE FROM [flavor] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([flavor].[id]))")
            .count("SELECT COUNT(*) FROM [flavor]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"flavor\" (\"id\" VARCHAR2(255 CHAR) NOT NULL, \"name\" VARCHAR2(80 CHAR) NOT NULL, \"rating\" NUMBER(10) NOT NULL, CONSTRAINT \"flavor_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"flavor_name_min_length_check\" CHECK (LENGTH(\"name\") >= 1), CONSTRAINT \"flavor_name_max_length_check\" CHECK (LENGTH(\"name\") <= 80))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;",
                    "BEGIN EXECUTE IMMEDIATE 'CREATE INDEX \"flavor_name_idx\" ON \"flavor\" (\"name\")'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"flavor\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of("INSERT ALL ", "INTO \"flavor\" (\"id\", \"name\", \"rating\") VALUES (?, ?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"flavor\" target USING (",
                    "SELECT ? AS \"id\", ? AS \"name\", ? AS \"rating\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"id\" = source.\"id\") WHEN MATCHED THEN UPDATE SET target.\"name\" = source.\"name\", target.\"rating\" = source.\"rating\" WHEN NOT MATCHED THEN INSERT (\"id\", \"name\", \"rating\") VALUES (source.\"id\", source.\"name\", source.\"rating\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public FlavorTable() {
        super(FORMAT, Flavor.class, SPEC);
    }

    @Override
    public List<Column<Flavor, ?>> columns() {
        return COLUMNS;
    }

    @Override
    public TableStatements statements(DialectId dialect) {
        return switch (dialect) {
            case SQLITE -> SQLITE;
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case MSSQL -> MSSQL;
            case ORACLE -> ORACLE;
        };
    }

    @Override
    public Flavor read(Row row) {
        return new Flavor(row.getString(1), row.getString(2), row.getInt(3));
    }

    @Override
    public void bindRow(Params params, Flavor row) {
        params.setString(row.id());
        params.setString(row.name());
        params.setInt(row.rating());
    }

    @Override
    public void bindUpdate(Params params, Flavor row) {
        params.setString(row.name());
        params.setInt(row.rating());
        params.setString(row.id());
    }

    @Override
    public void bindKey(Params params, String key) {
        params.setString(key);
    }

    @Override
    public String key(Flavor row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(Flavor before, Flavor after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.name(), after.name())) {
            changed.set(1);
        }
        if (before.rating() != after.rating()) {
            changed.set(2);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Flavor row, BitSet columns) {
        if (columns.get(1)) {
            params.setString(row.name());
        }
        if (columns.get(2)) {
            params.setInt(row.rating());
        }
    }

    @Override
    public void validate(Flavor row, Violations violations) {
        TextChecks.size(violations, "name", "@Size(min = 2, max = 80)", row.name(), 2, 80);
    }
}
