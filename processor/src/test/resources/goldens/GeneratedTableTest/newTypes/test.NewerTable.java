package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.ComparableColumn;
import dev.ormdantic.query.EnumColumn;
import dev.ormdantic.query.JsonColumn;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.JsonType;
import dev.ormdantic.support.NumberChecks;
import dev.ormdantic.support.Optionals;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import dev.ormdantic.support.Violations;
import java.math.BigInteger;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link Newer}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class NewerTable extends GeneratedTable<Newer, Long> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final NumericColumn<Newer, Long> ID = Columns.numeric(
            "id", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code tiny} column.
     */
    public static final NumericColumn<Newer, Byte> TINY = Columns.numeric(
            "tiny", ColumnType.of(ColumnType.Kind.BYTE), false);

    /**
     * The {@code maybe_tiny} column.
     */
    public static final NumericColumn<Newer, Byte> MAYBE_TINY = Columns.numeric(
            "maybe_tiny", ColumnType.of(ColumnType.Kind.BYTE), true);

    /**
     * The {@code huge} column.
     */
    public static final NumericColumn<Newer, BigInteger> HUGE = Columns.numeric(
            "huge", ColumnType.bigInteger(0), false);

    /**
     * The {@code bounded} column.
     */
    public static final NumericColumn<Newer, BigInteger> BOUNDED = Columns.numeric(
            "bounded", ColumnType.bigInteger(20), false);

    /**
     * The {@code clock} column.
     */
    public static final ComparableColumn<Newer, LocalTime> CLOCK = Columns.comparable(
            "clock", ColumnType.of(ColumnType.Kind.TIME), false);

    /**
     * The {@code moment} column.
     */
    public static final ComparableColumn<Newer, OffsetDateTime> MOMENT = Columns.comparable(
            "moment", ColumnType.of(ColumnType.Kind.OFFSET_DATETIME), false);

    /**
     * The {@code scores} column.
     */
    public static final JsonColumn<Newer> SCORES = Columns.json("scores", ColumnType.of(ColumnType.Kind.JSON), false);

    /**
     * The {@code kinds} column.
     */
    public static final JsonColumn<Newer> KINDS = Columns.json("kinds", ColumnType.of(ColumnType.Kind.JSON), false);

    /**
     * The {@code address} column.
     */
    public static final JsonColumn<Newer> ADDRESS = Columns.json("address", ColumnType.of(ColumnType.Kind.JSON), true);

    /**
     * The {@code rank} column.
     */
    public static final NumericColumn<Newer, Integer> RANK = Columns.numeric(
            "rank", ColumnType.of(ColumnType.Kind.INT), true);

    /**
     * The {@code kind} column.
     */
    public static final EnumColumn<Newer, Newer.Kind> KIND = Columns.enumeration("kind", ColumnType.string(2), true);

    private static final List<Column<Newer, ?>> COLUMNS = List.of(
            ID, TINY, MAYBE_TINY, HUGE, BOUNDED, CLOCK, MOMENT, SCORES, KINDS, ADDRESS, RANK, KIND);

    private static final TableSpec SPEC = new TableSpec(
            "newer",
            List.of(
                    Columns.spec(ID),
                    Columns.spec(TINY),
                    Columns.spec(MAYBE_TINY),
                    Columns.spec(HUGE),
                    Columns.spec(BOUNDED),
                    Columns.spec(CLOCK),
                    Columns.spec(MOMENT),
                    Columns.spec(SCORES),
                    Columns.spec(KINDS),
                    Columns.spec(ADDRESS),
                    Columns.spec(RANK).with(
                            List.of(new CheckSpec.Compare("newer_rank_ge_check", "rank", CheckSpec.Comparison.GE, "1")),
                            null),
                    Columns.spec(KIND).with(
                            List.of(new CheckSpec.OneOf("newer_kind_enum_values_check", "kind", List.of("A", "BB"))),
                            null)),
            List.of("id"),
            List.of());

    /**
     * The {@code newer} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final NewerTable TABLE = new NewerTable();

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `newer` (`id` BIGINT NOT NULL, `tiny` INTEGER NOT NULL, `maybe_tiny` INTEGER NULL, `huge` DECIMAL_TEXT NOT NULL, `bounded` DECIMAL_TEXT(20, 0) NOT NULL, `clock` TIME NOT NULL, `moment` TIMESTAMP NOT NULL, `scores` TEXT NOT NULL, `kinds` TEXT NOT NULL, `address` TEXT NULL, `rank` INTEGER NULL, `kind` VARCHAR(2) NULL, CONSTRAINT `newer_pkey` PRIMARY KEY (`id`), CONSTRAINT `newer_rank_ge_check` CHECK (`rank` >= 1), CONSTRAINT `newer_kind_enum_values_check` CHECK (`kind` IN ('A', 'BB')))")
            .dropTable("DROP TABLE IF EXISTS `newer`")
            .insert(
                    StatementShape.of(
                            "INSERT INTO `newer` (`id`, `tiny`, `maybe_tiny`, `huge`, `bounded`, `clock`, `moment`, `scores`, `kinds`, `address`, `rank`, `kind`) VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO `newer` (`id`, `tiny`, `maybe_tiny`, `huge`, `bounded`, `clock`, `moment`, `scores`, `kinds`, `address`, `rank`, `kind`) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (`id`) DO UPDATE SET `tiny` = excluded.`tiny`, `maybe_tiny` = excluded.`maybe_tiny`, `huge` = excluded.`huge`, `bounded` = excluded.`bounded`, `clock` = excluded.`clock`, `moment` = excluded.`moment`, `scores` = excluded.`scores`, `kinds` = excluded.`kinds`, `address` = excluded.`address`, `rank` = excluded.`rank`, `kind` = excluded.`kind`"))
            .selectByKey(
                    "SELECT `id`, `tiny`, `maybe_tiny`, `huge`, `bounded`, `clock`, `moment`, `scores`, `kinds`, `address`, `rank`, `kind` FROM `newer` WHERE `id` = ?")
            .selectAll(
                    "SELECT `id`, `tiny`, `maybe_tiny`, `huge`, `bounded`, `clock`, `moment`, `scores`, `kinds`, `address`, `rank`, `kind` FROM `newer`")
            .updateByKey(
                    "UPDATE `newer` SET `tiny` = ?, `maybe_tiny` = ?, `huge` = ?, `bounded` = ?, `clock` = ?, `moment` = ?, `scores` = ?, `kinds` = ?, `address` = ?, `rank` = ?, `kind` = ? WHERE `id` = ?")
            .deleteByKey("DELETE FROM `newer` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `newer`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"newer\" (\"id\" BIGINT NOT NULL, \"tiny\" SMALLINT NOT NULL, \"maybe_tiny\" SMALLINT NULL, \"huge\" NUMERIC NOT NULL, \"bounded\" NUMERIC(20, 0) NOT NULL, \"clock\" TIME NOT NULL, \"moment\" TIMESTAMP WITH TIME ZONE NOT NULL, \"scores\" JSONB NOT NULL, \"kinds\" JSONB NOT NULL, \"address\" JSONB NULL, \"rank\" INTEGER NULL, \"kind\" VARCHAR(2) NULL, CONSTRAINT \"newer_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"newer_rank_ge_check\" CHECK (\"rank\" >= 1), CONSTRAINT \"newer_kind_enum_values_check\" CHECK (\"kind\" IN ('A', 'BB')))")
            .dropTable("DROP TABLE IF EXISTS \"newer\"")
            .insert(
                    StatementShape.of(
                            "INSERT INTO \"newer\" (\"id\", \"tiny\", \"maybe_tiny\", \"huge\", \"bounded\", \"clock\", \"moment\", \"scores\", \"kinds\", \"address\", \"rank\", \"kind\") VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO \"newer\" (\"id\", \"tiny\", \"maybe_tiny\", \"huge\", \"bounded\", \"clock\", \"moment\", \"scores\", \"kinds\", \"address\", \"rank\", \"kind\") VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"id\") DO UPDATE SET \"tiny\" = excluded.\"tiny\", \"maybe_tiny\" = excluded.\"maybe_tiny\", \"huge\" = excluded.\"huge\", \"bounded\" = excluded.\"bounded\", \"clock\" = excluded.\"clock\", \"moment\" = excluded.\"moment\", \"scores\" = excluded.\"scores\", \"kinds\" = excluded.\"kinds\", \"address\" = excluded.\"address\", \"rank\" = excluded.\"rank\", \"kind\" = excluded.\"kind\""))
            .selectByKey(
                    "SELECT \"id\", \"tiny\", \"maybe_tiny\", \"huge\", \"bounded\", \"clock\", \"moment\", \"scores\", \"kinds\", \"address\", \"rank\", \"kind\" FROM \"newer\" WHERE \"id\" = ?")
            .selectAll(
                    "SELECT \"id\", \"tiny\", \"maybe_tiny\", \"huge\", \"bounded\", \"clock\", \"moment\", \"scores\", \"kinds\", \"address\", \"rank\", \"kind\" FROM \"newer\"")
            .updateByKey(
                    "UPDATE \"newer\" SET \"tiny\" = ?, \"maybe_tiny\" = ?, \"huge\" = ?, \"bounded\" = ?, \"clock\" = ?, \"moment\" = ?, \"scores\" = ?, \"kinds\" = ?, \"address\" = ?, \"rank\" = ?, \"kind\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"newer\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"newer\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `newer` (`id` BIGINT NOT NULL, `tiny` TINYINT NOT NULL, `maybe_tiny` TINYINT NULL, `huge` DECIMAL(65, 0) NOT NULL, `bounded` DECIMAL(20, 0) NOT NULL, `clock` TIME(6) NOT NULL, `moment` DATETIME(6) NOT NULL, `scores` JSON NOT NULL, `kinds` JSON NOT NULL, `address` JSON NULL, `rank` INT NULL, `kind` VARCHAR(2) NULL, CONSTRAINT `newer_pkey` PRIMARY KEY (`id`), CONSTRAINT `newer_rank_ge_check` CHECK (`rank` >= 1), CONSTRAINT `newer_kind_enum_values_check` CHECK (`kind` IN ('A', 'BB'))) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of(
                    "INSERT INTO `newer` (`id`, `tiny`, `maybe_tiny`, `huge`, `bounded`, `clock`, `moment`, `scores`, `kinds`, `address`, `rank`, `kind`) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON DUPLICATE KEY UPDATE `tiny` = VALUES(`tiny`), `maybe_tiny` = VALUES(`maybe_tiny`), `huge` = VALUES(`huge`), `bounded` = VALUES(`bounded`), `clock` = VALUES(`clock`), `moment` = VALUES(`moment`), `scores` = VALUES(`scores`), `kinds` = VALUES(`kinds`), `address` = VALUES(`address`), `rank` = VALUES(`rank`), `kind` = VALUES(`kind`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `newer` (`id` BIGINT NOT NULL, `tiny` TINYINT NOT NULL, `maybe_tiny` TINYINT NULL, `huge` DECIMAL(65, 0) NOT NULL, `bounded` DECIMAL(20, 0) NOT NULL, `clock` TIME(6) NOT NULL, `moment` DATETIME(6) NOT NULL, `scores` JSON NOT NULL, `kinds` JSON NOT NULL, `address` JSON NULL, `rank` INT NULL, `kind` VARCHAR(2) NULL, CONSTRAINT `newer_pkey` PRIMARY KEY (`id`), CONSTRAINT `newer_rank_ge_check` CHECK (`rank` >= 1), CONSTRAINT `newer_kind_enum_values_check` CHECK (`kind` IN ('A', 'BB'))) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[newer]', N'U') IS NULL CREATE TABLE [newer] ([id] BIGINT NOT NULL, [tiny] SMALLINT NOT NULL, [maybe_tiny] SMALLINT NULL, [huge] DECIMAL(38, 0) NOT NULL, [bounded] DECIMAL(20, 0) NOT NULL, [clock] TIME(7) NOT NULL, [moment] DATETIMEOFFSET NOT NULL, [scores] NVARCHAR(MAX) NOT NULL, [kinds] NVARCHAR(MAX) NOT NULL, [address] NVARCHAR(MAX) NULL, [rank] INT NULL, [kind] NVARCHAR(2) NULL, CONSTRAINT [newer_pkey] PRIMARY KEY ([id]), CONSTRAINT [newer_rank_ge_check] CHECK ([rank] >= 1), CONSTRAINT [newer_kind_enum_values_check] CHECK ([kind] IN (N'A', N'BB')))")
            .dropTable("DROP TABLE IF EXISTS [newer]")
            .insert(
                    StatementShape.of(
                            "INSERT INTO [newer] ([id], [tiny], [maybe_tiny], [huge], [bounded], [clock], [moment], [scores], [kinds], [address], [rank], [kind]) VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "MERGE INTO [newer] WITH (HOLDLOCK) AS target USING (VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            ") AS source ([id], [tiny], [maybe_tiny], [huge], [bounded], [clock], [moment], [scores], [kinds], [address], [rank], [kind]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[tiny] = source.[tiny], target.[maybe_tiny] = source.[maybe_tiny], target.[huge] = source.[huge], target.[bounded] = source.[bounded], target.[clock] = source.[clock], target.[moment] = source.[moment], target.[scores] = source.[scores], target.[kinds] = source.[kinds], target.[address] = source.[address], target.[rank] = source.[rank], target.[kind] = source.[kind] WHEN NOT MATCHED THEN INSERT ([id], [tiny], [maybe_tiny], [huge], [bounded], [clock], [moment], [scores], [kinds], [address], [rank], [kind]) VALUES (source.[id], source.[tiny], source.[maybe_tiny], source.[huge], source.[bounded], source.[clock], source.[moment], source.[scores], source.[kinds], source.[address], source.[rank], source.[kind]);"))
            .selectByKey(
                    "SELECT [id], [tiny], [maybe_tiny], [huge], [bounded], [clock], [moment], [scores], [kinds], [address], [rank], [kind] FROM [newer] WHERE [id] = ?")
            .selectAll(
                    "SELECT [id], [tiny], [maybe_tiny], [huge], [bounded], [clock], [moment], [scores], [kinds], [address], [rank], [kind] FROM [newer]")
            .updateByKey(
                    "UPDATE [newer] SET [tiny] = ?, [maybe_tiny] = ?, [huge] = ?, [bounded] = ?, [clock] = ?, [moment] = ?, [scores] = ?, [kinds] = ?, [address] = ?, [rank] = ?, [kind] = ? WHERE [id] = ?")
            .deleteByKey("DELETE FROM [newer] WHERE [id] = ?")
            .count("SELECT COUNT(*) FROM [newer]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"newer\" (\"id\" NUMBER(19) NOT NULL, \"tiny\" NUMBER(3) NOT NULL, \"maybe_tiny\" NUMBER(3) NULL, \"huge\" NUMBER(38) NOT NULL, \"bounded\" NUMBER(20) NOT NULL, \"clock\" VARCHAR2(15) NOT NULL, \"moment\" TIMESTAMP WITH TIME ZONE NOT NULL, \"scores\" CLOB CHECK (\"scores\" IS JSON) NOT NULL, \"kinds\" CLOB CHECK (\"kinds\" IS JSON) NOT NULL, \"address\" CLOB CHECK (\"address\" IS JSON) NULL, \"rank\" NUMBER(10) NULL, \"kind\" VARCHAR2(2 CHAR) NULL, CONSTRAINT \"newer_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"newer_rank_ge_check\" CHECK (\"rank\" >= 1), CONSTRAINT \"newer_kind_enum_values_check\" CHECK (\"kind\" IN (''A'', ''BB'')))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"newer\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of(
                    "INSERT ALL ",
                    "INTO \"newer\" (\"id\", \"tiny\", \"maybe_tiny\", \"huge\", \"bounded\", \"clock\", \"moment\", \"scores\", \"kinds\", \"address\", \"rank\", \"kind\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"newer\" target USING (",
                    "SELECT ? AS \"id\", ? AS \"tiny\", ? AS \"maybe_tiny\", ? AS \"huge\", ? AS \"bounded\", ? AS \"clock\", ? AS \"moment\", ? AS \"scores\", ? AS \"kinds\", ? AS \"address\", ? AS \"rank\", ? AS \"kind\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"id\" = source.\"id\") WHEN MATCHED THEN UPDATE SET target.\"tiny\" = source.\"tiny\", target.\"maybe_tiny\" = source.\"maybe_tiny\", target.\"huge\" = source.\"huge\", target.\"bounded\" = source.\"bounded\", target.\"clock\" = source.\"clock\", target.\"moment\" = source.\"moment\", target.\"scores\" = source.\"scores\", target.\"kinds\" = source.\"kinds\", target.\"address\" = source.\"address\", target.\"rank\" = source.\"rank\", target.\"kind\" = source.\"kind\" WHEN NOT MATCHED THEN INSERT (\"id\", \"tiny\", \"maybe_tiny\", \"huge\", \"bounded\", \"clock\", \"moment\", \"scores\", \"kinds\", \"address\", \"rank\", \"kind\") VALUES (source.\"id\", source.\"tiny\", source.\"maybe_tiny\", source.\"huge\", source.\"bounded\", source.\"clock\", source.\"moment\", source.\"scores\", source.\"kinds\", source.\"address\", source.\"rank\", source.\"kind\")"))
            .build();

    private static final JsonType<Map<String, List<Integer>>> SCORES_JSON = new JsonType<Map<String, List<Integer>>>("scores") {
    };

    private static final JsonType<Set<Newer.Kind>> KINDS_JSON = new JsonType<Set<Newer.Kind>>("kinds") {
    };

    private static final JsonType<Newer.Address> ADDRESS_JSON = new JsonType<Newer.Address>("address") {
    };

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public NewerTable() {
        super(FORMAT, Newer.class, SPEC);
    }

    @Override
    public List<Column<Newer, ?>> columns() {
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
    public Newer read(Row row) {
        return new Newer(
                row.getLong(1),
                row.getByte(2),
                row.getNullableByte(3),
                row.getBigInteger(4),
                row.getBigInteger(5),
                row.getLocalTime(6),
                row.getOffsetDateTime(7),
                row.getJson(8, SCORES_JSON),
                row.getJson(9, KINDS_JSON),
                Optional.ofNullable(row.getNullableJson(10, ADDRESS_JSON)),
                Optional.ofNullable(row.getNullableInt(11)),
                Optional.ofNullable(row.getNullableString(12)).map(Newer.Kind::valueOf));
    }

    @Override
    public void bindRow(Params params, Newer row) {
        params.setLong(row.id());
        params.setByte(row.tiny());
        params.setNullableByte(row.maybeTiny());
        params.setBigInteger(row.huge());
        params.setBigInteger(row.bounded());
        params.setLocalTime(row.clock());
        params.setOffsetDateTime(row.moment());
        params.setJson(row.scores(), SCORES_JSON);
        params.setJson(row.kinds(), KINDS_JSON);
        params.setJson(Optionals.orNull(row.address()), ADDRESS_JSON);
        params.setNullableInt(Optionals.orNull(row.rank()));
        params.setEnum(Optionals.orNull(row.kind()));
    }

    @Override
    public void bindUpdate(Params params, Newer row) {
        params.setByte(row.tiny());
        params.setNullableByte(row.maybeTiny());
        params.setBigInteger(row.huge());
        params.setBigInteger(row.bounded());
        params.setLocalTime(row.clock());
        params.setOffsetDateTime(row.moment());
        params.setJson(row.scores(), SCORES_JSON);
        params.setJson(row.kinds(), KINDS_JSON);
        params.setJson(Optionals.orNull(row.address()), ADDRESS_JSON);
        params.setNullableInt(Optionals.orNull(row.rank()));
        params.setEnum(Optionals.orNull(row.kind()));
        params.setLong(row.id());
    }

    @Override
    public void bindKey(Params params, Long key) {
        params.setLong(key);
    }

    @Override
    public Long key(Newer row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(Newer before, Newer after) {
        BitSet changed = new BitSet();
        if (before.tiny() != after.tiny()) {
            changed.set(1);
        }
        if (!Objects.equals(before.maybeTiny(), after.maybeTiny())) {
            changed.set(2);
        }
        if (!Objects.equals(before.huge(), after.huge())) {
            changed.set(3);
        }
        if (!Objects.equals(before.bounded(), after.bounded())) {
            changed.set(4);
        }
        if (!Objects.equals(before.clock(), after.clock())) {
            changed.set(5);
        }
        if (!Objects.equals(before.moment(), after.moment())) {
            changed.set(6);
        }
        if (!Objects.equals(before.scores(), after.scores())) {
            changed.set(7);
        }
        if (!Objects.equals(before.kinds(), after.kinds())) {
            changed.set(8);
        }
        if (!Objects.equals(Optionals.orNull(before.address()), Optionals.orNull(after.address()))) {
            changed.set(9);
        }
        if (!Objects.equals(Optionals.orNull(before.rank()), Optionals.orNull(after.rank()))) {
            changed.set(10);
        }
        if (!Objects.equals(Optionals.orNull(before.kind()), Optionals.orNull(after.kind()))) {
            changed.set(11);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Newer row, BitSet columns) {
        if (columns.get(1)) {
            params.setByte(row.tiny());
        }
        if (columns.get(2)) {
            params.setNullableByte(row.maybeTiny());
        }
        if (columns.get(3)) {
            params.setBigInteger(row.huge());
        }
        if (columns.get(4)) {
            params.setBigInteger(row.bounded());
        }
        if (columns.get(5)) {
            params.setLocalTime(row.clock());
        }
        if (columns.get(6)) {
            params.setOffsetDateTime(row.moment());
        }
        if (columns.get(7)) {
            params.setJson(row.scores(), SCORES_JSON);
        }
        if (columns.get(8)) {
            params.setJson(row.kinds(), KINDS_JSON);
        }
        if (columns.get(9)) {
            params.setJson(Optionals.orNull(row.address()), ADDRESS_JSON);
        }
        if (columns.get(10)) {
            params.setNullableInt(Optionals.orNull(row.rank()));
        }
        if (columns.get(11)) {
            params.setEnum(Optionals.orNull(row.kind()));
        }
    }

    @Override
    public void validate(Newer row, Violations violations) {
        NumberChecks.digits(violations, "bounded", "@Digits(integer = 20, fraction = 0)", row.bounded(), 20, 0);
        NumberChecks.min(violations, "rank", "@Min(1)", Optionals.orNull(row.rank()), 1);
    }
}
