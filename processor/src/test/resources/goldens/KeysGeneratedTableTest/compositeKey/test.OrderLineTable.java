package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import dev.ormdantic.support.Violations;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * Generated from {@link OrderLine}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
public final class OrderLineTable extends GeneratedTable<OrderLine, OrderLineTable.Key> {
    /**
     * The {@code order_id} column.
     */
    public static final StringColumn<OrderLine> ORDER_ID = new StringColumn<>("order_id", ColumnType.string(0), false);

    /**
     * The {@code line} column.
     */
    public static final NumericColumn<OrderLine, Integer> LINE = new NumericColumn<>(
            "line", ColumnType.of(ColumnType.Kind.INT), false);

    /**
     * The {@code product} column.
     */
    public static final StringColumn<OrderLine> PRODUCT = new StringColumn<>("product", ColumnType.string(0), false);

    /**
     * The {@code quantity} column.
     */
    public static final NumericColumn<OrderLine, Integer> QUANTITY = new NumericColumn<>(
            "quantity", ColumnType.of(ColumnType.Kind.INT), false);

    private static final List<Column<OrderLine, ?>> COLUMNS = List.of(ORDER_ID, LINE, PRODUCT, QUANTITY);

    private static final TableSpec SPEC = new TableSpec(
            "order_line",
            List.of(ORDER_ID.spec(), LINE.spec(), PRODUCT.spec(), QUANTITY.spec()),
            List.of("order_id", "line"),
            List.of());

    private static final TableStatements SQLITE = new TableStatements(
            List.of(
                    "CREATE TABLE IF NOT EXISTS `order_line` (`order_id` TEXT NOT NULL, `line` INTEGER NOT NULL, `product` TEXT NOT NULL, `quantity` INTEGER NOT NULL, CONSTRAINT `order_line_pkey` PRIMARY KEY (`order_id`, `line`))"),
            "DROP TABLE IF EXISTS `order_line`",
            new StatementShape(
                    "INSERT INTO `order_line` (`order_id`, `line`, `product`, `quantity`) VALUES ",
                    "(?, ?, ?, ?)",
                    ", ",
                    ""),
            new StatementShape(
                    "INSERT INTO `order_line` (`order_id`, `line`, `product`, `quantity`) VALUES ",
                    "(?, ?, ?, ?)",
                    ", ",
                    " ON CONFLICT (`order_id`, `line`) DO UPDATE SET `product` = excluded.`product`, `quantity` = excluded.`quantity`"),
            "SELECT `order_id`, `line`, `product`, `quantity` FROM `order_line` WHERE `order_id` = ? AND `line` = ?",
            "SELECT `order_id`, `line`, `product`, `quantity` FROM `order_line`",
            "UPDATE `order_line` SET `product` = ?, `quantity` = ? WHERE `order_id` = ? AND `line` = ?",
            "DELETE FROM `order_line` WHERE `order_id` = ? AND `line` = ?",
            "SELECT COUNT(*) FROM `order_line`");

    private static final TableStatements POSTGRESQL = new TableStatements(
            List.of(
                    "CREATE TABLE IF NOT EXISTS \"order_line\" (\"order_id\" TEXT NOT NULL, \"line\" INTEGER NOT NULL, \"product\" TEXT NOT NULL, \"quantity\" INTEGER NOT NULL, CONSTRAINT \"order_line_pkey\" PRIMARY KEY (\"order_id\", \"line\"))"),
            "DROP TABLE IF EXISTS \"order_line\"",
            new StatementShape(
                    "INSERT INTO \"order_line\" (\"order_id\", \"line\", \"product\", \"quantity\") VALUES ",
                    "(?, ?, ?, ?)",
                    ", ",
                    ""),
            new StatementShape(
                    "INSERT INTO \"order_line\" (\"order_id\", \"line\", \"product\", \"quantity\") VALUES ",
                    "(?, ?, ?, ?)",
                    ", ",
                    " ON CONFLICT (\"order_id\", \"line\") DO UPDATE SET \"product\" = excluded.\"product\", \"quantity\" = excluded.\"quantity\""),
            "SELECT \"order_id\", \"line\", \"product\", \"quantity\" FROM \"order_line\" WHERE \"order_id\" = ? AND \"line\" = ?",
            "SELECT \"order_id\", \"line\", \"product\", \"quantity\" FROM \"order_line\"",
            "UPDATE \"order_line\" SET \"product\" = ?, \"quantity\" = ? WHERE \"order_id\" = ? AND \"line\" = ?",
            "DELETE FROM \"order_line\" WHERE \"order_id\" = ? AND \"line\" = ?",
            "SELECT COUNT(*) FROM \"order_line\"");

    private static final TableStatements MYSQL = new TableStatements(
            List.of(
                    "CREATE TABLE IF NOT EXISTS `order_line` (`order_id` VARCHAR(255) NOT NULL, `line` INT NOT NULL, `product` LONGTEXT NOT NULL, `quantity` INT NOT NULL, CONSTRAINT `order_line_pkey` PRIMARY KEY (`order_id`, `line`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */"),
            "DROP TABLE IF EXISTS `order_line`",
            new StatementShape(
                    "INSERT INTO `order_line` (`order_id`, `line`, `product`, `quantity`) VALUES ",
                    "(?, ?, ?, ?)",
                    ", ",
                    ""),
            new StatementShape(
                    "INSERT INTO `order_line` (`order_id`, `line`, `product`, `quantity`) VALUES ",
                    "(?, ?, ?, ?)",
                    ", ",
                    " ON DUPLICATE KEY UPDATE `product` = VALUES(`product`), `quantity` = VALUES(`quantity`)"),
            "SELECT `order_id`, `line`, `product`, `quantity` FROM `order_line` WHERE `order_id` = ? AND `line` = ?",
            "SELECT `order_id`, `line`, `product`, `quantity` FROM `order_line`",
            "UPDATE `order_line` SET `product` = ?, `quantity` = ? WHERE `order_id` = ? AND `line` = ?",
            "DELETE FROM `order_line` WHERE `order_id` = ? AND `line` = ?",
            "SELECT COUNT(*) FROM `order_line`");

    private static final TableStatements MARIADB = new TableStatements(
            List.of(
                    "CREATE TABLE IF NOT EXISTS `order_line` (`order_id` VARCHAR(255) NOT NULL, `line` INT NOT NULL, `product` LONGTEXT NOT NULL, `quantity` INT NOT NULL, CONSTRAINT `order_line_pkey` PRIMARY KEY (`order_id`, `line`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin"),
            "DROP TABLE IF EXISTS `order_line`",
            new StatementShape(
                    "INSERT INTO `order_line` (`order_id`, `line`, `product`, `quantity`) VALUES ",
                    "(?, ?, ?, ?)",
                    ", ",
                    ""),
            new StatementShape(
                    "INSERT INTO `order_line` (`order_id`, `line`, `product`, `quantity`) VALUES ",
                    "(?, ?, ?, ?)",
                    ", ",
                    " ON DUPLICATE KEY UPDATE `product` = VALUES(`product`), `quantity` = VALUES(`quantity`)"),
            "SELECT `order_id`, `line`, `product`, `quantity` FROM `order_line` WHERE `order_id` = ? AND `line` = ?",
            "SELECT `order_id`, `line`, `product`, `quantity` FROM `order_line`",
            "UPDATE `order_line` SET `product` = ?, `quantity` = ? WHERE `order_id` = ? AND `line` = ?",
            "DELETE FROM `order_line` WHERE `order_id` = ? AND `line` = ?",
            "SELECT COUNT(*) FROM `order_line`");

    private static final TableStatements MSSQL = new TableStatements(
            List.of(
                    "IF OBJECT_ID(N'[order_line]', N'U') IS NULL CREATE TABLE [order_line] ([order_id] NVARCHAR(255) NOT NULL, [line] INT NOT NULL, [product] NVARCHAR(MAX) NOT NULL, [quantity] INT NOT NULL, CONSTRAINT [order_line_pkey] PRIMARY KEY ([order_id], [line]))"),
            "DROP TABLE IF EXISTS [order_line]",
            new StatementShape(
                    "INSERT INTO [order_line] ([order_id], [line], [product], [quantity]) VALUES ",
                    "(?, ?, ?, ?)",
                    ", ",
                    ""),
            new StatementShape(
                    "MERGE INTO [order_line] WITH (HOLDLOCK) AS target USING (VALUES ",
                    "(?, ?, ?, ?)",
                    ", ",
                    ") AS source ([order_id], [line], [product], [quantity]) ON (target.[order_id] = source.[order_id] AND DATALENGTH(target.[order_id]) = DATALENGTH(source.[order_id]) AND target.[line] = source.[line]) WHEN MATCHED THEN UPDATE SET target.[product] = source.[product], target.[quantity] = source.[quantity] WHEN NOT MATCHED THEN INSERT ([order_id], [line], [product], [quantity]) VALUES (source.[order_id], source.[line], source.[product], source.[quantity]);"),
            "SELECT [order_id], [line], [product], [quantity] FROM [order_line] WHERE [order_id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([order_line].[order_id])) AND [line] = ?",
            "SELECT [order_id], [line], [product], [quantity] FROM [order_line]",
            "UPDATE [order_line] SET [product] = ?, [quantity] = ? WHERE [order_id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([order_line].[order_id])) AND [line] = ?",
            "DELETE FROM [order_line] WHERE [order_id] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([order_line].[order_id])) AND [line] = ?",
            "SELECT COUNT(*) FROM [order_line]");

    private static final TableStatements ORACLE = new TableStatements(
            List.of(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"order_line\" (\"order_id\" VARCHAR2(255 CHAR) NOT NULL, \"line\" NUMBER(10) NOT NULL, \"product\" VARCHAR2(4000 CHAR) NOT NULL, \"quantity\" NUMBER(10) NOT NULL, CONSTRAINT \"order_line_pkey\" PRIMARY KEY (\"order_id\", \"line\"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;"),
            "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"order_line\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;",
            new StatementShape(
                    "INSERT ALL ",
                    "INTO \"order_line\" (\"order_id\", \"line\", \"product\", \"quantity\") VALUES (?, ?, ?, ?)",
                    " ",
                    " SELECT 1 FROM DUAL"),
            new StatementShape(
                    "MERGE INTO \"order_line\" target USING (",
                    "SELECT ? AS \"order_id\", ? AS \"line\", ? AS \"product\", ? AS \"quantity\" FROM DUAL",
                    " UNION ALL ",
                    ") source ON (target.\"order_id\" = source.\"order_id\" AND target.\"line\" = source.\"line\") WHEN MATCHED THEN UPDATE SET target.\"product\" = source.\"product\", target.\"quantity\" = source.\"quantity\" WHEN NOT MATCHED THEN INSERT (\"order_id\", \"line\", \"product\", \"quantity\") VALUES (source.\"order_id\", source.\"line\", source.\"product\", source.\"quantity\")"),
            "SELECT \"order_id\", \"line\", \"product\", \"quantity\" FROM \"order_line\" WHERE \"order_id\" = ? AND \"line\" = ?",
            "SELECT \"order_id\", \"line\", \"product\", \"quantity\" FROM \"order_line\"",
            "UPDATE \"order_line\" SET \"product\" = ?, \"quantity\" = ? WHERE \"order_id\" = ? AND \"line\" = ?",
            "DELETE FROM \"order_line\" WHERE \"order_id\" = ? AND \"line\" = ?",
            "SELECT COUNT(*) FROM \"order_line\"");

    /**
     * Creates the table descriptor; the runtime finds it through the table index.
     */
    public OrderLineTable() {
        super(OrderLine.class, SPEC);
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
    public void validate(OrderLine row, Violations violations) {
    }

    /**
     * The primary key of {@link OrderLine}, as {@code findOne} and {@code delete} take it.
     *
     * @param orderId the {@code order_id} column
     * @param line the {@code line} column
     */
    public static record Key(String orderId, int line) {
    }
}
