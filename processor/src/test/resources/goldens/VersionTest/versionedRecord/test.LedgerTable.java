package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.support.Changes;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.Optionals;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link Ledger}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class LedgerTable extends GeneratedTable<Ledger, Long> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final NumericColumn<Ledger, Long> ID = Columns.numeric(
            "id", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code owner} column.
     */
    public static final StringColumn<Ledger> OWNER = Columns.string("owner", ColumnType.unboundedString(), false);

    /**
     * The {@code balance} column.
     */
    public static final NumericColumn<Ledger, BigDecimal> BALANCE = Columns.numeric(
            "balance", ColumnType.decimal(0, 0), false);

    /**
     * The {@code signature} column.
     */
    public static final Column<Ledger, byte[]> SIGNATURE = Columns.column(
            "signature", ColumnType.of(ColumnType.Kind.BYTES), false);

    /**
     * The {@code stamp} column.
     */
    public static final Column<Ledger, byte[]> STAMP = Columns.column(
            "stamp", ColumnType.of(ColumnType.Kind.BYTES), true);

    /**
     * The {@code rate} column.
     */
    public static final NumericColumn<Ledger, Double> RATE = Columns.numeric(
            "rate", ColumnType.of(ColumnType.Kind.DOUBLE), false);

    /**
     * The {@code limit} column.
     */
    public static final NumericColumn<Ledger, Integer> LIMIT = Columns.numeric(
            "limit", ColumnType.of(ColumnType.Kind.INT), true);

    /**
     * The {@code version} column.
     */
    public static final NumericColumn<Ledger, Integer> VERSION = Columns.numeric(
            "version", ColumnType.of(ColumnType.Kind.INT), false);

    private static final List<Column<Ledger, ?>> COLUMNS = List.of(
            ID, OWNER, BALANCE, SIGNATURE, STAMP, RATE, LIMIT, VERSION);

    private static final TableSpec SPEC = new TableSpec(
            "ledger",
            List.of(
                    Columns.spec(ID),
                    Columns.spec(OWNER),
                    Columns.spec(BALANCE),
                    Columns.spec(SIGNATURE),
                    Columns.spec(STAMP),
                    Columns.spec(RATE),
                    Columns.spec(LIMIT),
                    Columns.spec(VERSION)),
            List.of("id"),
            List.of());

    /**
     * The {@code ledger} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final LedgerTable TABLE = new LedgerTable();

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `ledger` (`id` BIGINT NOT NULL, `owner` TEXT NOT NULL, `balance` DECIMAL_TEXT NOT NULL, `signature` BLOB NOT NULL, `stamp` BLOB NULL, `rate` REAL NOT NULL, `limit` INTEGER NULL, `version` INTEGER NOT NULL, CONSTRAINT `ledger_pkey` PRIMARY KEY (`id`))")
            .dropTable("DROP TABLE IF EXISTS `ledger`")
            .insert(
                    StatementShape.of(
                            "INSERT INTO `ledger` (`id`, `owner`, `balance`, `signature`, `stamp`, `rate`, `limit`, `version`) VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO `ledger` (`id`, `owner`, `balance`, `signature`, `stamp`, `rate`, `limit`, `version`) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (`id`) DO UPDATE SET `owner` = excluded.`owner`, `balance` = excluded.`balance`, `signature` = excluded.`signature`, `stamp` = excluded.`stamp`, `rate` = excluded.`rate`, `limit` = excluded.`limit`, `version` = excluded.`version`"))
            .selectByKey(
                    "SELECT `id`, `owner`, `balance`, `signature`, `stamp`, `rate`, `limit`, `version` FROM `ledger` WHERE `id` = ?")
            .selectAll(
                    "SELECT `id`, `owner`, `balance`, `signature`, `stamp`, `rate`, `limit`, `version` FROM `ledger`")
            .updateByKey(
                    "UPDATE `ledger` SET `owner` = ?, `balance` = ?, `signature` = ?, `stamp` = ?, `rate` = ?, `limit` = ?, `version` = ? WHERE `id` = ?")
            .deleteByKey("DELETE FROM `ledger` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `ledger`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"ledger\" (\"id\" BIGINT NOT NULL, \"owner\" TEXT NOT NULL, \"balance\" NUMERIC NOT NULL, \"signature\" BYTEA NOT NULL, \"stamp\" BYTEA NULL, \"rate\" DOUBLE PRECISION NOT NULL, \"limit\" INTEGER NULL, \"version\" INTEGER NOT NULL, CONSTRAINT \"ledger_pkey\" PRIMARY KEY (\"id\"))")
            .dropTable("DROP TABLE IF EXISTS \"ledger\"")
            .insert(
                    StatementShape.of(
                            "INSERT INTO \"ledger\" (\"id\", \"owner\", \"balance\", \"signature\", \"stamp\", \"rate\", \"limit\", \"version\") VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO \"ledger\" (\"id\", \"owner\", \"balance\", \"signature\", \"stamp\", \"rate\", \"limit\", \"version\") VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"id\") DO UPDATE SET \"owner\" = excluded.\"owner\", \"balance\" = excluded.\"balance\", \"signature\" = excluded.\"signature\", \"stamp\" = excluded.\"stamp\", \"rate\" = excluded.\"rate\", \"limit\" = excluded.\"limit\", \"version\" = excluded.\"version\""))
            .selectByKey(
                    "SELECT \"id\", \"owner\", \"balance\", \"signature\", \"stamp\", \"rate\", \"limit\", \"version\" FROM \"ledger\" WHERE \"id\" = ?")
            .selectAll(
                    "SELECT \"id\", \"owner\", \"balance\", \"signature\", \"stamp\", \"rate\", \"limit\", \"version\" FROM \"ledger\"")
            .updateByKey(
                    "UPDATE \"ledger\" SET \"owner\" = ?, \"balance\" = ?, \"signature\" = ?, \"stamp\" = ?, \"rate\" = ?, \"limit\" = ?, \"version\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"ledger\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"ledger\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `ledger` (`id` BIGINT NOT NULL, `owner` LONGTEXT NOT NULL, `balance` DECIMAL(65, 30) NOT NULL, `signature` LONGBLOB NOT NULL, `stamp` LONGBLOB NULL, `rate` DOUBLE NOT NULL, `limit` INT NULL, `version` INT NOT NULL, CONSTRAINT `ledger_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of(
                    "INSERT INTO `ledger` (`id`, `owner`, `balance`, `signature`, `stamp`, `rate`, `limit`, `version`) VALUES ",
                    "(?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON DUPLICATE KEY UPDATE `owner` = VALUES(`owner`), `balance` = VALUES(`balance`), `signature` = VALUES(`signature`), `stamp` = VALUES(`stamp`), `rate` = VALUES(`rate`), `limit` = VALUES(`limit`), `version` = VALUES(`version`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `ledger` (`id` BIGINT NOT NULL, `owner` LONGTEXT NOT NULL, `balance` DECIMAL(65, 30) NOT NULL, `signature` LONGBLOB NOT NULL, `stamp` LONGBLOB NULL, `rate` DOUBLE NOT NULL, `limit` INT NULL, `version` INT NOT NULL, CONSTRAINT `ledger_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[ledger]', N'U') IS NULL CREATE TABLE [ledger] ([id] BIGINT NOT NULL, [owner] NVARCHAR(MAX) NOT NULL, [balance] DECIMAL(38, 10) NOT NULL, [signature] VARBINARY(MAX) NOT NULL, [stamp] VARBINARY(MAX) NULL, [rate] FLOAT(53) NOT NULL, [limit] INT NULL, [version] INT NOT NULL, CONSTRAINT [ledger_pkey] PRIMARY KEY ([id]))")
            .dropTable("DROP TABLE IF EXISTS [ledger]")
            .insert(
                    StatementShape.of(
                            "INSERT INTO [ledger] ([id], [owner], [balance], [signature], [stamp], [rate], [limit], [version]) VALUES ",
                            "(?, ?, ?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "MERGE INTO [ledger] WITH (HOLDLOCK) AS target USING (VALUES ", "(?, ?, ?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            ") AS source ([id], [owner], [balance], [signature], [stamp], [rate], [limit], [version]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[owner] = source.[owner], target.[balance] = source.[balance], target.[signature] = source.[signature], target.[stamp] = source.[stamp], target.[rate] = source.[rate], target.[limit] = source.[limit], target.[version] = source.[version] WHEN NOT MATCHED THEN INSERT ([id], [owner], [balance], [signature], [stamp], [rate], [limit], [version]) VALUES (source.[id], source.[owner], source.[balance], source.[signature], source.[stamp], source.[rate], source.[limit], source.[version]);"))
            .selectByKey(
                    "SELECT [id], [owner], [balance], [signature], [stamp], [rate], [limit], [version] FROM [ledger] WHERE [id] = ?")
            .selectAll(
                    "SELECT [id], [owner], [balance], [signature], [stamp], [rate], [limit], [version] FROM [ledger]")
            .updateByKey(
                    "UPDATE [ledger] SET [owner] = ?, [balance] = ?, [signature] = ?, [stamp] = ?, [rate] = ?, [limit] = ?, [version] = ? WHERE [id] = ?")
            .deleteByKey("DELETE FROM [ledger] WHERE [id] = ?")
            .count("SELECT COUNT(*) FROM [ledger]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"ledger\" (\"id\" NUMBER(19) NOT NULL, \"owner\" VARCHAR2(4000 CHAR) NOT NULL, \"balance\" NUMBER NOT NULL, \"signature\" BLOB NOT NULL, \"stamp\" BLOB NULL, \"rate\" BINARY_DOUBLE NOT NULL, \"limit\" NUMBER(10) NULL, \"version\" NUMBER(10) NOT NULL, CONSTRAINT \"ledger_pkey\" PRIMARY KEY (\"id\"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"ledger\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of(
                    "INSERT ALL ",
                    "INTO \"ledger\" (\"id\", \"owner\", \"balance\", \"signature\", \"stamp\", \"rate\", \"limit\", \"version\") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"ledger\" target USING (",
                    "SELECT ? AS \"id\", ? AS \"owner\", ? AS \"balance\", ? AS \"signature\", ? AS \"stamp\", ? AS \"rate\", ? AS \"limit\", ? AS \"version\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"id\" = source.\"id\") WHEN MATCHED THEN UPDATE SET target.\"owner\" = source.\"owner\", target.\"balance\" = source.\"balance\", target.\"signature\" = source.\"signature\", target.\"stamp\" = source.\"stamp\", target.\"rate\" = source.\"rate\", target.\"limit\" = source.\"limit\", target.\"version\" = source.\"version\" WHEN NOT MATCHED THEN INSERT (\"id\", \"owner\", \"balance\", \"signature\", \"stamp\", \"rate\", \"limit\", \"version\") VALUES (source.\"id\", source.\"owner\", source.\"balance\", source.\"signature\", source.\"stamp\", source.\"rate\", source.\"limit\", source.\"version\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public LedgerTable() {
        super(FORMAT, Ledger.class, SPEC);
    }

    @Override
    public List<Column<Ledger, ?>> columns() {
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
    public Ledger read(Row row) {
        return new Ledger(
                row.getLong(1),
                row.getString(2),
                row.getBigDecimal(3),
                row.getBytes(4),
                Optional.ofNullable(row.getNullableBytes(5)),
                row.getDouble(6),
                row.getNullableInt(7),
                row.getInt(8));
    }

    @Override
    public void bindRow(Params params, Ledger row) {
        params.setLong(row.id());
        params.setString(row.owner());
        params.setBigDecimal(row.balance());
        params.setBytes(row.signature());
        params.setBytes(Optionals.orNull(row.stamp()));
        params.setDouble(row.rate());
        params.setNullableInt(row.limit());
        params.setInt(row.version());
    }

    @Override
    public void bindUpdate(Params params, Ledger row) {
        params.setString(row.owner());
        params.setBigDecimal(row.balance());
        params.setBytes(row.signature());
        params.setBytes(Optionals.orNull(row.stamp()));
        params.setDouble(row.rate());
        params.setNullableInt(row.limit());
        params.setInt(row.version());
        params.setLong(row.id());
    }

    @Override
    public void bindKey(Params params, Long key) {
        params.setLong(key);
    }

    @Override
    public Long key(Ledger row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(Ledger before, Ledger after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.owner(), after.owner())) {
            changed.set(1);
        }
        if (Changes.decimal(before.balance(), after.balance())) {
            changed.set(2);
        }
        if (!Arrays.equals(before.signature(), after.signature())) {
            changed.set(3);
        }
        if (!Arrays.equals(Optionals.orNull(before.stamp()), Optionals.orNull(after.stamp()))) {
            changed.set(4);
        }
        if (Double.compare(before.rate(), after.rate()) != 0) {
            changed.set(5);
        }
        if (!Objects.equals(before.limit(), after.limit())) {
            changed.set(6);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Ledger row, BitSet columns) {
        if (columns.get(1)) {
            params.setString(row.owner());
        }
        if (columns.get(2)) {
            params.setBigDecimal(row.balance());
        }
        if (columns.get(3)) {
            params.setBytes(row.signature());
        }
        if (columns.get(4)) {
            params.setBytes(Optionals.orNull(row.stamp()));
        }
        if (columns.get(5)) {
            params.setDouble(row.rate());
        }
        if (columns.get(6)) {
            params.setNullableInt(row.limit());
        }
    }

    @Override
    public String versionColumn() {
        return "version";
    }

    @Override
    public long version(Ledger row) {
        return row.version();
    }

    @Override
    public Ledger withVersion(Ledger row, long version) {
        return new Ledger(
                row.id(),
                row.owner(),
                row.balance(),
                row.signature(),
                row.stamp(),
                row.rate(),
                row.limit(),
                Math.toIntExact(version));
    }
}
