package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.EnumColumn;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.EnumValues;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link Coffee}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class CoffeeTable extends GeneratedTable<Coffee, String> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final StringColumn<Coffee> ID = Columns.string("id", ColumnType.unboundedString(), false);

    /**
     * The {@code roast} column.
     */
    public static final EnumColumn<Coffee, Roast> ROAST = Columns.enumeration(
            "roast", ColumnType.string(2), false, List.of(Roast.LIGHT, Roast.DARK), List.of("L", "DK"));

    /**
     * The {@code previous} column.
     */
    public static final EnumColumn<Coffee, Roast> PREVIOUS = Columns.enumeration(
            "previous", ColumnType.string(2), true, List.of(Roast.LIGHT, Roast.DARK), List.of("L", "DK"));

    /**
     * The {@code cups} column.
     */
    public static final NumericColumn<Coffee, Integer> CUPS = Columns.numeric(
            "cups", ColumnType.of(ColumnType.Kind.INT), false);

    private static final List<Column<Coffee, ?>> COLUMNS = List.of(ID, ROAST, PREVIOUS, CUPS);

    private static final TableSpec SPEC = new TableSpec(
            "coffee",
            List.of(
                    Columns.spec(ID),
                    Columns.spec(ROAST).with(
                            List.of(new CheckSpec.OneOf("coffee_roast_enum_values_check", "roast", List.of("L", "DK"))),
                            new EnumSpec(List.of("LIGHT", "DARK"), List.of("L", "DK"), "")),
                    Columns.spec(PREVIOUS).with(
                            List.of(
                                    new CheckSpec.OneOf(
                                            "coffee_previous_enum_values_check", "previous", List.of("L", "DK"))),
                            new EnumSpec(List.of("LIGHT", "DARK"), List.of("L", "DK"), "")),
                    Columns.spec(CUPS)),
            List.of("id"),
            List.of(),
            List.of(new CheckSpec.Sql("coffee_cups_check", "cups < 100")));

    /**
     * The {@code coffee} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final CoffeeTable TABLE = new CoffeeTable();

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `coffee` (`id` TEXT NOT NULL, `roast` VARCHAR(2) NOT NULL, `previous` VARCHAR(2) NULL, `cups` INTEGER NOT NULL, CONSTRAINT `coffee_pkey` PRIMARY KEY (`id`), CONSTRAINT `coffee_roast_enum_values_check` CHECK (`roast` IN ('L', 'DK')), CONSTRAINT `coffee_previous_enum_values_check` CHECK (`previous` IN ('L', 'DK')), CONSTRAINT `coffee_cups_check` CHECK (cups < 100))")
            .dropTable("DROP TABLE IF EXISTS `coffee`")
            .insert(
                    StatementShape.of(
                            "INSERT INTO `coffee` (`id`, `roast`, `previous`, `cups`) VALUES ", "(?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO `coffee` (`id`, `roast`, `previous`, `cups`) VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (`id`) DO UPDATE SET `roast` = excluded.`roast`, `previous` = excluded.`previous`, `cups` = excluded.`cups`"))
            .selectByKey("SELECT `id`, `roast`, `previous`, `cups` FROM `coffee` WHERE `id` = ?")
            .selectAll("SELECT `id`, `roast`, `previous`, `cups` FROM `coffee`")
            .updateByKey("UPDATE `coffee` SET `roast` = ?, `previous` = ?, `cups` = ? WHERE `id` = ?")
            .deleteByKey("DELETE FROM `coffee` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `coffee`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"coffee\" (\"id\" TEXT NOT NULL, \"roast\" VARCHAR(2) NOT NULL, \"previous\" VARCHAR(2) NULL, \"cups\" INTEGER NOT NULL, CONSTRAINT \"coffee_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"coffee_roast_enum_values_check\" CHECK (\"roast\" IN ('L', 'DK')), CONSTRAINT \"coffee_previous_enum_values_check\" CHECK (\"previous\" IN ('L', 'DK')), CONSTRAINT \"coffee_cups_check\" CHECK (cups < 100))")
            .dropTable("DROP TABLE IF EXISTS \"coffee\"")
            .insert(
                    StatementShape.of(
                            "INSERT INTO \"coffee\" (\"id\", \"roast\", \"previous\", \"cups\") VALUES ",
                            "(?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO \"coffee\" (\"id\", \"roast\", \"previous\", \"cups\") VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"id\") DO UPDATE SET \"roast\" = excluded.\"roast\", \"previous\" = excluded.\"previous\", \"cups\" = excluded.\"cups\""))
            .selectByKey("SELECT \"id\", \"roast\", \"previous\", \"cups\" FROM \"coffee\" WHERE \"id\" = ?")
            .selectAll("SELECT \"id\", \"roast\", \"previous\", \"cups\" FROM \"coffee\"")
            .updateByKey("UPDATE \"coffee\" SET \"roast\" = ?, \"previous\" = ?, \"cups\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"coffee\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"coffee\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `coffee` (`id` VARCHAR(255) NOT NULL, `roast` VARCHAR(2) NOT NULL, `previous` VARCHAR(2) NULL, `cups` INT NOT NULL, CONSTRAINT `coffee_pkey` PRIMARY KEY (`id`), CONSTRAINT `coffee_roast_enum_values_check` CHECK (`roast` IN ('L', 'DK')), CONSTRAINT `coffee_previous_enum_values_check` CHECK (`previous` IN ('L', 'DK')), CONSTRAINT `coffee_cups_check` CHECK (cups < 100)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of(
                    "INSERT INTO `coffee` (`id`, `roast`, `previous`, `cups`) VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            " ON DUPLICATE KEY UPDATE `roast` = VALUES(`roast`), `previous` = VALUES(`previous`), `cups` = VALUES(`cups`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `coffee` (`id` VARCHAR(255) NOT NULL, `roast` VARCHAR(2) NOT NULL, `previous` VARCHAR(2) NULL, `cups` INT NOT NULL, CONSTRAINT `coffee_pkey` PRIMARY KEY (`id`), CONSTRAINT `coffee_roast_enum_values_check` CHECK (`roast` IN ('L', 'DK')), CONSTRAINT `coffee_previous_enum_values_check` CHECK (`previous` IN ('L', 'DK')), CONSTRAINT `coffee_cups_check` CHECK (cups < 100)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[coffee]', N'U') IS NULL CREATE TABLE [coffee] ([id] NVARCHAR(255) NOT NULL, [roast] NVARCHAR(2) NOT NULL, [previous] NVARCHAR(2) NULL, [cups] INT NOT NULL, CONSTRAINT [coffee_pkey] PRIMARY KEY ([id]), CONSTRAINT [coffee_roast_enum_values_check] CHECK ([roast] IN (N'L', N'DK')), CONSTRAINT [coffee_previous_enum_values_check] CHECK ([previous] IN (N'L', N'DK')), CONSTRAINT [coffee_cups_check] CHECK (cups < 100))")
            .dropTable("DROP TABLE IF EXISTS [coffee]")
            .insert(
                    StatementShape.of(
                            "INSERT INTO [coffee] ([id], [roast], [previous], [cups]) VALUES ", "(?, ?, ?, ?)"))
            .upsert(StatementShape.of("MERGE INTO [coffee] WITH (HOLDLOCK) AS target USING (VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            ") AS source ([id], [roast], [previous], [cups]) ON (target.[id] = source.[id] AND DATALENGTH(target.[id]) = DATALENGTH(source.[id])) WHEN MATCHED THEN UPDATE SET target.[roast] = source.[roast], target.[previous] = source.[previous], target.[cups] = source.[cups] WHEN NOT MATCHED THEN INSERT ([id], [roast], [previous], [cups]) VALUES (source.[id], source.[roast], source.[previous], source.[cups]);"))
            .selectByKey(
                    "SELECT [id], [roast], [previous], [cups] FROM [coffee] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([coffee].[id]))")
            .selectAll("SELECT [id], [roast], [previous], [cups] FROM [coffee]")
            .updateByKey(
                    "UPDATE [coffee] SET [roast] = ?, [previous] = ?, [cups] = ? WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([coffee].[id]))")
            .deleteByKey(
                    "DELETE FROM [coffee] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([coffee].[id]))")
            .count("SELECT COUNT(*) FROM [coffee]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"coffee\" (\"id\" VARCHAR2(255 CHAR) NOT NULL, \"roast\" VARCHAR2(2 CHAR) NOT NULL, \"previous\" VARCHAR2(2 CHAR) NULL, \"cups\" NUMBER(10) NOT NULL, CONSTRAINT \"coffee_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"coffee_roast_enum_values_check\" CHECK (\"roast\" IN (''L'', ''DK'')), CONSTRAINT \"coffee_previous_enum_values_check\" CHECK (\"previous\" IN (''L'', ''DK'')), CONSTRAINT \"coffee_cups_check\" CHECK (cups < 100))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"coffee\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of(
                    "INSERT ALL ", "INTO \"coffee\" (\"id\", \"roast\", \"previous\", \"cups\") VALUES (?, ?, ?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"coffee\" target USING (",
                    "SELECT ? AS \"id\", ? AS \"roast\", ? AS \"previous\", ? AS \"cups\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"id\" = source.\"id\") WHEN MATCHED THEN UPDATE SET target.\"roast\" = source.\"roast\", target.\"previous\" = source.\"previous\", target.\"cups\" = source.\"cups\" WHEN NOT MATCHED THEN INSERT (\"id\", \"roast\", \"previous\", \"cups\") VALUES (source.\"id\", source.\"roast\", source.\"previous\", source.\"cups\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public CoffeeTable() {
        super(FORMAT, Coffee.class, SPEC);
    }

    @Override
    public List<Column<Coffee, ?>> columns() {
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
    public Coffee read(Row row) {
        String previous = row.getNullableString(3);
        return new Coffee(
                row.getString(1),
                roastFromStored(row.getString(2)),
                previous == null ? null : previousFromStored(previous),
                row.getInt(4));
    }

    @Override
    public void bindRow(Params params, Coffee row) {
        params.setString(row.id());
        params.setString(ROAST.stored(row.roast()));
        params.setString(PREVIOUS.stored(row.previous()));
        params.setInt(row.cups());
    }

    @Override
    public void bindUpdate(Params params, Coffee row) {
        params.setString(ROAST.stored(row.roast()));
        params.setString(PREVIOUS.stored(row.previous()));
        params.setInt(row.cups());
        params.setString(row.id());
    }

    @Override
    public void bindKey(Params params, String key) {
        params.setString(key);
    }

    @Override
    public String key(Coffee row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(Coffee before, Coffee after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.roast(), after.roast())) {
            changed.set(1);
        }
        if (!Objects.equals(before.previous(), after.previous())) {
            changed.set(2);
        }
        if (before.cups() != after.cups()) {
            changed.set(3);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Coffee row, BitSet columns) {
        if (columns.get(1)) {
            params.setString(ROAST.stored(row.roast()));
        }
        if (columns.get(2)) {
            params.setString(PREVIOUS.stored(row.previous()));
        }
        if (columns.get(3)) {
            params.setInt(row.cups());
        }
    }

    /**
     * The constant stored as {@code stored} in column {@code roast}.
     */
    private static Roast roastFromStored(String stored) {
        return switch (stored) {
            case "L" -> Roast.LIGHT;
            case "DK" -> Roast.DARK;
            default -> throw EnumValues.unknown("coffee", "roast", stored, List.of("L", "DK"));
        };
    }

    /**
     * The constant stored as {@code stored} in column {@code previous}.
     */
    private static Roast previousFromStored(String stored) {
        return switch (stored) {
            case "L" -> Roast.LIGHT;
            case "DK" -> Roast.DARK;
            default -> throw EnumValues.unknown("coffee", "previous", stored, List.of("L", "DK"));
        };
    }
}
