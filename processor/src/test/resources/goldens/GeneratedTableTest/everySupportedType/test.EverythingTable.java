package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.ComparableColumn;
import dev.ormdantic.query.EnumColumn;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.support.Changes;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.NumberChecks;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import dev.ormdantic.support.TextChecks;
import dev.ormdantic.support.Violations;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link Everything}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class EverythingTable extends GeneratedTable<Everything, Long> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code code} column.
     */
    public static final NumericColumn<Everything, Long> CODE = Columns.numeric(
            "code", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code email_address} column.
     */
    public static final StringColumn<Everything> EMAIL = Columns.string("email_address", ColumnType.string(120), false);

    /**
     * The {@code nickname} column.
     */
    public static final StringColumn<Everything> NICKNAME = Columns.string(
            "nickname", ColumnType.unboundedString(), true);

    /**
     * The {@code active} column.
     */
    public static final Column<Everything, Boolean> ACTIVE = Columns.column(
            "active", ColumnType.of(ColumnType.Kind.BOOLEAN), false);

    /**
     * The {@code verified} column.
     */
    public static final Column<Everything, Boolean> VERIFIED = Columns.column(
            "verified", ColumnType.of(ColumnType.Kind.BOOLEAN), true);

    /**
     * The {@code level} column.
     */
    public static final NumericColumn<Everything, Short> LEVEL = Columns.numeric(
            "level", ColumnType.of(ColumnType.Kind.SHORT), false);

    /**
     * The {@code rank} column.
     */
    public static final NumericColumn<Everything, Short> RANK = Columns.numeric(
            "rank", ColumnType.of(ColumnType.Kind.SHORT), true);

    /**
     * The {@code score} column.
     */
    public static final NumericColumn<Everything, Integer> SCORE = Columns.numeric(
            "score", ColumnType.of(ColumnType.Kind.INT), false);

    /**
     * The {@code votes} column.
     */
    public static final NumericColumn<Everything, Integer> VOTES = Columns.numeric(
            "votes", ColumnType.of(ColumnType.Kind.INT), true);

    /**
     * The {@code visits} column.
     */
    public static final NumericColumn<Everything, Long> VISITS = Columns.numeric(
            "visits", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code ratio} column.
     */
    public static final NumericColumn<Everything, Float> RATIO = Columns.numeric(
            "ratio", ColumnType.of(ColumnType.Kind.FLOAT), false);

    /**
     * The {@code weight} column.
     */
    public static final NumericColumn<Everything, Float> WEIGHT = Columns.numeric(
            "weight", ColumnType.of(ColumnType.Kind.FLOAT), true);

    /**
     * The {@code latitude} column.
     */
    public static final NumericColumn<Everything, Double> LATITUDE = Columns.numeric(
            "latitude", ColumnType.of(ColumnType.Kind.DOUBLE), false);

    /**
     * The {@code longitude} column.
     */
    public static final NumericColumn<Everything, Double> LONGITUDE = Columns.numeric(
            "longitude", ColumnType.of(ColumnType.Kind.DOUBLE), true);

    /**
     * The {@code price} column.
     */
    public static final NumericColumn<Everything, BigDecimal> PRICE = Columns.numeric(
            "price", ColumnType.decimal(12, 2), false);

    /**
     * The {@code discount} column.
     */
    public static final NumericColumn<Everything, BigDecimal> DISCOUNT = Columns.numeric(
            "discount", ColumnType.decimal(0, 0), true);

    /**
     * The {@code token} column.
     */
    public static final Column<Everything, UUID> TOKEN = Columns.column(
            "token", ColumnType.of(ColumnType.Kind.UUID), false);

    /**
     * The {@code parent} column.
     */
    public static final Column<Everything, UUID> PARENT = Columns.column(
            "parent", ColumnType.of(ColumnType.Kind.UUID), true);

    /**
     * The {@code birthday} column.
     */
    public static final ComparableColumn<Everything, LocalDate> BIRTHDAY = Columns.comparable(
            "birthday", ColumnType.of(ColumnType.Kind.DATE), false);

    /**
     * The {@code anniversary} column.
     */
    public static final ComparableColumn<Everything, LocalDate> ANNIVERSARY = Columns.comparable(
            "anniversary", ColumnType.of(ColumnType.Kind.DATE), true);

    /**
     * The {@code created_at} column.
     */
    public static final ComparableColumn<Everything, LocalDateTime> CREATED_AT = Columns.comparable(
            "created_at", ColumnType.of(ColumnType.Kind.DATETIME), false);

    /**
     * The {@code updated_at} column.
     */
    public static final ComparableColumn<Everything, LocalDateTime> UPDATED_AT = Columns.comparable(
            "updated_at", ColumnType.of(ColumnType.Kind.DATETIME), true);

    /**
     * The {@code seen_at} column.
     */
    public static final ComparableColumn<Everything, Instant> SEEN_AT = Columns.comparable(
            "seen_at", ColumnType.of(ColumnType.Kind.INSTANT), false);

    /**
     * The {@code deleted_at} column.
     */
    public static final ComparableColumn<Everything, Instant> DELETED_AT = Columns.comparable(
            "deleted_at", ColumnType.of(ColumnType.Kind.INSTANT), true);

    /**
     * The {@code avatar} column.
     */
    public static final Column<Everything, byte[]> AVATAR = Columns.column(
            "avatar", ColumnType.of(ColumnType.Kind.BYTES), false);

    /**
     * The {@code thumbnail} column.
     */
    public static final Column<Everything, byte[]> THUMBNAIL = Columns.column(
            "thumbnail", ColumnType.of(ColumnType.Kind.BYTES), true);

    /**
     * The {@code status} column.
     */
    public static final EnumColumn<Everything, Everything.Status> STATUS = Columns.enumeration(
            "status", ColumnType.string(9), false);

    /**
     * The {@code previous_status} column.
     */
    public static final EnumColumn<Everything, Everything.Status> PREVIOUS_STATUS = Columns.enumeration(
            "previous_status", ColumnType.string(9), true);

    private static final List<Column<Everything, ?>> COLUMNS = List.of(
            CODE,
            EMAIL,
            NICKNAME,
            ACTIVE,
            VERIFIED,
            LEVEL,
            RANK,
            SCORE,
            VOTES,
            VISITS,
            RATIO,
            WEIGHT,
            LATITUDE,
            LONGITUDE,
            PRICE,
            DISCOUNT,
            TOKEN,
            PARENT,
            BIRTHDAY,
            ANNIVERSARY,
            CREATED_AT,
            UPDATED_AT,
            SEEN_AT,
            DELETED_AT,
            AVATAR,
            THUMBNAIL,
            STATUS,
            PREVIOUS_STATUS);

    private static final TableSpec SPEC = new TableSpec(
            "everything",
            List.of(
                    Columns.spec(CODE),
                    Columns.spec(EMAIL).with(
                            List.of(
                                    new CheckSpec.NotBlank("everything_email_address_not_blank_check", "email_address"),
                                    new CheckSpec.Length(
                                            "everything_email_address_max_length_check", "email_address", false, 120)),
                            null),
                    Columns.spec(NICKNAME).with(
                            List.of(new CheckSpec.Length("everything_nickname_min_length_check", "nickname", true, 1)),
                            null),
                    Columns.spec(ACTIVE),
                    Columns.spec(VERIFIED),
                    Columns.spec(LEVEL),
                    Columns.spec(RANK).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "everything_rank_ge_check", "rank", CheckSpec.Comparison.GE, "0"),
                                    new CheckSpec.Compare(
                                            "everything_rank_le_check", "rank", CheckSpec.Comparison.LE, "10")),
                            null),
                    Columns.spec(SCORE).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "everything_score_ge_check", "score", CheckSpec.Comparison.GE, "-5")),
                            null),
                    Columns.spec(VOTES),
                    Columns.spec(VISITS).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "everything_visits_le_check",
                                            "visits",
                                            CheckSpec.Comparison.LE,
                                            "5000000000")),
                            null),
                    Columns.spec(RATIO),
                    Columns.spec(WEIGHT),
                    Columns.spec(LATITUDE),
                    Columns.spec(LONGITUDE),
                    Columns.spec(PRICE),
                    Columns.spec(DISCOUNT),
                    Columns.spec(TOKEN),
                    Columns.spec(PARENT),
                    Columns.spec(BIRTHDAY),
                    Columns.spec(ANNIVERSARY),
                    Columns.spec(CREATED_AT),
                    Columns.spec(UPDATED_AT),
                    Columns.spec(SEEN_AT),
                    Columns.spec(DELETED_AT),
                    Columns.spec(AVATAR),
                    Columns.spec(THUMBNAIL),
                    Columns.spec(STATUS).with(
                            List.of(
                                    new CheckSpec.OneOf(
                                            "everything_status_enum_values_check",
                                            "status",
                                            List.of("ACTIVE", "SUSPENDED", "DELETED"))),
                            null),
                    Columns.spec(PREVIOUS_STATUS).with(
                            List.of(
                                    new CheckSpec.OneOf(
                                            "everything_previous_status_enum_values_check",
                                            "previous_status",
                                            List.of("ACTIVE", "SUSPENDED", "DELETED"))),
                            null)),
            List.of("code"),
            List.of(
                    new IndexSpec("everything_created_at_idx", List.of("created_at"), false),
                    new IndexSpec("everything_score_idx", List.of("score"), false),
                    new IndexSpec("everything_email_address_unique_idx", List.of("email_address"), true)));

    /**
     * The {@code everything} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final EverythingTable TABLE = new EverythingTable();

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `everything` (`code` BIGINT NOT NULL, `email_address` VARCHAR(120) NOT NULL, `nickname` TEXT NULL, `active` BOOLEAN NOT NULL, `verified` BOOLEAN NULL, `level` SMALLINT NOT NULL, `rank` SMALLINT NULL, `score` INTEGER NOT NULL, `votes` INTEGER NULL, `visits` BIGINT NOT NULL, `ratio` REAL NOT NULL, `weight` REAL NULL, `latitude` REAL NOT NULL, `longitude` REAL NULL, `price` DECIMAL_TEXT(12, 2) NOT NULL, `discount` DECIMAL_TEXT NULL, `token` CHAR(36) NOT NULL, `parent` CHAR(36) NULL, `birthday` DATE NOT NULL, `anniversary` DATE NULL, `created_at` DATETIME NOT NULL, `updated_at` DATETIME NULL, `seen_at` TIMESTAMP NOT NULL, `deleted_at` TIMESTAMP NULL, `avatar` BLOB NOT NULL, `thumbnail` BLOB NULL, `status` VARCHAR(9) NOT NULL, `previous_status` VARCHAR(9) NULL, CONSTRAINT `everything_pkey` PRIMARY KEY (`code`), CONSTRAINT `everything_email_address_not_blank_check` CHECK (TRIM(`email_address`) <> ''), CONSTRAINT `everything_email_address_max_length_check` CHECK (LENGTH(`email_address`) <= 120), CONSTRAINT `everything_nickname_min_length_check` CHECK (LENGTH(`nickname`) >= 1), CONSTRAINT `everything_rank_ge_check` CHECK (`rank` >= 0), CONSTRAINT `everything_rank_le_check` CHECK (`rank` <= 10), CONSTRAINT `everything_score_ge_check` CHECK (`score` >= -5), CONSTRAINT `everything_visits_le_check` CHECK (`visits` <= 5000000000), CONSTRAINT `everything_status_enum_values_check` CHECK (`status` IN ('ACTIVE', 'SUSPENDED', 'DELETED')), CONSTRAINT `everything_previous_status_enum_values_check` CHECK (`previous_status` IN ('ACTIVE', 'SUSPENDED', 'DELETED')))",
                    "CREATE INDEX IF NOT EXISTS `everything_created_at_idx` ON `everything` (`created_at`)",
                    "CREATE INDEX IF NOT EXISTS `everything_score_idx` ON `everything` (`score`)",
                    "CREATE UNIQUE INDEX IF NOT EXISTS `everything_email_address_unique_idx` ON `everything` (`email_address`)")
            .dropTable("DROP TABLE IF EXISTS `everything`")
            .insert(
                    StatementShape.of(
                            "INSERT INTO `everything` (`code`, `email_address`, `nickname`, `active`, `verified`, `level`, `rank`, `score`, `votes`, `visits`, `ratio`, `weight`, `latitude`, `longitude`, `price`, `discount`, `token`, `parent`, `birthday`, `anniversary`, `created_at`, `updated_at`, `seen_at`, `deleted_at`, `avatar`, `thumbnail`, `status`, `previous_status`) VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO `everything` (`code`, `email_address`, `nickname`, `active`, `verified`, `level`, `rank`, `score`, `votes`, `visits`, `ratio`, `weight`, `latitude`, `longitude`, `price`, `discount`, `token`, `parent`, `birthday`, `anniversary`, `created_at`, `updated_at`, `seen_at`, `deleted_at`, `avatar`, `thumbnail`, `status`, `previous_status`) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (`code`) DO UPDATE SET `email_address` = excluded.`email_address`, `nickname` = excluded.`nickname`, `active` = excluded.`active`, `verified` = excluded.`verified`, `level` = excluded.`level`, `rank` = excluded.`rank`, `score` = excluded.`score`, `votes` = excluded.`votes`, `visits` = excluded.`visits`, `ratio` = excluded.`ratio`, `weight` = excluded.`weight`, `latitude` = excluded.`latitude`, `longitude` = excluded.`longitude`, `price` = excluded.`price`, `discount` = excluded.`discount`, `token` = excluded.`token`, `parent` = excluded.`parent`, `birthday` = excluded.`birthday`, `anniversary` = excluded.`anniversary`, `created_at` = excluded.`created_at`, `updated_at` = excluded.`updated_at`, `seen_at` = excluded.`seen_at`, `deleted_at` = excluded.`deleted_at`, `avatar` = excluded.`avatar`, `thumbnail` = excluded.`thumbnail`, `status` = excluded.`status`, `previous_status` = excluded.`previous_status`"))
            .selectByKey(
                    "SELECT `code`, `email_address`, `nickname`, `active`, `verified`, `level`, `rank`, `score`, `votes`, `visits`, `ratio`, `weight`, `latitude`, `longitude`, `price`, `discount`, `token`, `parent`, `birthday`, `anniversary`, `created_at`, `updated_at`, `seen_at`, `deleted_at`, `avatar`, `thumbnail`, `status`, `previous_status` FROM `everything` WHERE `code` = ?")
            .selectAll(
                    "SELECT `code`, `email_address`, `nickname`, `active`, `verified`, `level`, `rank`, `score`, `votes`, `visits`, `ratio`, `weight`, `latitude`, `longitude`, `price`, `discount`, `token`, `parent`, `birthday`, `anniversary`, `created_at`, `updated_at`, `seen_at`, `deleted_at`, `avatar`, `thumbnail`, `status`, `previous_status` FROM `everything`")
            .updateByKey(
                    "UPDATE `everything` SET `email_address` = ?, `nickname` = ?, `active` = ?, `verified` = ?, `level` = ?, `rank` = ?, `score` = ?, `votes` = ?, `visits` = ?, `ratio` = ?, `weight` = ?, `latitude` = ?, `longitude` = ?, `price` = ?, `discount` = ?, `token` = ?, `parent` = ?, `birthday` = ?, `anniversary` = ?, `created_at` = ?, `updated_at` = ?, `seen_at` = ?, `deleted_at` = ?, `avatar` = ?, `thumbnail` = ?, `status` = ?, `previous_status` = ? WHERE `code` = ?")
            .deleteByKey("DELETE FROM `everything` WHERE `code` = ?")
            .count("SELECT COUNT(*) FROM `everything`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"everything\" (\"code\" BIGINT NOT NULL, \"email_address\" VARCHAR(120) NOT NULL, \"nickname\" TEXT NULL, \"active\" BOOLEAN NOT NULL, \"verified\" BOOLEAN NULL, \"level\" SMALLINT NOT NULL, \"rank\" SMALLINT NULL, \"score\" INTEGER NOT NULL, \"votes\" INTEGER NULL, \"visits\" BIGINT NOT NULL, \"ratio\" REAL NOT NULL, \"weight\" REAL NULL, \"latitude\" DOUBLE PRECISION NOT NULL, \"longitude\" DOUBLE PRECISION NULL, \"price\" NUMERIC(12, 2) NOT NULL, \"discount\" NUMERIC NULL, \"token\" UUID NOT NULL, \"parent\" UUID NULL, \"birthday\" DATE NOT NULL, \"anniversary\" DATE NULL, \"created_at\" TIMESTAMP NOT NULL, \"updated_at\" TIMESTAMP NULL, \"seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"deleted_at\" TIMESTAMP WITH TIME ZONE NULL, \"avatar\" BYTEA NOT NULL, \"thumbnail\" BYTEA NULL, \"status\" VARCHAR(9) NOT NULL, \"previous_status\" VARCHAR(9) NULL, CONSTRAINT \"everything_pkey\" PRIMARY KEY (\"code\"), CONSTRAINT \"everything_email_address_not_blank_check\" CHECK (TRIM(\"email_address\") <> ''), CONSTRAINT \"everything_email_address_max_length_check\" CHECK (LENGTH(\"email_address\") <= 120), CONSTRAINT \"everything_nickname_min_length_check\" CHECK (LENGTH(\"nickname\") >= 1), CONSTRAINT \"everything_rank_ge_check\" CHECK (\"rank\" >= 0), CONSTRAINT \"everything_rank_le_check\" CHECK (\"rank\" <= 10), CONSTRAINT \"everything_score_ge_check\" CHECK (\"score\" >= -5), CONSTRAINT \"everything_visits_le_check\" CHECK (\"visits\" <= 5000000000), CONSTRAINT \"everything_status_enum_values_check\" CHECK (\"status\" IN ('ACTIVE', 'SUSPENDED', 'DELETED')), CONSTRAINT \"everything_previous_status_enum_values_check\" CHECK (\"previous_status\" IN ('ACTIVE', 'SUSPENDED', 'DELETED')))",
                    "CREATE INDEX IF NOT EXISTS \"everything_created_at_idx\" ON \"everything\" (\"created_at\")",
                    "CREATE INDEX IF NOT EXISTS \"everything_score_idx\" ON \"everything\" (\"score\")",
                    "CREATE UNIQUE INDEX IF NOT EXISTS \"everything_email_address_unique_idx\" ON \"everything\" (\"email_address\")")
            .dropTable("DROP TABLE IF EXISTS \"everything\"")
            .insert(
                    StatementShape.of(
                            "INSERT INTO \"everything\" (\"code\", \"email_address\", \"nickname\", \"active\", \"verified\", \"level\", \"rank\", \"score\", \"votes\", \"visits\", \"ratio\", \"weight\", \"latitude\", \"longitude\", \"price\", \"discount\", \"token\", \"parent\", \"birthday\", \"anniversary\", \"created_at\", \"updated_at\", \"seen_at\", \"deleted_at\", \"avatar\", \"thumbnail\", \"status\", \"previous_status\") VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO \"everything\" (\"code\", \"email_address\", \"nickname\", \"active\", \"verified\", \"level\", \"rank\", \"score\", \"votes\", \"visits\", \"ratio\", \"weight\", \"latitude\", \"longitude\", \"price\", \"discount\", \"token\", \"parent\", \"birthday\", \"anniversary\", \"created_at\", \"updated_at\", \"seen_at\", \"deleted_at\", \"avatar\", \"thumbnail\", \"status\", \"previous_status\") VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"code\") DO UPDATE SET \"email_address\" = excluded.\"email_address\", \"nickname\" = excluded.\"nickname\", \"active\" = excluded.\"active\", \"verified\" = excluded.\"verified\", \"level\" = excluded.\"level\", \"rank\" = excluded.\"rank\", \"score\" = excluded.\"score\", \"votes\" = excluded.\"votes\", \"visits\" = excluded.\"visits\", \"ratio\" = excluded.\"ratio\", \"weight\" = excluded.\"weight\", \"latitude\" = excluded.\"latitude\", \"longitude\" = excluded.\"longitude\", \"price\" = excluded.\"price\", \"discount\" = excluded.\"discount\", \"token\" = excluded.\"token\", \"parent\" = excluded.\"parent\", \"birthday\" = excluded.\"birthday\", \"anniversary\" = excluded.\"anniversary\", \"created_at\" = excluded.\"created_at\", \"updated_at\" = excluded.\"updated_at\", \"seen_at\" = excluded.\"seen_at\", \"deleted_at\" = excluded.\"deleted_at\", \"avatar\" = excluded.\"avatar\", \"thumbnail\" = excluded.\"thumbnail\", \"status\" = excluded.\"status\", \"previous_status\" = excluded.\"previous_status\""))
            .selectByKey(
                    "SELECT \"code\", \"email_address\", \"nickname\", \"active\", \"verified\", \"level\", \"rank\", \"score\", \"votes\", \"visits\", \"ratio\", \"weight\", \"latitude\", \"longitude\", \"price\", \"discount\", \"token\", \"parent\", \"birthday\", \"anniversary\", \"created_at\", \"updated_at\", \"seen_at\", \"deleted_at\", \"avatar\", \"thumbnail\", \"status\", \"previous_status\" FROM \"everything\" WHERE \"code\" = ?")
            .selectAll(
                    "SELECT \"code\", \"email_address\", \"nickname\", \"active\", \"verified\", \"level\", \"rank\", \"score\", \"votes\", \"visits\", \"ratio\", \"weight\", \"latitude\", \"longitude\", \"price\", \"discount\", \"token\", \"parent\", \"birthday\", \"anniversary\", \"created_at\", \"updated_at\", \"seen_at\", \"deleted_at\", \"avatar\", \"thumbnail\", \"status\", \"previous_status\" FROM \"everything\"")
            .updateByKey(
                    "UPDATE \"everything\" SET \"email_address\" = ?, \"nickname\" = ?, \"active\" = ?, \"verified\" = ?, \"level\" = ?, \"rank\" = ?, \"score\" = ?, \"votes\" = ?, \"visits\" = ?, \"ratio\" = ?, \"weight\" = ?, \"latitude\" = ?, \"longitude\" = ?, \"price\" = ?, \"discount\" = ?, \"token\" = ?, \"parent\" = ?, \"birthday\" = ?, \"anniversary\" = ?, \"created_at\" = ?, \"updated_at\" = ?, \"seen_at\" = ?, \"deleted_at\" = ?, \"avatar\" = ?, \"thumbnail\" = ?, \"status\" = ?, \"previous_status\" = ? WHERE \"code\" = ?")
            .deleteByKey("DELETE FROM \"everything\" WHERE \"code\" = ?")
            .count("SELECT COUNT(*) FROM \"everything\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `everything` (`code` BIGINT NOT NULL, `email_address` VARCHAR(120) NOT NULL, `nickname` LONGTEXT NULL, `active` BOOLEAN NOT NULL, `verified` BOOLEAN NULL, `level` SMALLINT NOT NULL, `rank` SMALLINT NULL, `score` INT NOT NULL, `votes` INT NULL, `visits` BIGINT NOT NULL, `ratio` DOUBLE NOT NULL, `weight` DOUBLE NULL, `latitude` DOUBLE NOT NULL, `longitude` DOUBLE NULL, `price` DECIMAL(12, 2) NOT NULL, `discount` DECIMAL(65, 30) NULL, `token` CHAR(36) NOT NULL, `parent` CHAR(36) NULL, `birthday` DATE NOT NULL, `anniversary` DATE NULL, `created_at` DATETIME(6) NOT NULL, `updated_at` DATETIME(6) NULL, `seen_at` DATETIME(6) NOT NULL, `deleted_at` DATETIME(6) NULL, `avatar` LONGBLOB NOT NULL, `thumbnail` LONGBLOB NULL, `status` VARCHAR(9) NOT NULL, `previous_status` VARCHAR(9) NULL, CONSTRAINT `everything_pkey` PRIMARY KEY (`code`), CONSTRAINT `everything_email_address_not_blank_check` CHECK (TRIM(`email_address`) <> ''), CONSTRAINT `everything_email_address_max_length_check` CHECK (CHAR_LENGTH(`email_address`) <= 120), CONSTRAINT `everything_nickname_min_length_check` CHECK (CHAR_LENGTH(`nickname`) >= 1), CONSTRAINT `everything_rank_ge_check` CHECK (`rank` >= 0), CONSTRAINT `everything_rank_le_check` CHECK (`rank` <= 10), CONSTRAINT `everything_score_ge_check` CHECK (`score` >= -5), CONSTRAINT `everything_visits_le_check` CHECK (`visits` <= 5000000000), CONSTRAINT `everything_status_enum_values_check` CHECK (`status` IN ('ACTIVE', 'SUSPENDED', 'DELETED')), CONSTRAINT `everything_previous_status_enum_values_check` CHECK (`previous_status` IN ('ACTIVE', 'SUSPENDED', 'DELETED')), INDEX `everything_created_at_idx` (`created_at`), INDEX `everything_score_idx` (`score`), UNIQUE INDEX `everything_email_address_unique_idx` (`email_address`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of(
                    "INSERT INTO `everything` (`code`, `email_address`, `nickname`, `active`, `verified`, `level`, `rank`, `score`, `votes`, `visits`, `ratio`, `weight`, `latitude`, `longitude`, `price`, `discount`, `token`, `parent`, `birthday`, `anniversary`, `created_at`, `updated_at`, `seen_at`, `deleted_at`, `avatar`, `thumbnail`, `status`, `previous_status`) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON DUPLICATE KEY UPDATE `email_address` = IF(`code` = VALUES(`code`), VALUES(`email_address`), (SELECT 1 UNION ALL SELECT 2)), `nickname` = VALUES(`nickname`), `active` = VALUES(`active`), `verified` = VALUES(`verified`), `level` = VALUES(`level`), `rank` = VALUES(`rank`), `score` = VALUES(`score`), `votes` = VALUES(`votes`), `visits` = VALUES(`visits`), `ratio` = VALUES(`ratio`), `weight` = VALUES(`weight`), `latitude` = VALUES(`latitude`), `longitude` = VALUES(`longitude`), `price` = VALUES(`price`), `discount` = VALUES(`discount`), `token` = VALUES(`token`), `parent` = VALUES(`parent`), `birthday` = VALUES(`birthday`), `anniversary` = VALUES(`anniversary`), `created_at` = VALUES(`created_at`), `updated_at` = VALUES(`updated_at`), `seen_at` = VALUES(`seen_at`), `deleted_at` = VALUES(`deleted_at`), `avatar` = VALUES(`avatar`), `thumbnail` = VALUES(`thumbnail`), `status` = VALUES(`status`), `previous_status` = VALUES(`previous_status`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `everything` (`code` BIGINT NOT NULL, `email_address` VARCHAR(120) NOT NULL, `nickname` LONGTEXT NULL, `active` BOOLEAN NOT NULL, `verified` BOOLEAN NULL, `level` SMALLINT NOT NULL, `rank` SMALLINT NULL, `score` INT NOT NULL, `votes` INT NULL, `visits` BIGINT NOT NULL, `ratio` DOUBLE NOT NULL, `weight` DOUBLE NULL, `latitude` DOUBLE NOT NULL, `longitude` DOUBLE NULL, `price` DECIMAL(12, 2) NOT NULL, `discount` DECIMAL(65, 30) NULL, `token` CHAR(36) NOT NULL, `parent` CHAR(36) NULL, `birthday` DATE NOT NULL, `anniversary` DATE NULL, `created_at` DATETIME(6) NOT NULL, `updated_at` DATETIME(6) NULL, `seen_at` DATETIME(6) NOT NULL, `deleted_at` DATETIME(6) NULL, `avatar` LONGBLOB NOT NULL, `thumbnail` LONGBLOB NULL, `status` VARCHAR(9) NOT NULL, `previous_status` VARCHAR(9) NULL, CONSTRAINT `everything_pkey` PRIMARY KEY (`code`), CONSTRAINT `everything_email_address_not_blank_check` CHECK (TRIM(`email_address`) <> ''), CONSTRAINT `everything_email_address_max_length_check` CHECK (CHAR_LENGTH(`email_address`) <= 120), CONSTRAINT `everything_nickname_min_length_check` CHECK (CHAR_LENGTH(`nickname`) >= 1), CONSTRAINT `everything_rank_ge_check` CHECK (`rank` >= 0), CONSTRAINT `everything_rank_le_check` CHECK (`rank` <= 10), CONSTRAINT `everything_score_ge_check` CHECK (`score` >= -5), CONSTRAINT `everything_visits_le_check` CHECK (`visits` <= 5000000000), CONSTRAINT `everything_status_enum_values_check` CHECK (`status` IN ('ACTIVE', 'SUSPENDED', 'DELETED')), CONSTRAINT `everything_previous_status_enum_values_check` CHECK (`previous_status` IN ('ACTIVE', 'SUSPENDED', 'DELETED'))) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin",
                    "CREATE INDEX IF NOT EXISTS `everything_created_at_idx` ON `everything` (`created_at`)",
                    "CREATE INDEX IF NOT EXISTS `everything_score_idx` ON `everything` (`score`)",
                    "CREATE UNIQUE INDEX IF NOT EXISTS `everything_email_address_unique_idx` ON `everything` (`email_address`)")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[everything]', N'U') IS NULL CREATE TABLE [everything] ([code] BIGINT NOT NULL, [email_address] NVARCHAR(120) NOT NULL, [nickname] NVARCHAR(MAX) NULL, [active] BIT NOT NULL, [verified] BIT NULL, [level] SMALLINT NOT NULL, [rank] SMALLINT NULL, [score] INT NOT NULL, [votes] INT NULL, [visits] BIGINT NOT NULL, [ratio] REAL NOT NULL, [weight] REAL NULL, [latitude] FLOAT(53) NOT NULL, [longitude] FLOAT(53) NULL, [price] DECIMAL(12, 2) NOT NULL, [discount] DECIMAL(38, 10) NULL, [token] UNIQUEIDENTIFIER NOT NULL, [parent] UNIQUEIDENTIFIER NULL, [birthday] DATE NOT NULL, [anniversary] DATE NULL, [created_at] DATETIME2 NOT NULL, [updated_at] DATETIME2 NULL, [seen_at] DATETIMEOFFSET NOT NULL, [deleted_at] DATETIMEOFFSET NULL, [avatar] VARBINARY(MAX) NOT NULL, [thumbnail] VARBINARY(MAX) NULL, [status] NVARCHAR(9) NOT NULL, [previous_status] NVARCHAR(9) NULL, CONSTRAINT [everything_pkey] PRIMARY KEY ([code]), CONSTRAINT [everything_email_address_not_blank_check] CHECK ([email_address] <> N''), CONSTRAINT [everything_email_address_max_length_check] CHECK (DATALENGTH([email_address]) / 2 <= 120), CONSTRAINT [everything_nickname_min_length_check] CHECK (DATALENGTH([nickname]) / 2 >= 1), CONSTRAINT [everything_rank_ge_check] CHECK ([rank] >= 0), CONSTRAINT [everything_rank_le_check] CHECK ([rank] <= 10), CONSTRAINT [everything_score_ge_check] CHECK ([score] >= -5), CONSTRAINT [everything_visits_le_check] CHECK ([visits] <= 5000000000), CONSTRAINT [everything_status_enum_values_check] CHECK ([status] IN (N'ACTIVE', N'SUSPENDED', N'DELETED')), CONSTRAINT [everything_previous_status_enum_values_check] CHECK ([previous_status] IN (N'ACTIVE', N'SUSPENDED', N'DELETED')))",
                    "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'everything_created_at_idx' AND object_id = OBJECT_ID(N'[everything]')) CREATE INDEX [everything_created_at_idx] ON [everything] ([created_at])",
                    "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'everything_score_idx' AND object_id = OBJECT_ID(N'[everything]')) CREATE INDEX [everything_score_idx] ON [everything] ([score])",
                    "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'everything_email_address_unique_idx' AND object_id = OBJECT_ID(N'[everything]')) CREATE UNIQUE INDEX [everything_email_address_unique_idx] ON [everything] ([email_address])")
            .dropTable("DROP TABLE IF EXISTS [everything]")
            .insert(
                    StatementShape.of(
                            "INSERT INTO [everything] ([code], [email_address], [nickname], [active], [verified], [level], [rank], [score], [votes], [visits], [ratio], [weight], [latitude], [longitude], [price], [discount], [token], [parent], [birthday], [anniversary], [created_at], [updated_at], [seen_at], [deleted_at], [avatar], [thumbnail], [status], [previous_status]) VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "MERGE INTO [everything] WITH (HOLDLOCK) AS target USING (VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            ") AS source ([code], [email_address], [nickname], [active], [verified], [level], [rank], [score], [votes], [visits], [ratio], [weight], [latitude], [longitude], [price], [discount], [token], [parent], [birthday], [anniversary], [created_at], [updated_at], [seen_at], [deleted_at], [avatar], [thumbnail], [status], [previous_status]) ON (target.[code] = source.[code]) WHEN MATCHED THEN UPDATE SET target.[email_address] = source.[email_address], target.[nickname] = source.[nickname], target.[active] = source.[active], target.[verified] = source.[verified], target.[level] = source.[level], target.[rank] = source.[rank], target.[score] = source.[score], target.[votes] = source.[votes], target.[visits] = source.[visits], target.[ratio] = source.[ratio], target.[weight] = source.[weight], target.[latitude] = source.[latitude], target.[longitude] = source.[longitude], target.[price] = source.[price], target.[discount] = source.[discount], target.[token] = source.[token], target.[parent] = source.[parent], target.[birthday] = source.[birthday], target.[anniversary] = source.[anniversary], target.[created_at] = source.[created_at], target.[updated_at] = source.[updated_at], target.[seen_at] = source.[seen_at], target.[deleted_at] = source.[deleted_at], target.[avatar] = source.[avatar], target.[thumbnail] = source.[thumbnail], target.[status] = source.[status], target.[previous_status] = source.[previous_status] WHEN NOT MATCHED THEN INSERT ([code], [email_address], [nickname], [active], [verified], [level], [rank], [score], [votes], [visits], [ratio], [weight], [latitude], [longitude], [price], [discount], [token], [parent], [birthday], [anniversary], [created_at], [updated_at], [seen_at], [deleted_at], [avatar], [thumbnail], [status], [previous_status]) VALUES (source.[code], source.[email_address], source.[nickname], source.[active], source.[verified], source.[level], source.[rank], source.[score], source.[votes], source.[visits], source.[ratio], source.[weight], source.[latitude], source.[longitude], source.[price], source.[discount], source.[token], source.[parent], source.[birthday], source.[anniversary], source.[created_at], source.[updated_at], source.[seen_at], source.[deleted_at], source.[avatar], source.[thumbnail], source.[status], source.[previous_status]);"))
            .selectByKey(
                    "SELECT [code], [email_address], [nickname], [active], [verified], [level], [rank], [score], [votes], [visits], [ratio], [weight], [latitude], [longitude], [price], [discount], [token], [parent], [birthday], [anniversary], [created_at], [updated_at], [seen_at], [deleted_at], [avatar], [thumbnail], [status], [previous_status] FROM [everything] WHERE [code] = ?")
            .selectAll(
                    "SELECT [code], [email_address], [nickname], [active], [verified], [level], [rank], [score], [votes], [visits], [ratio], [weight], [latitude], [longitude], [price], [discount], [token], [parent], [birthday], [anniversary], [created_at], [updated_at], [seen_at], [deleted_at], [avatar], [thumbnail], [status], [previous_status] FROM [everything]")
            .updateByKey(
                    "UPDATE [everything] SET [email_address] = ?, [nickname] = ?, [active] = ?, [verified] = ?, [level] = ?, [rank] = ?, [score] = ?, [votes] = ?, [visits] = ?, [ratio] = ?, [weight] = ?, [latitude] = ?, [longitude] = ?, [price] = ?, [discount] = ?, [token] = ?, [parent] = ?, [birthday] = ?, [anniversary] = ?, [created_at] = ?, [updated_at] = ?, [seen_at] = ?, [deleted_at] = ?, [avatar] = ?, [thumbnail] = ?, [status] = ?, [previous_status] = ? WHERE [code] = ?")
            .deleteByKey("DELETE FROM [everything] WHERE [code] = ?")
            .count("SELECT COUNT(*) FROM [everything]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"everything\" (\"code\" NUMBER(19) NOT NULL, \"email_address\" VARCHAR2(120 CHAR) NOT NULL, \"nickname\" VARCHAR2(4000 CHAR) NULL, \"active\" NUMBER(1) NOT NULL, \"verified\" NUMBER(1) NULL, \"level\" NUMBER(5) NOT NULL, \"rank\" NUMBER(5) NULL, \"score\" NUMBER(10) NOT NULL, \"votes\" NUMBER(10) NULL, \"visits\" NUMBER(19) NOT NULL, \"ratio\" BINARY_FLOAT NOT NULL, \"weight\" BINARY_FLOAT NULL, \"latitude\" BINARY_DOUBLE NOT NULL, \"longitude\" BINARY_DOUBLE NULL, \"price\" NUMBER(12, 2) NOT NULL, \"discount\" NUMBER NULL, \"token\" VARCHAR2(36) NOT NULL, \"parent\" VARCHAR2(36) NULL, \"birthday\" DATE NOT NULL, \"anniversary\" DATE NULL, \"created_at\" TIMESTAMP NOT NULL, \"updated_at\" TIMESTAMP NULL, \"seen_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"deleted_at\" TIMESTAMP WITH TIME ZONE NULL, \"avatar\" BLOB NOT NULL, \"thumbnail\" BLOB NULL, \"status\" VARCHAR2(9 CHAR) NOT NULL, \"previous_status\" VARCHAR2(9 CHAR) NULL, CONSTRAINT \"everything_pkey\" PRIMARY KEY (\"code\"), CONSTRAINT \"everything_email_address_not_blank_check\" CHECK (TRIM(\"email_address\") IS NOT NULL), CONSTRAINT \"everything_email_address_max_length_check\" CHECK (LENGTH(\"email_address\") <= 120), CONSTRAINT \"everything_nickname_min_length_check\" CHECK (LENGTH(\"nickname\") >= 1), CONSTRAINT \"everything_rank_ge_check\" CHECK (\"rank\" >= 0), CONSTRAINT \"everything_rank_le_check\" CHECK (\"rank\" <= 10), CONSTRAINT \"everything_score_ge_check\" CHECK (\"score\" >= -5), CONSTRAINT \"everything_visits_le_check\" CHECK (\"visits\" <= 5000000000), CONSTRAINT \"everything_status_enum_values_check\" CHECK (\"status\" IN (''ACTIVE'', ''SUSPENDED'', ''DELETED'')), CONSTRAINT \"everything_previous_status_enum_values_check\" CHECK (\"previous_status\" IN (''ACTIVE'', ''SUSPENDED'', ''DELETED'')))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;",
                    "BEGIN EXECUTE IMMEDIATE 'CREATE INDEX \"everything_created_at_idx\" ON \"everything\" (\"created_at\")'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;",
                    "BEGIN EXECUTE IMMEDIATE 'CREATE INDEX \"everything_score_idx\" ON \"everything\" (\"score\")'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;",
                    "BEGIN EXECUTE IMMEDIATE 'CREATE UNIQUE INDEX \"everything_email_address_unique_idx\" ON \"everything\" (\"email_address\")'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"everything\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of(
                    "INSERT ALL ",
                    "INTO \"everything\" (\"code\", \"email_address\", \"nickname\", \"active\", \"verified\", \"level\", \"rank\", \"score\", \"votes\", \"visits\", \"ratio\", \"weight\", \"latitude\", \"longitude\", \"price\", \"discount\", \"token\", \"parent\", \"birthday\", \"anniversary\", \"created_at\", \"updated_at\", \"seen_at\", \"deleted_at\", \"avatar\", \"thumbnail\", \"status\", \"previous_status\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"everything\" target USING (",
                    "SELECT ? AS \"code\", ? AS \"email_address\", ? AS \"nickname\", ? AS \"active\", ? AS \"verified\", ? AS \"level\", ? AS \"rank\", ? AS \"score\", ? AS \"votes\", ? AS \"visits\", ? AS \"ratio\", ? AS \"weight\", ? AS \"latitude\", ? AS \"longitude\", ? AS \"price\", ? AS \"discount\", ? AS \"token\", ? AS \"parent\", ? AS \"birthday\", ? AS \"anniversary\", ? AS \"created_at\", ? AS \"updated_at\", ? AS \"seen_at\", ? AS \"deleted_at\", ? AS \"avatar\", ? AS \"thumbnail\", ? AS \"status\", ? AS \"previous_status\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"code\" = source.\"code\") WHEN MATCHED THEN UPDATE SET target.\"email_address\" = source.\"email_address\", target.\"nickname\" = source.\"nickname\", target.\"active\" = source.\"active\", target.\"verified\" = source.\"verified\", target.\"level\" = source.\"level\", target.\"rank\" = source.\"rank\", target.\"score\" = source.\"score\", target.\"votes\" = source.\"votes\", target.\"visits\" = source.\"visits\", target.\"ratio\" = source.\"ratio\", target.\"weight\" = source.\"weight\", target.\"latitude\" = source.\"latitude\", target.\"longitude\" = source.\"longitude\", target.\"price\" = source.\"price\", target.\"discount\" = source.\"discount\", target.\"token\" = source.\"token\", target.\"parent\" = source.\"parent\", target.\"birthday\" = source.\"birthday\", target.\"anniversary\" = source.\"anniversary\", target.\"created_at\" = source.\"created_at\", target.\"updated_at\" = source.\"updated_at\", target.\"seen_at\" = source.\"seen_at\", target.\"deleted_at\" = source.\"deleted_at\", target.\"avatar\" = source.\"avatar\", target.\"thumbnail\" = source.\"thumbnail\", target.\"status\" = source.\"status\", target.\"previous_status\" = source.\"previous_status\" WHEN NOT MATCHED THEN INSERT (\"code\", \"email_address\", \"nickname\", \"active\", \"verified\", \"level\", \"rank\", \"score\", \"votes\", \"visits\", \"ratio\", \"weight\", \"latitude\", \"longitude\", \"price\", \"discount\", \"token\", \"parent\", \"birthday\", \"anniversary\", \"created_at\", \"updated_at\", \"seen_at\", \"deleted_at\", \"avatar\", \"thumbnail\", \"status\", \"previous_status\") VALUES (source.\"code\", source.\"email_address\", source.\"nickname\", source.\"active\", source.\"verified\", source.\"level\", source.\"rank\", source.\"score\", source.\"votes\", source.\"visits\", source.\"ratio\", source.\"weight\", source.\"latitude\", source.\"longitude\", source.\"price\", source.\"discount\", source.\"token\", source.\"parent\", source.\"birthday\", source.\"anniversary\", source.\"created_at\", source.\"updated_at\", source.\"seen_at\", source.\"deleted_at\", source.\"avatar\", source.\"thumbnail\", source.\"status\", source.\"previous_status\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public EverythingTable() {
        super(FORMAT, Everything.class, SPEC);
    }

    @Override
    public List<Column<Everything, ?>> columns() {
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
    public Everything read(Row row) {
        String previousStatus = row.getNullableString(28);
        return new Everything(
                row.getLong(1),
                row.getString(2),
                row.getNullableString(3),
                row.getBoolean(4),
                row.getNullableBoolean(5),
                row.getShort(6),
                row.getNullableShort(7),
                row.getInt(8),
                row.getNullableInt(9),
                row.getLong(10),
                row.getFloat(11),
                row.getNullableFloat(12),
                row.getDouble(13),
                row.getNullableDouble(14),
                row.getBigDecimal(15),
                row.getNullableBigDecimal(16),
                row.getUuid(17),
                row.getNullableUuid(18),
                row.getLocalDate(19),
                row.getNullableLocalDate(20),
                row.getLocalDateTime(21),
                row.getNullableLocalDateTime(22),
                row.getInstant(23),
                row.getNullableInstant(24),
                row.getBytes(25),
                row.getNullableBytes(26),
                Everything.Status.valueOf(row.getString(27)),
                previousStatus == null ? null : Everything.Status.valueOf(previousStatus));
    }

    @Override
    public void bindRow(Params params, Everything row) {
        params.setLong(row.code());
        params.setString(row.email());
        params.setString(row.nickname());
        params.setBoolean(row.active());
        params.setNullableBoolean(row.verified());
        params.setShort(row.level());
        params.setNullableShort(row.rank());
        params.setInt(row.score());
        params.setNullableInt(row.votes());
        params.setLong(row.visits());
        params.setFloat(row.ratio());
        params.setNullableFloat(row.weight());
        params.setDouble(row.latitude());
        params.setNullableDouble(row.longitude());
        params.setBigDecimal(row.price());
        params.setBigDecimal(row.discount());
        params.setUuid(row.token());
        params.setUuid(row.parent());
        params.setLocalDate(row.birthday());
        params.setLocalDate(row.anniversary());
        params.setLocalDateTime(row.createdAt());
        params.setLocalDateTime(row.updatedAt());
        params.setInstant(row.seenAt());
        params.setInstant(row.deletedAt());
        params.setBytes(row.avatar());
        params.setBytes(row.thumbnail());
        params.setEnum(row.status());
        params.setEnum(row.previousStatus());
    }

    @Override
    public void bindUpdate(Params params, Everything row) {
        params.setString(row.email());
        params.setString(row.nickname());
        params.setBoolean(row.active());
        params.setNullableBoolean(row.verified());
        params.setShort(row.level());
        params.setNullableShort(row.rank());
        params.setInt(row.score());
        params.setNullableInt(row.votes());
        params.setLong(row.visits());
        params.setFloat(row.ratio());
        params.setNullableFloat(row.weight());
        params.setDouble(row.latitude());
        params.setNullableDouble(row.longitude());
        params.setBigDecimal(row.price());
        params.setBigDecimal(row.discount());
        params.setUuid(row.token());
        params.setUuid(row.parent());
        params.setLocalDate(row.birthday());
        params.setLocalDate(row.anniversary());
        params.setLocalDateTime(row.createdAt());
        params.setLocalDateTime(row.updatedAt());
        params.setInstant(row.seenAt());
        params.setInstant(row.deletedAt());
        params.setBytes(row.avatar());
        params.setBytes(row.thumbnail());
        params.setEnum(row.status());
        params.setEnum(row.previousStatus());
        params.setLong(row.code());
    }

    @Override
    public void bindKey(Params params, Long key) {
        params.setLong(key);
    }

    @Override
    public Long key(Everything row) {
        return row.code();
    }

    @Override
    public BitSet changedColumns(Everything before, Everything after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.email(), after.email())) {
            changed.set(1);
        }
        if (!Objects.equals(before.nickname(), after.nickname())) {
            changed.set(2);
        }
        if (before.active() != after.active()) {
            changed.set(3);
        }
        if (!Objects.equals(before.verified(), after.verified())) {
            changed.set(4);
        }
        if (before.level() != after.level()) {
            changed.set(5);
        }
        if (!Objects.equals(before.rank(), after.rank())) {
            changed.set(6);
        }
        if (before.score() != after.score()) {
            changed.set(7);
        }
        if (!Objects.equals(before.votes(), after.votes())) {
            changed.set(8);
        }
        if (!Objects.equals(before.visits(), after.visits())) {
            changed.set(9);
        }
        if (Float.compare(before.ratio(), after.ratio()) != 0) {
            changed.set(10);
        }
        if (!Objects.equals(before.weight(), after.weight())) {
            changed.set(11);
        }
        if (Double.compare(before.latitude(), after.latitude()) != 0) {
            changed.set(12);
        }
        if (!Objects.equals(before.longitude(), after.longitude())) {
            changed.set(13);
        }
        if (Changes.decimal(before.price(), after.price())) {
            changed.set(14);
        }
        if (Changes.decimal(before.discount(), after.discount())) {
            changed.set(15);
        }
        if (!Objects.equals(before.token(), after.token())) {
            changed.set(16);
        }
        if (!Objects.equals(before.parent(), after.parent())) {
            changed.set(17);
        }
        if (!Objects.equals(before.birthday(), after.birthday())) {
            changed.set(18);
        }
        if (!Objects.equals(before.anniversary(), after.anniversary())) {
            changed.set(19);
        }
        if (!Objects.equals(before.createdAt(), after.createdAt())) {
            changed.set(20);
        }
        if (!Objects.equals(before.updatedAt(), after.updatedAt())) {
            changed.set(21);
        }
        if (!Objects.equals(before.seenAt(), after.seenAt())) {
            changed.set(22);
        }
        if (!Objects.equals(before.deletedAt(), after.deletedAt())) {
            changed.set(23);
        }
        if (!Arrays.equals(before.avatar(), after.avatar())) {
            changed.set(24);
        }
        if (!Arrays.equals(before.thumbnail(), after.thumbnail())) {
            changed.set(25);
        }
        if (!Objects.equals(before.status(), after.status())) {
            changed.set(26);
        }
        if (!Objects.equals(before.previousStatus(), after.previousStatus())) {
            changed.set(27);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Everything row, BitSet columns) {
        if (columns.get(1)) {
            params.setString(row.email());
        }
        if (columns.get(2)) {
            params.setString(row.nickname());
        }
        if (columns.get(3)) {
            params.setBoolean(row.active());
        }
        if (columns.get(4)) {
            params.setNullableBoolean(row.verified());
        }
        if (columns.get(5)) {
            params.setShort(row.level());
        }
        if (columns.get(6)) {
            params.setNullableShort(row.rank());
        }
        if (columns.get(7)) {
            params.setInt(row.score());
        }
        if (columns.get(8)) {
            params.setNullableInt(row.votes());
        }
        if (columns.get(9)) {
            params.setLong(row.visits());
        }
        if (columns.get(10)) {
            params.setFloat(row.ratio());
        }
        if (columns.get(11)) {
            params.setNullableFloat(row.weight());
        }
        if (columns.get(12)) {
            params.setDouble(row.latitude());
        }
        if (columns.get(13)) {
            params.setNullableDouble(row.longitude());
        }
        if (columns.get(14)) {
            params.setBigDecimal(row.price());
        }
        if (columns.get(15)) {
            params.setBigDecimal(row.discount());
        }
        if (columns.get(16)) {
            params.setUuid(row.token());
        }
        if (columns.get(17)) {
            params.setUuid(row.parent());
        }
        if (columns.get(18)) {
            params.setLocalDate(row.birthday());
        }
        if (columns.get(19)) {
            params.setLocalDate(row.anniversary());
        }
        if (columns.get(20)) {
            params.setLocalDateTime(row.createdAt());
        }
        if (columns.get(21)) {
            params.setLocalDateTime(row.updatedAt());
        }
        if (columns.get(22)) {
            params.setInstant(row.seenAt());
        }
        if (columns.get(23)) {
            params.setInstant(row.deletedAt());
        }
        if (columns.get(24)) {
            params.setBytes(row.avatar());
        }
        if (columns.get(25)) {
            params.setBytes(row.thumbnail());
        }
        if (columns.get(26)) {
            params.setEnum(row.status());
        }
        if (columns.get(27)) {
            params.setEnum(row.previousStatus());
        }
    }

    @Override
    public void validate(Everything row, Violations violations) {
        TextChecks.notBlank(violations, "email", "@NotBlank", row.email());
        TextChecks.size(violations, "email", "@Size(max = 120)", row.email(), 0, 120);
        TextChecks.size(violations, "nickname", "@Size(min = 1)", row.nickname(), 1, Integer.MAX_VALUE);
        NumberChecks.min(violations, "rank", "@Min(0)", row.rank(), 0);
        NumberChecks.max(violations, "rank", "@Max(10)", row.rank(), 10);
        NumberChecks.min(violations, "score", "@Min(-5)", row.score(), -5);
        NumberChecks.max(violations, "visits", "@Max(5000000000L)", row.visits(), 5000000000L);
        NumberChecks.digits(violations, "price", "@Digits(integer = 10, fraction = 2)", row.price(), 10, 2);
    }
}
