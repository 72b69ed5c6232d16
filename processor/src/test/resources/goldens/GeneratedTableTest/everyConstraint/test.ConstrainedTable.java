package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.ComparableColumn;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.support.Changes;
import dev.ormdantic.support.Checks;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.NumberChecks;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import dev.ormdantic.support.TextChecks;
import dev.ormdantic.support.TimeChecks;
import dev.ormdantic.support.Violations;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link Constrained}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class ConstrainedTable extends GeneratedTable<Constrained, Long> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final NumericColumn<Constrained, Long> ID = Columns.numeric(
            "id", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code name} column.
     */
    public static final StringColumn<Constrained> NAME = Columns.string("name", ColumnType.string(40), false);

    /**
     * The {@code avatar} column.
     */
    public static final Column<Constrained, byte[]> AVATAR = Columns.column(
            "avatar", ColumnType.of(ColumnType.Kind.BYTES), false);

    /**
     * The {@code rank} column.
     */
    public static final NumericColumn<Constrained, Short> RANK = Columns.numeric(
            "rank", ColumnType.of(ColumnType.Kind.SHORT), true);

    /**
     * The {@code ratio} column.
     */
    public static final NumericColumn<Constrained, Double> RATIO = Columns.numeric(
            "ratio", ColumnType.of(ColumnType.Kind.DOUBLE), false);

    /**
     * The {@code balance} column.
     */
    public static final NumericColumn<Constrained, BigDecimal> BALANCE = Columns.numeric(
            "balance", ColumnType.decimal(0, 0), false);

    /**
     * The {@code price} column.
     */
    public static final NumericColumn<Constrained, BigDecimal> PRICE = Columns.numeric(
            "price", ColumnType.decimal(6, 2), false);

    /**
     * The {@code weight} column.
     */
    public static final NumericColumn<Constrained, Float> WEIGHT = Columns.numeric(
            "weight", ColumnType.of(ColumnType.Kind.FLOAT), false);

    /**
     * The {@code amount} column.
     */
    public static final StringColumn<Constrained> AMOUNT = Columns.string(
            "amount", ColumnType.unboundedString(), false);

    /**
     * The {@code code} column.
     */
    public static final NumericColumn<Constrained, Integer> CODE = Columns.numeric(
            "code", ColumnType.of(ColumnType.Kind.INT), false);

    /**
     * The {@code votes} column.
     */
    public static final NumericColumn<Constrained, Integer> VOTES = Columns.numeric(
            "votes", ColumnType.of(ColumnType.Kind.INT), true);

    /**
     * The {@code debt} column.
     */
    public static final NumericColumn<Constrained, Integer> DEBT = Columns.numeric(
            "debt", ColumnType.of(ColumnType.Kind.INT), false);

    /**
     * The {@code drift} column.
     */
    public static final NumericColumn<Constrained, Double> DRIFT = Columns.numeric(
            "drift", ColumnType.of(ColumnType.Kind.DOUBLE), true);

    /**
     * The {@code slug} column.
     */
    public static final StringColumn<Constrained> SLUG = Columns.string("slug", ColumnType.unboundedString(), false);

    /**
     * The {@code word} column.
     */
    public static final StringColumn<Constrained> WORD = Columns.string("word", ColumnType.unboundedString(), false);

    /**
     * The {@code email} column.
     */
    public static final StringColumn<Constrained> EMAIL = Columns.string("email", ColumnType.unboundedString(), true);

    /**
     * The {@code work_email} column.
     */
    public static final StringColumn<Constrained> WORK_EMAIL = Columns.string(
            "work_email", ColumnType.unboundedString(), false);

    /**
     * The {@code birthday} column.
     */
    public static final ComparableColumn<Constrained, LocalDate> BIRTHDAY = Columns.comparable(
            "birthday", ColumnType.of(ColumnType.Kind.DATE), false);

    /**
     * The {@code created_at} column.
     */
    public static final ComparableColumn<Constrained, Instant> CREATED_AT = Columns.comparable(
            "created_at", ColumnType.of(ColumnType.Kind.INSTANT), false);

    /**
     * The {@code expires_at} column.
     */
    public static final ComparableColumn<Constrained, LocalDateTime> EXPIRES_AT = Columns.comparable(
            "expires_at", ColumnType.of(ColumnType.Kind.DATETIME), true);

    /**
     * The {@code starts_on} column.
     */
    public static final ComparableColumn<Constrained, LocalDate> STARTS_ON = Columns.comparable(
            "starts_on", ColumnType.of(ColumnType.Kind.DATE), false);

    /**
     * The {@code accepted} column.
     */
    public static final Column<Constrained, Boolean> ACCEPTED = Columns.column(
            "accepted", ColumnType.of(ColumnType.Kind.BOOLEAN), false);

    /**
     * The {@code banned} column.
     */
    public static final Column<Constrained, Boolean> BANNED = Columns.column(
            "banned", ColumnType.of(ColumnType.Kind.BOOLEAN), true);

    /**
     * The {@code reserved} column.
     */
    public static final StringColumn<Constrained> RESERVED = Columns.string(
            "reserved", ColumnType.unboundedString(), true);

    /**
     * The {@code visits} column.
     */
    public static final NumericColumn<Constrained, Long> VISITS = Columns.numeric(
            "visits", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code plain} column.
     */
    public static final NumericColumn<Constrained, Integer> PLAIN = Columns.numeric(
            "plain", ColumnType.of(ColumnType.Kind.INT), false);

    /**
     * The {@code password_hash} column.
     */
    public static final StringColumn<Constrained> PASSWORD_HASH = Columns.string(
            "password_hash", ColumnType.unboundedString(), false);

    private static final List<Column<Constrained, ?>> COLUMNS = List.of(
            ID,
            NAME,
            AVATAR,
            RANK,
            RATIO,
            BALANCE,
            PRICE,
            WEIGHT,
            AMOUNT,
            CODE,
            VOTES,
            DEBT,
            DRIFT,
            SLUG,
            WORD,
            EMAIL,
            WORK_EMAIL,
            BIRTHDAY,
            CREATED_AT,
            EXPIRES_AT,
            STARTS_ON,
            ACCEPTED,
            BANNED,
            RESERVED,
            VISITS,
            PLAIN,
            PASSWORD_HASH);

    private static final TableSpec SPEC = new TableSpec(
            "constrained",
            List.of(
                    Columns.spec(ID).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "constrained_id_gt_check", "id", CheckSpec.Comparison.GT, "0")),
                            null),
                    Columns.spec(NAME).with(
                            List.of(
                                    new CheckSpec.NotBlank("constrained_name_not_blank_check", "name"),
                                    new CheckSpec.Length("constrained_name_min_length_check", "name", true, 2),
                                    new CheckSpec.Length("constrained_name_max_length_check", "name", false, 40)),
                            null),
                    Columns.spec(AVATAR),
                    Columns.spec(RANK).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "constrained_rank_ge_check", "rank", CheckSpec.Comparison.GE, "1"),
                                    new CheckSpec.Compare(
                                            "constrained_rank_le_check", "rank", CheckSpec.Comparison.LE, "10")),
                            null),
                    Columns.spec(RATIO).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "constrained_ratio_ge_check", "ratio", CheckSpec.Comparison.GE, "-5"),
                                    new CheckSpec.Compare(
                                            "constrained_ratio_le_check", "ratio", CheckSpec.Comparison.LE, "5")),
                            null),
                    Columns.spec(BALANCE).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "constrained_balance_ge_check", "balance", CheckSpec.Comparison.GE, "0")),
                            null),
                    Columns.spec(PRICE).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "constrained_price_gt_check", "price", CheckSpec.Comparison.GT, "0.01"),
                                    new CheckSpec.Compare(
                                            "constrained_price_le_check", "price", CheckSpec.Comparison.LE, "9999.99")),
                            null),
                    Columns.spec(WEIGHT).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "constrained_weight_ge_check", "weight", CheckSpec.Comparison.GE, "-1.5"),
                                    new CheckSpec.Compare(
                                            "constrained_weight_lt_check", "weight", CheckSpec.Comparison.LT, "1.5")),
                            null),
                    Columns.spec(AMOUNT),
                    Columns.spec(CODE),
                    Columns.spec(VOTES).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "constrained_votes_ge_check", "votes", CheckSpec.Comparison.GE, "0")),
                            null),
                    Columns.spec(DEBT).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "constrained_debt_lt_check", "debt", CheckSpec.Comparison.LT, "0")),
                            null),
                    Columns.spec(DRIFT).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "constrained_drift_le_check", "drift", CheckSpec.Comparison.LE, "0")),
                            null),
                    Columns.spec(SLUG).with(
                            List.of(new CheckSpec.Matches("constrained_slug_pattern_check", "slug", "[a-z0-9-]+")),
                            null),
                    Columns.spec(WORD).with(
                            List.of(new CheckSpec.Matches("constrained_word_pattern_check", "word", "^[A-Z]\\w*$")),
                            null),
                    Columns.spec(EMAIL),
                    Columns.spec(WORK_EMAIL),
                    Columns.spec(BIRTHDAY),
                    Columns.spec(CREATED_AT),
                    Columns.spec(EXPIRES_AT),
                    Columns.spec(STARTS_ON),
                    Columns.spec(ACCEPTED),
                    Columns.spec(BANNED),
                    Columns.spec(RESERVED),
                    Columns.spec(VISITS),
                    Columns.spec(PLAIN),
                    Columns.spec(PASSWORD_HASH).with(
                            List.of(
                                    new CheckSpec.Length(
                                            "constrained_password_hash_min_length_check", "password_hash", true, 8)),
                            null)),
            List.of("id"),
            List.of());

    /**
     * The {@code constrained} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final ConstrainedTable TABLE = new ConstrainedTable();

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `constrained` (`id` BIGINT NOT NULL, `name` VARCHAR(40) NOT NULL, `avatar` BLOB NOT NULL, `rank` SMALLINT NULL, `ratio` REAL NOT NULL, `balance` DECIMAL_TEXT NOT NULL, `price` DECIMAL_TEXT(6, 2) NOT NULL, `weight` REAL NOT NULL, `amount` TEXT NOT NULL, `code` INTEGER NOT NULL, `votes` INTEGER NULL, `debt` INTEGER NOT NULL, `drift` REAL NULL, `slug` TEXT NOT NULL, `word` TEXT NOT NULL, `email` TEXT NULL, `work_email` TEXT NOT NULL, `birthday` DATE NOT NULL, `created_at` TIMESTAMP NOT NULL, `expires_at` DATETIME NULL, `starts_on` DATE NOT NULL, `accepted` BOOLEAN NOT NULL, `banned` BOOLEAN NULL, `reserved` TEXT NULL, `visits` BIGINT NOT NULL, `plain` INTEGER NOT NULL, `password_hash` TEXT NOT NULL, CONSTRAINT `constrained_pkey` PRIMARY KEY (`id`), CONSTRAINT `constrained_id_gt_check` CHECK (`id` > 0), CONSTRAINT `constrained_name_not_blank_check` CHECK (TRIM(`name`) <> ''), CONSTRAINT `constrained_name_min_length_check` CHECK (LENGTH(`name`) >= 1), CONSTRAINT `constrained_name_max_length_check` CHECK (LENGTH(`name`) <= 40), CONSTRAINT `constrained_rank_ge_check` CHECK (`rank` >= 1), CONSTRAINT `constrained_rank_le_check` CHECK (`rank` <= 10), CONSTRAINT `constrained_ratio_ge_check` CHECK (`ratio` >= -5), CONSTRAINT `constrained_ratio_le_check` CHECK (`ratio` <= 5), CONSTRAINT `constrained_balance_ge_check` CHECK (`balance` COLLATE ormdantic_decimal >= '0'), CONSTRAINT `constrained_price_gt_check` CHECK (`price` COLLATE ormdantic_decimal > '0.01'), CONSTRAINT `constrained_price_le_check` CHECK (`price` COLLATE ormdantic_decimal <= '9999.99'), CONSTRAINT `constrained_weight_ge_check` CHECK (`weight` >= -1.5), CONSTRAINT `constrained_weight_lt_check` CHECK (`weight` < 1.5), CONSTRAINT `constrained_votes_ge_check` CHECK (`votes` >= 0), CONSTRAINT `constrained_debt_lt_check` CHECK (`debt` < 0), CONSTRAINT `constrained_drift_le_check` CHECK (`drift` <= 0), CONSTRAINT `constrained_slug_pattern_check` CHECK (`slug` REGEXP '^([a-z0-9-]+)$'), CONSTRAINT `constrained_word_pattern_check` CHECK (`word` REGEXP '^(^[A-Z]\\w*$)$'), CONSTRAINT `constrained_password_hash_min_length_check` CHECK (LENGTH(`password_hash`) >= 4))")
            .dropTable("DROP TABLE IF EXISTS `constrained`")
            .insert(
                    StatementShape.of(
                            "INSERT INTO `constrained` (`id`, `name`, `avatar`, `rank`, `ratio`, `balance`, `price`, `weight`, `amount`, `code`, `votes`, `debt`, `drift`, `slug`, `word`, `email`, `work_email`, `birthday`, `created_at`, `expires_at`, `starts_on`, `accepted`, `banned`, `reserved`, `visits`, `plain`, `password_hash`) VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO `constrained` (`id`, `name`, `avatar`, `rank`, `ratio`, `balance`, `price`, `weight`, `amount`, `code`, `votes`, `debt`, `drift`, `slug`, `word`, `email`, `work_email`, `birthday`, `created_at`, `expires_at`, `starts_on`, `accepted`, `banned`, `reserved`, `visits`, `plain`, `password_hash`) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (`id`) DO UPDATE SET `name` = excluded.`name`, `avatar` = excluded.`avatar`, `rank` = excluded.`rank`, `ratio` = excluded.`ratio`, `balance` = excluded.`balance`, `price` = excluded.`price`, `weight` = excluded.`weight`, `amount` = excluded.`amount`, `code` = excluded.`code`, `votes` = excluded.`votes`, `debt` = excluded.`debt`, `drift` = excluded.`drift`, `slug` = excluded.`slug`, `word` = excluded.`word`, `email` = excluded.`email`, `work_email` = excluded.`work_email`, `birthday` = excluded.`birthday`, `created_at` = excluded.`created_at`, `expires_at` = excluded.`expires_at`, `starts_on` = excluded.`starts_on`, `accepted` = excluded.`accepted`, `banned` = excluded.`banned`, `reserved` = excluded.`reserved`, `visits` = excluded.`visits`, `plain` = excluded.`plain`, `password_hash` = excluded.`password_hash`"))
            .selectByKey(
                    "SELECT `id`, `name`, `avatar`, `rank`, `ratio`, `balance`, `price`, `weight`, `amount`, `code`, `votes`, `debt`, `drift`, `slug`, `word`, `email`, `work_email`, `birthday`, `created_at`, `expires_at`, `starts_on`, `accepted`, `banned`, `reserved`, `visits`, `plain`, `password_hash` FROM `constrained` WHERE `id` = ?")
            .selectAll(
                    "SELECT `id`, `name`, `avatar`, `rank`, `ratio`, `balance`, `price`, `weight`, `amount`, `code`, `votes`, `debt`, `drift`, `slug`, `word`, `email`, `work_email`, `birthday`, `created_at`, `expires_at`, `starts_on`, `accepted`, `banned`, `reserved`, `visits`, `plain`, `password_hash` FROM `constrained`")
            .updateByKey(
                    "UPDATE `constrained` SET `name` = ?, `avatar` = ?, `rank` = ?, `ratio` = ?, `balance` = ?, `price` = ?, `weight` = ?, `amount` = ?, `code` = ?, `votes` = ?, `debt` = ?, `drift` = ?, `slug` = ?, `word` = ?, `email` = ?, `work_email` = ?, `birthday` = ?, `created_at` = ?, `expires_at` = ?, `starts_on` = ?, `accepted` = ?, `banned` = ?, `reserved` = ?, `visits` = ?, `plain` = ?, `password_hash` = ? WHERE `id` = ?")
            .deleteByKey("DELETE FROM `constrained` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `constrained`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"constrained\" (\"id\" BIGINT NOT NULL, \"name\" VARCHAR(40) NOT NULL, \"avatar\" BYTEA NOT NULL, \"rank\" SMALLINT NULL, \"ratio\" DOUBLE PRECISION NOT NULL, \"balance\" NUMERIC NOT NULL, \"price\" NUMERIC(6, 2) NOT NULL, \"weight\" REAL NOT NULL, \"amount\" TEXT NOT NULL, \"code\" INTEGER NOT NULL, \"votes\" INTEGER NULL, \"debt\" INTEGER NOT NULL, \"drift\" DOUBLE PRECISION NULL, \"slug\" TEXT NOT NULL, \"word\" TEXT NOT NULL, \"email\" TEXT NULL, \"work_email\" TEXT NOT NULL, \"birthday\" DATE NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP NULL, \"starts_on\" DATE NOT NULL, \"accepted\" BOOLEAN NOT NULL, \"banned\" BOOLEAN NULL, \"reserved\" TEXT NULL, \"visits\" BIGINT NOT NULL, \"plain\" INTEGER NOT NULL, \"password_hash\" TEXT NOT NULL, CONSTRAINT \"constrained_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"constrained_id_gt_check\" CHECK (\"id\" > 0), CONSTRAINT \"constrained_name_not_blank_check\" CHECK (TRIM(\"name\") <> ''), CONSTRAINT \"constrained_name_min_length_check\" CHECK (LENGTH(\"name\") >= 1), CONSTRAINT \"constrained_name_max_length_check\" CHECK (LENGTH(\"name\") <= 40), CONSTRAINT \"constrained_rank_ge_check\" CHECK (\"rank\" >= 1), CONSTRAINT \"constrained_rank_le_check\" CHECK (\"rank\" <= 10), CONSTRAINT \"constrained_ratio_ge_check\" CHECK (\"ratio\" >= -5), CONSTRAINT \"constrained_ratio_le_check\" CHECK (\"ratio\" <= 5), CONSTRAINT \"constrained_balance_ge_check\" CHECK (\"balance\" >= 0), CONSTRAINT \"constrained_price_gt_check\" CHECK (\"price\" > 0.01), CONSTRAINT \"constrained_price_le_check\" CHECK (\"price\" <= 9999.99), CONSTRAINT \"constrained_weight_ge_check\" CHECK (\"weight\" >= -1.5), CONSTRAINT \"constrained_weight_lt_check\" CHECK (\"weight\" < 1.5), CONSTRAINT \"constrained_votes_ge_check\" CHECK (\"votes\" >= 0), CONSTRAINT \"constrained_debt_lt_check\" CHECK (\"debt\" < 0), CONSTRAINT \"constrained_drift_le_check\" CHECK (\"drift\" <= 0), CONSTRAINT \"constrained_slug_pattern_check\" CHECK (\"slug\" ~ '^([a-z0-9-]+)$'), CONSTRAINT \"constrained_word_pattern_check\" CHECK (\"word\" ~ '^(^[A-Z]\\w*$)$'), CONSTRAINT \"constrained_password_hash_min_length_check\" CHECK (LENGTH(\"password_hash\") >= 4))")
            .dropTable("DROP TABLE IF EXISTS \"constrained\"")
            .insert(
                    StatementShape.of(
                            "INSERT INTO \"constrained\" (\"id\", \"name\", \"avatar\", \"rank\", \"ratio\", \"balance\", \"price\", \"weight\", \"amount\", \"code\", \"votes\", \"debt\", \"drift\", \"slug\", \"word\", \"email\", \"work_email\", \"birthday\", \"created_at\", \"expires_at\", \"starts_on\", \"accepted\", \"banned\", \"reserved\", \"visits\", \"plain\", \"password_hash\") VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO \"constrained\" (\"id\", \"name\", \"avatar\", \"rank\", \"ratio\", \"balance\", \"price\", \"weight\", \"amount\", \"code\", \"votes\", \"debt\", \"drift\", \"slug\", \"word\", \"email\", \"work_email\", \"birthday\", \"created_at\", \"expires_at\", \"starts_on\", \"accepted\", \"banned\", \"reserved\", \"visits\", \"plain\", \"password_hash\") VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"avatar\" = excluded.\"avatar\", \"rank\" = excluded.\"rank\", \"ratio\" = excluded.\"ratio\", \"balance\" = excluded.\"balance\", \"price\" = excluded.\"price\", \"weight\" = excluded.\"weight\", \"amount\" = excluded.\"amount\", \"code\" = excluded.\"code\", \"votes\" = excluded.\"votes\", \"debt\" = excluded.\"debt\", \"drift\" = excluded.\"drift\", \"slug\" = excluded.\"slug\", \"word\" = excluded.\"word\", \"email\" = excluded.\"email\", \"work_email\" = excluded.\"work_email\", \"birthday\" = excluded.\"birthday\", \"created_at\" = excluded.\"created_at\", \"expires_at\" = excluded.\"expires_at\", \"starts_on\" = excluded.\"starts_on\", \"accepted\" = excluded.\"accepted\", \"banned\" = excluded.\"banned\", \"reserved\" = excluded.\"reserved\", \"visits\" = excluded.\"visits\", \"plain\" = excluded.\"plain\", \"password_hash\" = excluded.\"password_hash\""))
            .selectByKey(
                    "SELECT \"id\", \"name\", \"avatar\", \"rank\", \"ratio\", \"balance\", \"price\", \"weight\", \"amount\", \"code\", \"votes\", \"debt\", \"drift\", \"slug\", \"word\", \"email\", \"work_email\", \"birthday\", \"created_at\", \"expires_at\", \"starts_on\", \"accepted\", \"banned\", \"reserved\", \"visits\", \"plain\", \"password_hash\" FROM \"constrained\" WHERE \"id\" = ?")
            .selectAll(
                    "SELECT \"id\", \"name\", \"avatar\", \"rank\", \"ratio\", \"balance\", \"price\", \"weight\", \"amount\", \"code\", \"votes\", \"debt\", \"drift\", \"slug\", \"word\", \"email\", \"work_email\", \"birthday\", \"created_at\", \"expires_at\", \"starts_on\", \"accepted\", \"banned\", \"reserved\", \"visits\", \"plain\", \"password_hash\" FROM \"constrained\"")
            .updateByKey(
                    "UPDATE \"constrained\" SET \"name\" = ?, \"avatar\" = ?, \"rank\" = ?, \"ratio\" = ?, \"balance\" = ?, \"price\" = ?, \"weight\" = ?, \"amount\" = ?, \"code\" = ?, \"votes\" = ?, \"debt\" = ?, \"drift\" = ?, \"slug\" = ?, \"word\" = ?, \"email\" = ?, \"work_email\" = ?, \"birthday\" = ?, \"created_at\" = ?, \"expires_at\" = ?, \"starts_on\" = ?, \"accepted\" = ?, \"banned\" = ?, \"reserved\" = ?, \"visits\" = ?, \"plain\" = ?, \"password_hash\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"constrained\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"constrained\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `constrained` (`id` BIGINT NOT NULL, `name` VARCHAR(40) NOT NULL, `avatar` LONGBLOB NOT NULL, `rank` SMALLINT NULL, `ratio` DOUBLE NOT NULL, `balance` DECIMAL(65, 30) NOT NULL, `price` DECIMAL(6, 2) NOT NULL, `weight` DOUBLE NOT NULL, `amount` LONGTEXT NOT NULL, `code` INT NOT NULL, `votes` INT NULL, `debt` INT NOT NULL, `drift` DOUBLE NULL, `slug` LONGTEXT NOT NULL, `word` LONGTEXT NOT NULL, `email` LONGTEXT NULL, `work_email` LONGTEXT NOT NULL, `birthday` DATE NOT NULL, `created_at` DATETIME(6) NOT NULL, `expires_at` DATETIME(6) NULL, `starts_on` DATE NOT NULL, `accepted` BOOLEAN NOT NULL, `banned` BOOLEAN NULL, `reserved` LONGTEXT NULL, `visits` BIGINT NOT NULL, `plain` INT NOT NULL, `password_hash` LONGTEXT NOT NULL, CONSTRAINT `constrained_pkey` PRIMARY KEY (`id`), CONSTRAINT `constrained_id_gt_check` CHECK (`id` > 0), CONSTRAINT `constrained_name_not_blank_check` CHECK (TRIM(`name`) <> ''), CONSTRAINT `constrained_name_min_length_check` CHECK (CHAR_LENGTH(`name`) >= 1), CONSTRAINT `constrained_name_max_length_check` CHECK (CHAR_LENGTH(`name`) <= 40), CONSTRAINT `constrained_rank_ge_check` CHECK (`rank` >= 1), CONSTRAINT `constrained_rank_le_check` CHECK (`rank` <= 10), CONSTRAINT `constrained_ratio_ge_check` CHECK (`ratio` >= -5), CONSTRAINT `constrained_ratio_le_check` CHECK (`ratio` <= 5), CONSTRAINT `constrained_balance_ge_check` CHECK (`balance` >= 0), CONSTRAINT `constrained_price_gt_check` CHECK (`price` > 0.01), CONSTRAINT `constrained_price_le_check` CHECK (`price` <= 9999.99), CONSTRAINT `constrained_weight_ge_check` CHECK (`weight` >= -1.5), CONSTRAINT `constrained_weight_lt_check` CHECK (`weight` < 1.5), CONSTRAINT `constrained_votes_ge_check` CHECK (`votes` >= 0), CONSTRAINT `constrained_debt_lt_check` CHECK (`debt` < 0), CONSTRAINT `constrained_drift_le_check` CHECK (`drift` <= 0), CONSTRAINT `constrained_slug_pattern_check` CHECK (`slug` REGEXP '^([a-z0-9-]+)$'), CONSTRAINT `constrained_word_pattern_check` CHECK (`word` REGEXP '^(^[A-Z]\\\\w*$)$'), CONSTRAINT `constrained_password_hash_min_length_check` CHECK (CHAR_LENGTH(`password_hash`) >= 4)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of(
                    "INSERT INTO `constrained` (`id`, `name`, `avatar`, `rank`, `ratio`, `balance`, `price`, `weight`, `amount`, `code`, `votes`, `debt`, `drift`, `slug`, `word`, `email`, `work_email`, `birthday`, `created_at`, `expires_at`, `starts_on`, `accepted`, `banned`, `reserved`, `visits`, `plain`, `password_hash`) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), `avatar` = VALUES(`avatar`), `rank` = VALUES(`rank`), `ratio` = VALUES(`ratio`), `balance` = VALUES(`balance`), `price` = VALUES(`price`), `weight` = VALUES(`weight`), `amount` = VALUES(`amount`), `code` = VALUES(`code`), `votes` = VALUES(`votes`), `debt` = VALUES(`debt`), `drift` = VALUES(`drift`), `slug` = VALUES(`slug`), `word` = VALUES(`word`), `email` = VALUES(`email`), `work_email` = VALUES(`work_email`), `birthday` = VALUES(`birthday`), `created_at` = VALUES(`created_at`), `expires_at` = VALUES(`expires_at`), `starts_on` = VALUES(`starts_on`), `accepted` = VALUES(`accepted`), `banned` = VALUES(`banned`), `reserved` = VALUES(`reserved`), `visits` = VALUES(`visits`), `plain` = VALUES(`plain`), `password_hash` = VALUES(`password_hash`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `constrained` (`id` BIGINT NOT NULL, `name` VARCHAR(40) NOT NULL, `avatar` LONGBLOB NOT NULL, `rank` SMALLINT NULL, `ratio` DOUBLE NOT NULL, `balance` DECIMAL(65, 30) NOT NULL, `price` DECIMAL(6, 2) NOT NULL, `weight` DOUBLE NOT NULL, `amount` LONGTEXT NOT NULL, `code` INT NOT NULL, `votes` INT NULL, `debt` INT NOT NULL, `drift` DOUBLE NULL, `slug` LONGTEXT NOT NULL, `word` LONGTEXT NOT NULL, `email` LONGTEXT NULL, `work_email` LONGTEXT NOT NULL, `birthday` DATE NOT NULL, `created_at` DATETIME(6) NOT NULL, `expires_at` DATETIME(6) NULL, `starts_on` DATE NOT NULL, `accepted` BOOLEAN NOT NULL, `banned` BOOLEAN NULL, `reserved` LONGTEXT NULL, `visits` BIGINT NOT NULL, `plain` INT NOT NULL, `password_hash` LONGTEXT NOT NULL, CONSTRAINT `constrained_pkey` PRIMARY KEY (`id`), CONSTRAINT `constrained_id_gt_check` CHECK (`id` > 0), CONSTRAINT `constrained_name_not_blank_check` CHECK (TRIM(`name`) <> ''), CONSTRAINT `constrained_name_min_length_check` CHECK (CHAR_LENGTH(`name`) >= 1), CONSTRAINT `constrained_name_max_length_check` CHECK (CHAR_LENGTH(`name`) <= 40), CONSTRAINT `constrained_rank_ge_check` CHECK (`rank` >= 1), CONSTRAINT `constrained_rank_le_check` CHECK (`rank` <= 10), CONSTRAINT `constrained_ratio_ge_check` CHECK (`ratio` >= -5), CONSTRAINT `constrained_ratio_le_check` CHECK (`ratio` <= 5), CONSTRAINT `constrained_balance_ge_check` CHECK (`balance` >= 0), CONSTRAINT `constrained_price_gt_check` CHECK (`price` > 0.01), CONSTRAINT `constrained_price_le_check` CHECK (`price` <= 9999.99), CONSTRAINT `constrained_weight_ge_check` CHECK (`weight` >= -1.5), CONSTRAINT `constrained_weight_lt_check` CHECK (`weight` < 1.5), CONSTRAINT `constrained_votes_ge_check` CHECK (`votes` >= 0), CONSTRAINT `constrained_debt_lt_check` CHECK (`debt` < 0), CONSTRAINT `constrained_drift_le_check` CHECK (`drift` <= 0), CONSTRAINT `constrained_slug_pattern_check` CHECK (`slug` REGEXP '^([a-z0-9-]+)$'), CONSTRAINT `constrained_word_pattern_check` CHECK (`word` REGEXP '^(^[A-Z]\\\\w*$)$'), CONSTRAINT `constrained_password_hash_min_length_check` CHECK (CHAR_LENGTH(`password_hash`) >= 4)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"constrained\" (\"id\" NUMBER(19) NOT NULL, \"name\" VARCHAR2(40 CHAR) NOT NULL, \"avatar\" BLOB NOT NULL, \"rank\" NUMBER(5) NULL, \"ratio\" BINARY_DOUBLE NOT NULL, \"balance\" NUMBER NOT NULL, \"price\" NUMBER(6, 2) NOT NULL, \"weight\" BINARY_FLOAT NOT NULL, \"amount\" VARCHAR2(4000 CHAR) NOT NULL, \"code\" NUMBER(10) NOT NULL, \"votes\" NUMBER(10) NULL, \"debt\" NUMBER(10) NOT NULL, \"drift\" BINARY_DOUBLE NULL, \"slug\" VARCHAR2(4000 CHAR) NOT NULL, \"word\" VARCHAR2(4000 CHAR) NOT NULL, \"email\" VARCHAR2(4000 CHAR) NULL, \"work_email\" VARCHAR2(4000 CHAR) NOT NULL, \"birthday\" DATE NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"expires_at\" TIMESTAMP NULL, \"starts_on\" DATE NOT NULL, \"accepted\" NUMBER(1) NOT NULL, \"banned\" NUMBER(1) NULL, \"reserved\" VARCHAR2(4000 CHAR) NULL, \"visits\" NUMBER(19) NOT NULL, \"plain\" NUMBER(10) NOT NULL, \"password_hash\" VARCHAR2(4000 CHAR) NOT NULL, CONSTRAINT \"constrained_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"constrained_id_gt_check\" CHECK (\"id\" > 0), CONSTRAINT \"constrained_name_not_blank_check\" CHECK (TRIM(\"name\") IS NOT NULL), CONSTRAINT \"constrained_name_min_length_check\" CHECK (LENGTH(\"name\") >= 1), CONSTRAINT \"constrained_name_max_length_check\" CHECK (LENGTH(\"name\") <= 40), CONSTRAINT \"constrained_rank_ge_check\" CHECK (\"rank\" >= 1), CONSTRAINT \"constrained_rank_le_check\" CHECK (\"rank\" <= 10), CONSTRAINT \"constrained_ratio_ge_check\" CHECK (\"ratio\" >= -5), CONSTRAINT \"constrained_ratio_le_check\" CHECK (\"ratio\" <= 5), CONSTRAINT \"constrained_balance_ge_check\" CHECK (\"balance\" >= 0), CONSTRAINT \"constrained_price_gt_check\" CHECK (\"price\" > 0.01), CONSTRAINT \"constrained_price_le_check\" CHECK (\"price\" <= 9999.99), CONSTRAINT \"constrained_weight_ge_check\" CHECK (\"weight\" >= -1.5), CONSTRAINT \"constrained_weight_lt_check\" CHECK (\"weight\" < 1.5), CONSTRAINT \"constrained_votes_ge_check\" CHECK (\"votes\" >= 0), CONSTRAINT \"constrained_debt_lt_check\" CHECK (\"debt\" < 0), CONSTRAINT \"constrained_drift_le_check\" CHECK (\"drift\" <= 0), CONSTRAINT \"constrained_slug_pattern_check\" CHECK (REGEXP_LIKE(\"slug\", ''^([a-z0-9-]+)$'', ''c'')), CONSTRAINT \"constrained_word_pattern_check\" CHECK (REGEXP_LIKE(\"word\", ''^(^[A-Z]\\w*$)$'', ''c'')), CONSTRAINT \"constrained_password_hash_min_length_check\" CHECK (LENGTH(\"password_hash\") >= 4))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"constrained\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of(
                    "INSERT ALL ",
                    "INTO \"constrained\" (\"id\", \"name\", \"avatar\", \"rank\", \"ratio\", \"balance\", \"price\", \"weight\", \"amount\", \"code\", \"votes\", \"debt\", \"drift\", \"slug\", \"word\", \"email\", \"work_email\", \"birthday\", \"created_at\", \"expires_at\", \"starts_on\", \"accepted\", \"banned\", \"reserved\", \"visits\", \"plain\", \"password_hash\") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"constrained\" target USING (",
                    "SELECT ? AS \"id\", ? AS \"name\", ? AS \"avatar\", ? AS \"rank\", ? AS \"ratio\", ? AS \"balance\", ? AS \"price\", ? AS \"weight\", ? AS \"amount\", ? AS \"code\", ? AS \"votes\", ? AS \"debt\", ? AS \"drift\", ? AS \"slug\", ? AS \"word\", ? AS \"email\", ? AS \"work_email\", ? AS \"birthday\", ? AS \"created_at\", ? AS \"expires_at\", ? AS \"starts_on\", ? AS \"accepted\", ? AS \"banned\", ? AS \"reserved\", ? AS \"visits\", ? AS \"plain\", ? AS \"password_hash\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"id\" = source.\"id\") WHEN MATCHED THEN UPDATE SET target.\"name\" = source.\"name\", target.\"avatar\" = source.\"avatar\", target.\"rank\" = source.\"rank\", target.\"ratio\" = source.\"ratio\", target.\"balance\" = source.\"balance\", target.\"price\" = source.\"price\", target.\"weight\" = source.\"weight\", target.\"amount\" = source.\"amount\", target.\"code\" = source.\"code\", target.\"votes\" = source.\"votes\", target.\"debt\" = source.\"debt\", target.\"drift\" = source.\"drift\", target.\"slug\" = source.\"slug\", target.\"word\" = source.\"word\", target.\"email\" = source.\"email\", target.\"work_email\" = source.\"work_email\", target.\"birthday\" = source.\"birthday\", target.\"created_at\" = source.\"created_at\", target.\"expires_at\" = source.\"expires_at\", target.\"starts_on\" = source.\"starts_on\", target.\"accepted\" = source.\"accepted\", target.\"banned\" = source.\"banned\", target.\"reserved\" = source.\"reserved\", target.\"visits\" = source.\"visits\", target.\"plain\" = source.\"plain\", target.\"password_hash\" = source.\"password_hash\" WHEN NOT MATCHED THEN INSERT (\"id\", \"name\", \"avatar\", \"rank\", \"ratio\", \"balance\", \"price\", \"weight\", \"amount\", \"code\", \"votes\", \"debt\", \"drift\", \"slug\", \"word\", \"email\", \"work_email\", \"birthday\", \"created_at\", \"expires_at\", \"starts_on\", \"accepted\", \"banned\", \"reserved\", \"visits\", \"plain\", \"password_hash\") VALUES (source.\"id\", source.\"name\", source.\"avatar\", source.\"rank\", source.\"ratio\", source.\"balance\", source.\"price\", source.\"weight\", source.\"amount\", source.\"code\", source.\"votes\", source.\"debt\", source.\"drift\", source.\"slug\", source.\"word\", source.\"email\", source.\"work_email\", source.\"birthday\", source.\"created_at\", source.\"expires_at\", source.\"starts_on\", source.\"accepted\", source.\"banned\", source.\"reserved\", source.\"visits\", source.\"plain\", source.\"password_hash\")"))
            .build();

    private static final BigDecimal PRICE_DECIMAL_MIN = new BigDecimal("0.01");

    private static final BigDecimal PRICE_DECIMAL_MAX = new BigDecimal("9999.99");

    private static final BigDecimal WEIGHT_DECIMAL_MIN = new BigDecimal("-1.5");

    private static final BigDecimal WEIGHT_DECIMAL_MAX = new BigDecimal("1.5");

    private static final BigDecimal AMOUNT_DECIMAL_MIN = new BigDecimal("0");

    private static final Pattern SLUG_PATTERN = Pattern.compile("[a-z0-9-]+");

    private static final Pattern WORD_PATTERN = Pattern.compile(
            "^[A-Z]\\w*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final Pattern WORK_EMAIL_EMAIL = Pattern.compile(".*@example\\.com");

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public ConstrainedTable() {
        super(FORMAT, Constrained.class, SPEC);
    }

    @Override
    public List<Column<Constrained, ?>> columns() {
        return COLUMNS;
    }

    @Override
    public TableStatements statements(DialectId dialect) {
        return switch (dialect) {
            case SQLITE -> SQLITE;
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL -> MYSQL;
            case MARIADB -> MARIADB;
            case MSSQL -> throw unsupported(dialect, "SQL Server does not support regular-expression CHECK constraints (from @Pattern). Use this table on another database, or remove @Pattern and check the text in your code");
            case ORACLE -> ORACLE;
        };
    }

    @Override
    public Constrained read(Row row) {
        return new Constrained(
                row.getLong(1),
                row.getString(2),
                row.getBytes(3),
                row.getNullableShort(4),
                row.getDouble(5),
                row.getBigDecimal(6),
                row.getBigDecimal(7),
                row.getFloat(8),
                row.getString(9),
                row.getInt(10),
                row.getNullableInt(11),
                row.getInt(12),
                row.getNullableDouble(13),
                row.getString(14),
                row.getString(15),
                row.getNullableString(16),
                row.getString(17),
                row.getLocalDate(18),
                row.getInstant(19),
                row.getNullableLocalDateTime(20),
                row.getLocalDate(21),
                row.getBoolean(22),
                row.getNullableBoolean(23),
                row.getNullableString(24),
                row.getLong(25),
                row.getInt(26),
                row.getString(27));
    }

    @Override
    public void bindRow(Params params, Constrained row) {
        params.setLong(row.id());
        params.setString(row.name());
        params.setBytes(row.avatar());
        params.setNullableShort(row.rank());
        params.setDouble(row.ratio());
        params.setBigDecimal(row.balance());
        params.setBigDecimal(row.price());
        params.setFloat(row.weight());
        params.setString(row.amount());
        params.setInt(row.code());
        params.setNullableInt(row.votes());
        params.setInt(row.debt());
        params.setNullableDouble(row.drift());
        params.setString(row.slug());
        params.setString(row.word());
        params.setString(row.email());
        params.setString(row.workEmail());
        params.setLocalDate(row.birthday());
        params.setInstant(row.createdAt());
        params.setLocalDateTime(row.expiresAt());
        params.setLocalDate(row.startsOn());
        params.setBoolean(row.accepted());
        params.setNullableBoolean(row.banned());
        params.setString(row.reserved());
        params.setLong(row.visits());
        params.setInt(row.plain());
        params.setString(row.passwordHash());
    }

    @Override
    public void bindUpdate(Params params, Constrained row) {
        params.setString(row.name());
        params.setBytes(row.avatar());
        params.setNullableShort(row.rank());
        params.setDouble(row.ratio());
        params.setBigDecimal(row.balance());
        params.setBigDecimal(row.price());
        params.setFloat(row.weight());
        params.setString(row.amount());
        params.setInt(row.code());
        params.setNullableInt(row.votes());
        params.setInt(row.debt());
        params.setNullableDouble(row.drift());
        params.setString(row.slug());
        params.setString(row.word());
        params.setString(row.email());
        params.setString(row.workEmail());
        params.setLocalDate(row.birthday());
        params.setInstant(row.createdAt());
        params.setLocalDateTime(row.expiresAt());
        params.setLocalDate(row.startsOn());
        params.setBoolean(row.accepted());
        params.setNullableBoolean(row.banned());
        params.setString(row.reserved());
        params.setLong(row.visits());
        params.setInt(row.plain());
        params.setString(row.passwordHash());
        params.setLong(row.id());
    }

    @Override
    public void bindKey(Params params, Long key) {
        params.setLong(key);
    }

    @Override
    public Long key(Constrained row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(Constrained before, Constrained after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.name(), after.name())) {
            changed.set(1);
        }
        if (!Arrays.equals(before.avatar(), after.avatar())) {
            changed.set(2);
        }
        if (!Objects.equals(before.rank(), after.rank())) {
            changed.set(3);
        }
        if (Double.compare(before.ratio(), after.ratio()) != 0) {
            changed.set(4);
        }
        if (Changes.decimal(before.balance(), after.balance())) {
            changed.set(5);
        }
        if (Changes.decimal(before.price(), after.price())) {
            changed.set(6);
        }
        if (Float.compare(before.weight(), after.weight()) != 0) {
            changed.set(7);
        }
        if (!Objects.equals(before.amount(), after.amount())) {
            changed.set(8);
        }
        if (before.code() != after.code()) {
            changed.set(9);
        }
        if (!Objects.equals(before.votes(), after.votes())) {
            changed.set(10);
        }
        if (before.debt() != after.debt()) {
            changed.set(11);
        }
        if (!Objects.equals(before.drift(), after.drift())) {
            changed.set(12);
        }
        if (!Objects.equals(before.slug(), after.slug())) {
            changed.set(13);
        }
        if (!Objects.equals(before.word(), after.word())) {
            changed.set(14);
        }
        if (!Objects.equals(before.email(), after.email())) {
            changed.set(15);
        }
        if (!Objects.equals(before.workEmail(), after.workEmail())) {
            changed.set(16);
        }
        if (!Objects.equals(before.birthday(), after.birthday())) {
            changed.set(17);
        }
        if (!Objects.equals(before.createdAt(), after.createdAt())) {
            changed.set(18);
        }
        if (!Objects.equals(before.expiresAt(), after.expiresAt())) {
            changed.set(19);
        }
        if (!Objects.equals(before.startsOn(), after.startsOn())) {
            changed.set(20);
        }
        if (before.accepted() != after.accepted()) {
            changed.set(21);
        }
        if (!Objects.equals(before.banned(), after.banned())) {
            changed.set(22);
        }
        if (!Objects.equals(before.reserved(), after.reserved())) {
            changed.set(23);
        }
        if (!Objects.equals(before.visits(), after.visits())) {
            changed.set(24);
        }
        if (before.plain() != after.plain()) {
            changed.set(25);
        }
        if (!Objects.equals(before.passwordHash(), after.passwordHash())) {
            changed.set(26);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Constrained row, BitSet columns) {
        if (columns.get(1)) {
            params.setString(row.name());
        }
        if (columns.get(2)) {
            params.setBytes(row.avatar());
        }
        if (columns.get(3)) {
            params.setNullableShort(row.rank());
        }
        if (columns.get(4)) {
            params.setDouble(row.ratio());
        }
        if (columns.get(5)) {
            params.setBigDecimal(row.balance());
        }
        if (columns.get(6)) {
            params.setBigDecimal(row.price());
        }
        if (columns.get(7)) {
            params.setFloat(row.weight());
        }
        if (columns.get(8)) {
            params.setString(row.amount());
        }
        if (columns.get(9)) {
            params.setInt(row.code());
        }
        if (columns.get(10)) {
            params.setNullableInt(row.votes());
        }
        if (columns.get(11)) {
            params.setInt(row.debt());
        }
        if (columns.get(12)) {
            params.setNullableDouble(row.drift());
        }
        if (columns.get(13)) {
            params.setString(row.slug());
        }
        if (columns.get(14)) {
            params.setString(row.word());
        }
        if (columns.get(15)) {
            params.setString(row.email());
        }
        if (columns.get(16)) {
            params.setString(row.workEmail());
        }
        if (columns.get(17)) {
            params.setLocalDate(row.birthday());
        }
        if (columns.get(18)) {
            params.setInstant(row.createdAt());
        }
        if (columns.get(19)) {
            params.setLocalDateTime(row.expiresAt());
        }
        if (columns.get(20)) {
            params.setLocalDate(row.startsOn());
        }
        if (columns.get(21)) {
            params.setBoolean(row.accepted());
        }
        if (columns.get(22)) {
            params.setNullableBoolean(row.banned());
        }
        if (columns.get(23)) {
            params.setString(row.reserved());
        }
        if (columns.get(24)) {
            params.setLong(row.visits());
        }
        if (columns.get(25)) {
            params.setInt(row.plain());
        }
        if (columns.get(26)) {
            params.setString(row.passwordHash());
        }
    }

    @Override
    public void validate(Constrained row, Violations violations) {
        NumberChecks.positive(violations, "id", "@Positive", row.id());
        Checks.notNull(violations, "name", "@NotNull", row.name());
        TextChecks.notBlank(violations, "name", "@NotBlank", row.name());
        TextChecks.size(violations, "name", "@Size(min = 2, max = 40)", row.name(), 2, 40);
        TextChecks.notEmpty(violations, "avatar", "@NotEmpty", row.avatar());
        TextChecks.size(violations, "avatar", "@Size(max = 1024)", row.avatar(), 0, 1024);
        NumberChecks.min(violations, "rank", "@Min(1)", row.rank(), 1);
        NumberChecks.max(violations, "rank", "@Max(10)", row.rank(), 10);
        NumberChecks.min(violations, "ratio", "@Min(-5)", row.ratio(), -5);
        NumberChecks.max(violations, "ratio", "@Max(5)", row.ratio(), 5);
        NumberChecks.min(violations, "balance", "@Min(0)", row.balance(), 0);
        NumberChecks.decimalMin(
                violations,
                "price",
                "@DecimalMin(value = \"0.01\", inclusive = false)",
                row.price(),
                PRICE_DECIMAL_MIN,
                false);
        NumberChecks.decimalMax(violations, "price", "@DecimalMax(\"9999.99\")", row.price(), PRICE_DECIMAL_MAX, true);
        NumberChecks.digits(violations, "price", "@Digits(integer = 4, fraction = 2)", row.price(), 4, 2);
        NumberChecks.decimalMin(violations, "weight", "@DecimalMin(\"-1.5\")", row.weight(), WEIGHT_DECIMAL_MIN, true);
        NumberChecks.decimalMax(
                violations,
                "weight",
                "@DecimalMax(value = \"1.5\", inclusive = false)",
                row.weight(),
                WEIGHT_DECIMAL_MAX,
                false);
        NumberChecks.decimalMin(violations, "amount", "@DecimalMin(\"0\")", row.amount(), AMOUNT_DECIMAL_MIN, true);
        NumberChecks.digits(violations, "amount", "@Digits(integer = 5, fraction = 0)", row.amount(), 5, 0);
        NumberChecks.digits(violations, "code", "@Digits(integer = 3, fraction = 0)", row.code(), 3, 0);
        NumberChecks.positiveOrZero(violations, "votes", "@PositiveOrZero", row.votes());
        NumberChecks.negative(violations, "debt", "@Negative", row.debt());
        NumberChecks.negativeOrZero(violations, "drift", "@NegativeOrZero", row.drift());
        TextChecks.pattern(violations, "slug", "@Pattern(regexp = \"[a-z0-9-]+\")", row.slug(), SLUG_PATTERN);
        TextChecks.pattern(
                violations,
                "word",
                "@Pattern(regexp = \"^[A-Z]\\\\w*$\", flags = {Pattern.Flag.CASE_INSENSITIVE, Pattern.Flag.UNICODE_CASE})",
                row.word(),
                WORD_PATTERN);
        TextChecks.email(violations, "email", "@Email", row.email(), null);
        TextChecks.email(
                violations, "workEmail", "@Email(regexp = \".*@example\\\\.com\")", row.workEmail(), WORK_EMAIL_EMAIL);
        TimeChecks.past(violations, "birthday", "@Past", row.birthday());
        TimeChecks.pastOrPresent(violations, "createdAt", "@PastOrPresent", row.createdAt());
        TimeChecks.future(violations, "expiresAt", "@Future", row.expiresAt());
        TimeChecks.futureOrPresent(violations, "startsOn", "@FutureOrPresent", row.startsOn());
        Checks.assertTrue(violations, "accepted", "@AssertTrue", row.accepted());
        Checks.assertFalse(violations, "banned", "@AssertFalse", row.banned());
        Checks.isNull(violations, "reserved", "@Null", row.reserved());
        Checks.notNull(violations, "visits", "@NotNull", row.visits());
        TextChecks.size(
                violations, "passwordHash", "@Size(min = 8)", row.passwordHash(), 8, Integer.MAX_VALUE);
    }
}
