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
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.EnumValues;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.Optionals;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link Cup}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class CupTable extends GeneratedTable<Cup, String> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final StringColumn<Cup> ID = Columns.string("id", ColumnType.unboundedString(), false);

    /**
     * The {@code roast} column.
     */
    public static final EnumColumn<Cup, RoastLevel> ROAST = Columns.enumeration(
            "roast",
            ColumnType.string(1),
            false,
            List.of(RoastLevel.LIGHT, RoastLevel.DARK),
            List.of("L", "D"),
            "roast_level");

    /**
     * The {@code previous} column.
     */
    public static final EnumColumn<Cup, RoastLevel> PREVIOUS = Columns.enumeration(
            "previous",
            ColumnType.string(1),
            true,
            List.of(RoastLevel.LIGHT, RoastLevel.DARK),
            List.of("L", "D"),
            "roast_level");

    /**
     * The {@code grind} column.
     */
    public static final EnumColumn<Cup, Grind> GRIND = Columns.enumeration(
            "grind", ColumnType.string(6), true, "grind_kind");

    /**
     * The {@code plain} column.
     */
    public static final EnumColumn<Cup, Grind> PLAIN = Columns.enumeration("plain", ColumnType.string(6), false);

    private static final List<Column<Cup, ?>> COLUMNS = List.of(ID, ROAST, PREVIOUS, GRIND, PLAIN);

    private static final TableSpec SPEC = new TableSpec(
            "cup",
            List.of(
                    Columns.spec(ID),
                    Columns.spec(ROAST).with(
                            List.of(new CheckSpec.OneOf("cup_roast_enum_values_check", "roast", List.of("L", "D"))),
                            new EnumSpec(List.of("LIGHT", "DARK"), List.of("L", "D"), "roast_level")),
                    Columns.spec(PREVIOUS).with(
                            List.of(
                                    new CheckSpec.OneOf(
                                            "cup_previous_enum_values_check", "previous", List.of("L", "D"))),
                            new EnumSpec(List.of("LIGHT", "DARK"), List.of("L", "D"), "roast_level")),
                    Columns.spec(GRIND).with(
                            List.of(
                                    new CheckSpec.OneOf(
                                            "cup_grind_enum_values_check", "grind", List.of("FINE", "COARSE"))),
                            new EnumSpec(List.of("FINE", "COARSE"), List.of("FINE", "COARSE"), "grind_kind")),
                    Columns.spec(PLAIN).with(
                            List.of(
                                    new CheckSpec.OneOf(
                                            "cup_plain_enum_values_check", "plain", List.of("FINE", "COARSE"))),
                            null)),
            List.of("id"),
            List.of());

    /**
     * The {@code cup} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final CupTable TABLE = new CupTable();

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `cup` (`id` TEXT NOT NULL, `roast` VARCHAR(1) NOT NULL, `previous` VARCHAR(1) NULL, `grind` VARCHAR(6) NULL, `plain` VARCHAR(6) NOT NULL, CONSTRAINT `cup_pkey` PRIMARY KEY (`id`), CONSTRAINT `cup_roast_enum_values_check` CHECK (`roast` IN ('L', 'D')), CONSTRAINT `cup_previous_enum_values_check` CHECK (`previous` IN ('L', 'D')), CONSTRAINT `cup_grind_enum_values_check` CHECK (`grind` IN ('FINE', 'COARSE')), CONSTRAINT `cup_plain_enum_values_check` CHECK (`plain` IN ('FINE', 'COARSE')))")
            .dropTable("DROP TABLE IF EXISTS `cup`")
            .insert(
                    StatementShape.of(
                            "INSERT INTO `cup` (`id`, `roast`, `previous`, `grind`, `plain`) VALUES ",
                            "(?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO `cup` (`id`, `roast`, `previous`, `grind`, `plain`) VALUES ", "(?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (`id`) DO UPDATE SET `roast` = excluded.`roast`, `previous` = excluded.`previous`, `grind` = excluded.`grind`, `plain` = excluded.`plain`"))
            .selectByKey("SELECT `id`, `roast`, `previous`, `grind`, `plain` FROM `cup` WHERE `id` = ?")
            .selectAll("SELECT `id`, `roast`, `previous`, `grind`, `plain` FROM `cup`")
            .updateByKey("UPDATE `cup` SET `roast` = ?, `previous` = ?, `grind` = ?, `plain` = ? WHERE `id` = ?")
            .deleteByKey("DELETE FROM `cup` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `cup`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "DO $ormdantic$ DECLARE found oid; labels text[]; BEGIN SELECT t.oid INTO found FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname = 'roast_level' AND n.nspname = current_schema(); IF found IS NULL THEN CREATE TYPE \"roast_level\" AS ENUM ('L', 'D'); ELSE SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) INTO labels FROM pg_enum e WHERE e.enumtypid = found; IF labels IS DISTINCT FROM ARRAY['L', 'D']::text[] THEN RAISE EXCEPTION 'type % exists with labels %, but the enum stores %', '\"roast_level\"', COALESCE(labels::text, '(none: it is not an enum)'), ARRAY['L', 'D']::text[]::text USING ERRCODE = 'OR125'; END IF; END IF; END $ormdantic$",
                    "DO $ormdantic$ DECLARE found oid; labels text[]; BEGIN SELECT t.oid INTO found FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typname = 'grind_kind' AND n.nspname = current_schema(); IF found IS NULL THEN CREATE TYPE \"grind_kind\" AS ENUM ('FINE', 'COARSE'); ELSE SELECT array_agg(e.enumlabel::text ORDER BY e.enumsortorder) INTO labels FROM pg_enum e WHERE e.enumtypid = found; IF labels IS DISTINCT FROM ARRAY['FINE', 'COARSE']::text[] THEN RAISE EXCEPTION 'type % exists with labels %, but the enum stores %', '\"grind_kind\"', COALESCE(labels::text, '(none: it is not an enum)'), ARRAY['FINE', 'COARSE']::text[]::text USING ERRCODE = 'OR125'; END IF; END IF; END $ormdantic$",
                    "CREATE TABLE IF NOT EXISTS \"cup\" (\"id\" TEXT NOT NULL, \"roast\" \"roast_level\" NOT NULL, \"previous\" \"roast_level\" NULL, \"grind\" \"grind_kind\" NULL, \"plain\" VARCHAR(6) NOT NULL, CONSTRAINT \"cup_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"cup_plain_enum_values_check\" CHECK (\"plain\" IN ('FINE', 'COARSE')))")
            .dropTable("DROP TABLE IF EXISTS \"cup\"")
            .dropAfterTable(
                    "DO $ormdantic$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_depend d ON d.refclassid = 'pg_type'::regclass AND d.refobjid IN (t.oid, t.typarray) AND d.deptype = 'n' WHERE t.typname = 'roast_level' AND n.nspname = current_schema()) THEN DROP TYPE IF EXISTS \"roast_level\"; END IF; END $ormdantic$",
                    "DO $ormdantic$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace JOIN pg_depend d ON d.refclassid = 'pg_type'::regclass AND d.refobjid IN (t.oid, t.typarray) AND d.deptype = 'n' WHERE t.typname = 'grind_kind' AND n.nspname = current_schema()) THEN DROP TYPE IF EXISTS \"grind_kind\"; END IF; END $ormdantic$")
            .insert(
                    StatementShape.of(
                            "INSERT INTO \"cup\" (\"id\", \"roast\", \"previous\", \"grind\", \"plain\") VALUES ",
                            "(?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO \"cup\" (\"id\", \"roast\", \"previous\", \"grind\", \"plain\") VALUES ",
                    "(?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"id\") DO UPDATE SET \"roast\" = excluded.\"roast\", \"previous\" = excluded.\"previous\", \"grind\" = excluded.\"grind\", \"plain\" = excluded.\"plain\""))
            .selectByKey("SELECT \"id\", \"roast\", \"previous\", \"grind\", \"plain\" FROM \"cup\" WHERE \"id\" = ?")
            .selectAll("SELECT \"id\", \"roast\", \"previous\", \"grind\", \"plain\" FROM \"cup\"")
            .updateByKey(
                    "UPDATE \"cup\" SET \"roast\" = ?, \"previous\" = ?, \"grind\" = ?, \"plain\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"cup\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"cup\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `cup` (`id` VARCHAR(255) NOT NULL, `roast` VARCHAR(1) NOT NULL, `previous` VARCHAR(1) NULL, `grind` VARCHAR(6) NULL, `plain` VARCHAR(6) NOT NULL, CONSTRAINT `cup_pkey` PRIMARY KEY (`id`), CONSTRAINT `cup_roast_enum_values_check` CHECK (`roast` IN ('L', 'D')), CONSTRAINT `cup_previous_enum_values_check` CHECK (`previous` IN ('L', 'D')), CONSTRAINT `cup_grind_enum_values_check` CHECK (`grind` IN ('FINE', 'COARSE')), CONSTRAINT `cup_plain_enum_values_check` CHECK (`plain` IN ('FINE', 'COARSE'))) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of(
                    "INSERT INTO `cup` (`id`, `roast`, `previous`, `grind`, `plain`) VALUES ", "(?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON DUPLICATE KEY UPDATE `roast` = VALUES(`roast`), `previous` = VALUES(`previous`), `grind` = VALUES(`grind`), `plain` = VALUES(`plain`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `cup` (`id` VARCHAR(255) NOT NULL, `roast` VARCHAR(1) NOT NULL, `previous` VARCHAR(1) NULL, `grind` VARCHAR(6) NULL, `plain` VARCHAR(6) NOT NULL, CONSTRAINT `cup_pkey` PRIMARY KEY (`id`), CONSTRAINT `cup_roast_enum_values_check` CHECK (`roast` IN ('L', 'D')), CONSTRAINT `cup_previous_enum_values_check` CHECK (`previous` IN ('L', 'D')), CONSTRAINT `cup_grind_enum_values_check` CHECK (`grind` IN ('FINE', 'COARSE')), CONSTRAINT `cup_plain_enum_values_check` CHECK (`plain` IN ('FINE', 'COARSE'))) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[cup]', N'U') IS NULL CREATE TABLE [cup] ([id] NVARCHAR(255) NOT NULL, [roast] NVARCHAR(1) NOT NULL, [previous] NVARCHAR(1) NULL, [grind] NVARCHAR(6) NULL, [plain] NVARCHAR(6) NOT NULL, CONSTRAINT [cup_pkey] PRIMARY KEY ([id]), CONSTRAINT [cup_roast_enum_values_check] CHECK ([roast] IN (N'L', N'D')), CONSTRAINT [cup_previous_enum_values_check] CHECK ([previous] IN (N'L', N'D')), CONSTRAINT [cup_grind_enum_values_check] CHECK ([grind] IN (N'FINE', N'COARSE')), CONSTRAINT [cup_plain_enum_values_check] CHECK ([plain] IN (N'FINE', N'COARSE')))")
            .dropTable("DROP TABLE IF EXISTS [cup]")
            .insert(
                    StatementShape.of(
                            "INSERT INTO [cup] ([id], [roast], [previous], [grind], [plain]) VALUES ",
                            "(?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of("MERGE INTO [cup] WITH (HOLDLOCK) AS target USING (VALUES ", "(?, ?, ?, ?, ?)")
                    .followedBy(
                            ") AS source ([id], [roast], [previous], [grind], [plain]) ON (target.[id] = source.[id] AND DATALENGTH(target.[id]) = DATALENGTH(source.[id])) WHEN MATCHED THEN UPDATE SET target.[roast] = source.[roast], target.[previous] = source.[previous], target.[grind] = source.[grind], target.[plain] = source.[plain] WHEN NOT MATCHED THEN INSERT ([id], [roast], [previous], [grind], [plain]) VALUES (source.[id], source.[roast], source.[previous], source.[grind], source.[plain]);"))
            .selectByKey(
                    "SELECT [id], [roast], [previous], [grind], [plain] FROM [cup] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([cup].[id]))")
            .selectAll("SELECT [id], [roast], [previous], [grind], [plain] FROM [cup]")
            .updateByKey(
                    "UPDATE [cup] SET [roast] = ?, [previous] = ?, [grind] = ?, [plain] = ? WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([cup].[id]))")
            .deleteByKey(
                    "DELETE FROM [cup] WHERE [id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([cup].[id]))")
            .count("SELECT COUNT(*) FROM [cup]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"cup\" (\"id\" VARCHAR2(255 CHAR) NOT NULL, \"roast\" VARCHAR2(1 CHAR) NOT NULL, \"previous\" VARCHAR2(1 CHAR) NULL, \"grind\" VARCHAR2(6 CHAR) NULL, \"plain\" VARCHAR2(6 CHAR) NOT NULL, CONSTRAINT \"cup_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"cup_roast_enum_values_check\" CHECK (\"roast\" IN (''L'', ''D'')), CONSTRAINT \"cup_previous_enum_values_check\" CHECK (\"previous\" IN (''L'', ''D'')), CONSTRAINT \"cup_grind_enum_values_check\" CHECK (\"grind\" IN (''FINE'', ''COARSE'')), CONSTRAINT \"cup_plain_enum_values_check\" CHECK (\"plain\" IN (''FINE'', ''COARSE'')))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"cup\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .dropAfterTable()
            .insert(StatementShape.of(
                    "INSERT ALL ",
                    "INTO \"cup\" (\"id\", \"roast\", \"previous\", \"grind\", \"plain\") VALUES (?, ?, ?, ?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"cup\" target USING (",
                    "SELECT ? AS \"id\", ? AS \"roast\", ? AS \"previous\", ? AS \"grind\", ? AS \"plain\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"id\" = source.\"id\") WHEN MATCHED THEN UPDATE SET target.\"roast\" = source.\"roast\", target.\"previous\" = source.\"previous\", target.\"grind\" = source.\"grind\", target.\"plain\" = source.\"plain\" WHEN NOT MATCHED THEN INSERT (\"id\", \"roast\", \"previous\", \"grind\", \"plain\") VALUES (source.\"id\", source.\"roast\", source.\"previous\", source.\"grind\", source.\"plain\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public CupTable() {
        super(FORMAT, Cup.class, SPEC);
    }

    @Override
    public List<Column<Cup, ?>> columns() {
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
    public Cup read(Row row) {
        String previous = row.getNullableString(3);
        return new Cup(
                row.getString(1),
                roastFromStored(row.getString(2)),
                previous == null ? null : previousFromStored(previous),
                Optional.ofNullable(row.getNullableString(4)).map(Grind::valueOf),
                Grind.valueOf(row.getString(5)));
    }

    @Override
    public void bindRow(Params params, Cup row) {
        params.setString(row.id());
        params.setNativeEnum(ROAST.stored(row.roast()));
        params.setNativeEnum(PREVIOUS.stored(row.previous()));
        params.setNativeEnum(GRIND.stored(Optionals.orNull(row.grind())));
        params.setEnum(row.plain());
    }

    @Override
    public void bindUpdate(Params params, Cup row) {
        params.setNativeEnum(ROAST.stored(row.roast()));
        params.setNativeEnum(PREVIOUS.stored(row.previous()));
        params.setNativeEnum(GRIND.stored(Optionals.orNull(row.grind())));
        params.setEnum(row.plain());
        params.setString(row.id());
    }

    @Override
    public void bindKey(Params params, String key) {
        params.setString(key);
    }

    @Override
    public String key(Cup row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(Cup before, Cup after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.roast(), after.roast())) {
            changed.set(1);
        }
        if (!Objects.equals(before.previous(), after.previous())) {
            changed.set(2);
        }
        if (!Objects.equals(Optionals.orNull(before.grind()), Optionals.orNull(after.grind()))) {
            changed.set(3);
        }
        if (!Objects.equals(before.plain(), after.plain())) {
            changed.set(4);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Cup row, BitSet columns) {
        if (columns.get(1)) {
            params.setNativeEnum(ROAST.stored(row.roast()));
        }
        if (columns.get(2)) {
            params.setNativeEnum(PREVIOUS.stored(row.previous()));
        }
        if (columns.get(3)) {
            params.setNativeEnum(GRIND.stored(Optionals.orNull(row.grind())));
        }
        if (columns.get(4)) {
            params.setEnum(row.plain());
        }
    }

    /**
     * The constant stored as {@code stored} in column {@code roast}.
     */
    private static RoastLevel roastFromStored(String stored) {
        return switch (stored) {
            case "L" -> RoastLevel.LIGHT;
            case "D" -> RoastLevel.DARK;
            default -> throw EnumValues.unknown("cup", "roast", stored, List.of("L", "D"));
        };
    }

    /**
     * The constant stored as {@code stored} in column {@code previous}.
     */
    private static RoastLevel previousFromStored(String stored) {
        return switch (stored) {
            case "L" -> RoastLevel.LIGHT;
            case "D" -> RoastLevel.DARK;
            default -> throw EnumValues.unknown("cup", "previous", stored, List.of("L", "D"));
        };
    }
}
