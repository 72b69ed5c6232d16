package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link OrderLine}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class OrderLineTable extends GeneratedTable<OrderLine, OrderLineTable.Key> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code order_id} column.
     */
    public static final StringColumn<OrderLine> ORDER_ID = Columns.string(
            "order_id", ColumnType.unboundedString(), false);

    /**
     * The {@code line} column.
     */
    public static final NumericColumn<OrderLine, Integer> LINE = Columns.numeric(
            "line", ColumnType.of(ColumnType.Kind.INT), false);

    /**
     * The {@code product} column.
     */
    public static final StringColumn<OrderLine> PRODUCT = Columns.string(
            "product", ColumnType.unboundedString(), false);

    /**
     * The {@code quantity} column.
     */
    public static final NumericColumn<OrderLine, Integer> QUANTITY = Columns.numeric(
            "quantity", ColumnType.of(ColumnType.Kind.INT), false);

    private static final List<Column<OrderLine, ?>> COLUMNS = List.of(ORDER_ID, LINE, PRODUCT, QUANTITY);

    private static final TableSpec SPEC = new TableSpec(
            "order_line",
            List.of(Columns.spec(ORDER_ID), Columns.spec(LINE), Columns.spec(PRODUCT), Columns.spec(QUANTITY)),
            List.of("order_id", "line"),
            List.of());

    /**
     * The {@code order_line} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final OrderLineTable TABLE = new OrderLineTable();

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `order_line` (`order_id` TEXT NOT NULL, `line` INTEGER NOT NULL, `product` TEXT NOT NULL, `quantity` INTEGER NOT NULL, CONSTRAINT `order_line_pkey` PRIMARY KEY (`order_id`, `line`))")
            .dropTable("DROP TABLE IF EXISTS `order_line`")
            .insert(
                    StatementShape.of(
                            "INSERT INTO `order_line` (`order_id`, `line`, `product`, `quantity`) VALUES ",
                            "(?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO `order_line` (`order_id`, `line`, `product`, `quantity`) VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (`order_id`, `line`) DO UPDATE SET `product` = excluded.`product`, `quantity` = excluded.`quantity`"))
            .selectByKey(
                    "SELECT `order_id`, `line`, `product`, `quantity` FROM `order_line` WHERE `order_id` = ? AND `line` = ?")
            .selectAll("SELECT `order_id`, `line`, `product`, `quantity` FROM `order_line`")
            .updateByKey("UPDATE `order_line` SET `product` = ?, `quantity` = ? WHERE `order_id` = ? AND `line` = ?")
            .deleteByKey("DELETE FROM `order_line` WHERE `order_id` = ? AND `line` = ?")
            .count("SELECT COUNT(*) FROM `order_line`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"order_line\" (\"order_id\" TEXT NOT NULL, \"line\" INTEGER NOT NULL, \"product\" TEXT NOT NULL, \"quantity\" INTEGER NOT NULL, CONSTRAINT \"order_line_pkey\" PRIMARY KEY (\"order_id\", \"line\"))")
            .dropTable("DROP TABLE IF EXISTS \"order_line\"")
            .insert(
                    StatementShape.of(
                            "INSERT INTO \"order_line\" (\"order_id\", \"line\", \"product\", \"quantity\") VALUES ",
                            "(?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO \"order_line\" (\"order_id\", \"line\", \"product\", \"quantity\") VALUES ",
                    "(?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"order_id\", \"line\") DO UPDATE SET \"product\" = excluded.\"product\", \"quantity\" = excluded.\"quantity\""))
            .selectByKey(
                    "SELECT \"order_id\", \"line\", \"product\", \"quantity\" FROM \"order_line\" WHERE \"order_id\" = ? AND \"line\" = ?")
            .selectAll("SELECT \"order_id\", \"line\", \"product\", \"quantity\" FROM \"order_line\"")
            .updateByKey(
                    "UPDATE \"order_line\" SET \"product\" = ?, \"quantity\" = ? WHERE \"order_id\" = ? AND \"line\" = ?")
            .deleteByKey("DELETE FROM \"order_line\" WHERE \"order_id\" = ? AND \"line\" = ?")
            .count("SELECT COUNT(*) FROM \"order_line\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `order_line` (`order_id` VARCHAR(255) NOT NULL, `line` INT NOT NULL, `product` LONGTEXT NOT NULL, `quantity` INT NOT NULL, CONSTRAINT `order_line_pkey` PRIMARY KEY (`order_id`, `line`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of(
                    "INSERT INTO `order_line` (`order_id`, `line`, `product`, `quantity`) VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            " ON DUPLICATE KEY UPDATE `product` = VALUES(`product`), `quantity` = VALUES(`quantity`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `order_line` (`order_id` VARCHAR(255) NOT NULL, `line` INT NOT NULL, `product` LONGTEXT NOT NULL, `quantity` INT NOT NULL, CONSTRAINT `order_line_pkey` PRIMARY KEY (`order_id`, `line`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[order_line]', N'U') IS NULL CREATE TABLE [order_line] ([order_id] NVARCHAR(255) NOT NULL, [line] INT NOT NULL, [product] NVARCHAR(MAX) NOT NULL, [quantity] INT NOT NULL, CONSTRAINT [order_line_pkey] PRIMARY KEY ([order_id], [line]))")
            .dropTable("DROP TABLE IF EXISTS [order_line]")
            .insert(
                    StatementShape.of(
                            "INSERT INTO [order_line] ([order_id], [line], [product], [quantity]) VALUES ",
                            "(?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "MERGE INTO [order_line] WITH (HOLDLOCK) AS target USING (VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            ") AS source ([order_id], [line], [product], [quantity]) ON (target.[order_id] = source.[order_id] AND DATALENGTH(target.[order_id]) = DATALENGTH(source.[order_id]) AND target.[line] = source.[line]) WHEN MATCHED THEN UPDATE SET target.[product] = source.[product], target.[quantity] = source.[quantity] WHEN NOT MATCHED THEN INSERT ([order_id], [line], [product], [quantity]) VALUES (source.[order_id], source.[line], source.[product], source.[quantity]);"))
            .selectByKey(
                    "SELECT [order_id], [line], [product], [quantity] FROM [order_line] WHERE [order_id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([order_line].[order_id])) AND [line] = ?")
            .selectAll("SELECT [order_id], [line], [product], [quantity] FROM [order_line]")
            .updateByKey(
                    "UPDATE [order_line] SET [product] = ?, [quantity] = ? WHERE [order_id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([order_line].[order_id])) AND [line] = ?")
            .deleteByKey(
                    "DELETE FROM [order_line] WHERE [order_id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([order_line].[order_id])) AND [line] = ?")
            .count("SELECT COUNT(*) FROM [order_line]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"order_line\" (\"order_id\" VARCHAR2(255 CHAR) NOT NULL, \"line\" NUMBER(10) NOT NULL, \"product\" VARCHAR2(4000 CHAR) NOT NULL, \"quantity\" NUMBER(10) NOT NULL, CONSTRAINT \"order_line_pkey\" PRIMARY KEY (\"order_id\", \"line\"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"order_line\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of(
                    "INSERT ALL ",
                    "INTO \"order_line\" (\"order_id\", \"line\", \"product\", \"quantity\") VALUES (?, ?, ?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"order_line\" target USING (",
                    "SELECT ? AS \"order_id\", ? AS \"line\", ? AS \"product\", ? AS \"quantity\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"order_id\" = source.\"order_id\" AND target.\"line\" = source.\"line\") WHEN MATCHED THEN UPDATE SET target.\"product\" = source.\"product\", target.\"quantity\" = source.\"quantity\" WHEN NOT MATCHED THEN INSERT (\"order_id\", \"line\", \"product\", \"quantity\") VALUES (source.\"order_id\", source.\"line\", source.\"product\", source.\"quantity\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public OrderLineTable() {
        super(FORMAT, OrderLine.class, SPEC);
    }

    @Override
    public List<Column<OrderLine, ?>> columns() {
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
    public OrderLine read(Row row) {
        return new OrderLine(row.getString(1), row.getInt(2), row.getString(3), row.getInt(4));
    }

    @Override
    public void bindRow(Params params, OrderLine row) {
        params.setString(row.orderId());
        params.setInt(row.line());
        params.setString(row.product());
        params.setInt(row.quantity());
    }

    @Override
    public void bindUpdate(Params params, OrderLine row) {
        params.setString(row.product());
        params.setInt(row.quantity());
        params.setString(row.orderId());
        params.setInt(row.line());
    }

    @Override
    public void bindKey(Params params, Key key) {
        params.setString(key.orderId());
        params.setInt(key.line());
    }

    @Override
    public Key key(OrderLine row) {
        return new Key(row.orderId(), row.line());
    }

    @Override
    public BitSet changedColumns(OrderLine before, OrderLine after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.product(), after.product())) {
            changed.set(2);
        }
        if (before.quantity() != after.quantity()) {
            changed.set(3);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, OrderLine row, BitSet columns) {
        if (columns.get(2)) {
            params.setString(row.product());
        }
        if (columns.get(3)) {
            params.setInt(row.quantity());
        }
    }

    /**
     * The primary key of {@link OrderLine}, as {@code findOne} and {@code delete} take it.
     *
     * @param orderId the {@code order_id} column
     * @param line the {@code line} column
     */
    public record Key(String orderId, int line) {}
}
