package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.relation.ToMany;
import dev.ormdantic.relation.ToOne;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Relations;
import dev.ormdantic.support.Row;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link Employee}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class EmployeeTable extends GeneratedTable<Employee, UUID> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final Column<Employee, UUID> ID = Columns.column("id", ColumnType.of(ColumnType.Kind.UUID), false);

    /**
     * The {@code name} column.
     */
    public static final StringColumn<Employee> NAME = Columns.string("name", ColumnType.unboundedString(), false);

    /**
     * The {@code manager} column.
     */
    public static final Column<Employee, UUID> MANAGER_KEY = Columns.column(
            "manager", ColumnType.of(ColumnType.Kind.UUID), true);

    private static final List<Column<Employee, ?>> COLUMNS = List.of(ID, NAME, MANAGER_KEY);

    private static final TableSpec SPEC = new TableSpec(
            "employee",
            List.of(Columns.spec(ID), Columns.spec(NAME), Columns.spec(MANAGER_KEY)),
            List.of("id"),
            List.of(),
            "",
            List.of(),
            List.of(
                    new ForeignKeySpec(
                            "employee_manager_foreign_key",
                            List.of("manager"),
                            "",
                            "employee",
                            List.of("id"),
                            ForeignKeySpec.Action.NO_ACTION,
                            ForeignKeySpec.Action.NO_ACTION)),
            null);

    /**
     * The {@code employee} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final EmployeeTable TABLE = new EmployeeTable();

    /**
     * The {@code manager} relationship: the {@link Employee} row that column {@code manager} references.
     */
    @SuppressWarnings("unchecked")
    public static final ToOne<Employee, Employee> MANAGER = new ToOne<>(
            "manager",
            "EmployeeTable.MANAGER",
            () -> TABLE,
            () -> EmployeeTable.TABLE,
            "manager",
            "id",
            true,
            Employee::manager,
            (row, ref) -> new Employee(row.id(), row.name(), (Ref<Employee, UUID>) ref, row.reports()));

    /**
     * The {@code reports} relationship: the {@link Employee} rows whose {@code manager} references this row.
     */
    public static final ToMany<Employee, Employee> REPORTS = new ToMany<>(
            "reports",
            "EmployeeTable.REPORTS",
            () -> TABLE,
            () -> EmployeeTable.TABLE,
            () -> EmployeeTable.MANAGER,
            Employee::reports,
            (row, many) -> new Employee(row.id(), row.name(), row.manager(), many));

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `employee` (`id` CHAR(36) NOT NULL, `name` TEXT NOT NULL, `manager` CHAR(36) NULL, CONSTRAINT `employee_pkey` PRIMARY KEY (`id`), CONSTRAINT `employee_manager_foreign_key` FOREIGN KEY (`manager`) REFERENCES `employee` (`id`))")
            .dropTable("DROP TABLE IF EXISTS `employee`")
            .insert(StatementShape.of("INSERT INTO `employee` (`id`, `name`, `manager`) VALUES ", "(?, ?, ?)"))
            .upsert(StatementShape.of("INSERT INTO `employee` (`id`, `name`, `manager`) VALUES ", "(?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (`id`) DO UPDATE SET `name` = excluded.`name`, `manager` = excluded.`manager`"))
            .selectByKey("SELECT `id`, `name`, `manager` FROM `employee` WHERE `id` = ?")
            .selectAll("SELECT `id`, `name`, `manager` FROM `employee`")
            .updateByKey("UPDATE `employee` SET `name` = ?, `manager` = ? WHERE `id` = ?")
            .deleteByKey("DELETE FROM `employee` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `employee`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"employee\" (\"id\" UUID NOT NULL, \"name\" TEXT NOT NULL, \"manager\" UUID NULL, CONSTRAINT \"employee_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"employee_manager_foreign_key\" FOREIGN KEY (\"manager\") REFERENCES \"employee\" (\"id\"))")
            .dropTable("DROP TABLE IF EXISTS \"employee\"")
            .insert(StatementShape.of("INSERT INTO \"employee\" (\"id\", \"name\", \"manager\") VALUES ", "(?, ?, ?)"))
            .upsert(StatementShape.of("INSERT INTO \"employee\" (\"id\", \"name\", \"manager\") VALUES ", "(?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\", \"manager\" = excluded.\"manager\""))
            .selectByKey("SELECT \"id\", \"name\", \"manager\" FROM \"employee\" WHERE \"id\" = ?")
            .selectAll("SELECT \"id\", \"name\", \"manager\" FROM \"employee\"")
            .updateByKey("UPDATE \"employee\" SET \"name\" = ?, \"manager\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"employee\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"employee\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `employee` (`id` CHAR(36) NOT NULL, `name` LONGTEXT NOT NULL, `manager` CHAR(36) NULL, CONSTRAINT `employee_pkey` PRIMARY KEY (`id`), CONSTRAINT `employee_manager_foreign_key` FOREIGN KEY (`manager`) REFERENCES `employee` (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of("INSERT INTO `employee` (`id`, `name`, `manager`) VALUES ", "(?, ?, ?)")
                    .followedBy(" ON DUPLICATE KEY UPDATE `name` = VALUES(`name`), `manager` = VALUES(`manager`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `employee` (`id` CHAR(36) NOT NULL, `name` LONGTEXT NOT NULL, `manager` CHAR(36) NULL, CONSTRAINT `employee_pkey` PRIMARY KEY (`id`), CONSTRAINT `employee_manager_foreign_key` FOREIGN KEY (`manager`) REFERENCES `employee` (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[employee]', N'U') IS NULL CREATE TABLE [employee] ([id] UNIQUEIDENTIFIER NOT NULL, [name] NVARCHAR(MAX) NOT NULL, [manager] UNIQUEIDENTIFIER NULL, CONSTRAINT [employee_pkey] PRIMARY KEY ([id]), CONSTRAINT [employee_manager_foreign_key] FOREIGN KEY ([manager]) REFERENCES [employee] ([id]))")
            .dropTable("DROP TABLE IF EXISTS [employee]")
            .insert(StatementShape.of("INSERT INTO [employee] ([id], [name], [manager]) VALUES ", "(?, ?, ?)"))
            .upsert(StatementShape.of("MERGE INTO [employee] WITH (HOLDLOCK) AS target USING (VALUES ", "(?, ?, ?)")
                    .followedBy(
                            ") AS source ([id], [name], [manager]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[name] = source.[name], target.[manager] = source.[manager] WHEN NOT MATCHED THEN INSERT ([id], [name], [manager]) VALUES (source.[id], source.[name], source.[manager]);"))
            .selectByKey("SELECT [id], [name], [manager] FROM [employee] WHERE [id] = ?")
            .selectAll("SELECT [id], [name], [manager] FROM [employee]")
            .updateByKey("UPDATE [employee] SET [name] = ?, [manager] = ? WHERE [id] = ?")
            .deleteByKey("DELETE FROM [employee] WHERE [id] = ?")
            .count("SELECT COUNT(*) FROM [employee]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"employee\" (\"id\" VARCHAR2(36) NOT NULL, \"name\" VARCHAR2(4000 CHAR) NOT NULL, \"manager\" VARCHAR2(36) NULL, CONSTRAINT \"employee_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"employee_manager_foreign_key\" FOREIGN KEY (\"manager\") REFERENCES \"employee\" (\"id\"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"employee\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of(
                    "INSERT ALL ", "INTO \"employee\" (\"id\", \"name\", \"manager\") VALUES (?, ?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"employee\" target USING (",
                    "SELECT ? AS \"id\", ? AS \"name\", ? AS \"manager\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"id\" = source.\"id\") WHEN MATCHED THEN UPDATE SET target.\"name\" = source.\"name\", target.\"manager\" = source.\"manager\" WHEN NOT MATCHED THEN INSERT (\"id\", \"name\", \"manager\") VALUES (source.\"id\", source.\"name\", source.\"manager\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public EmployeeTable() {
        super(FORMAT, Employee.class, SPEC);
    }

    @Override
    public List<Column<Employee, ?>> columns() {
        return COLUMNS;
    }

    @Override
    public List<Relationship<Employee, ?>> relationships() {
        return List.of(MANAGER, REPORTS);
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
    public Employee read(Row row) {
        return new Employee(
                row.getUuid(1), row.getString(2), MANAGER.referenceOrNull(row.getNullableUuid(3)), REPORTS.unloaded());
    }

    @Override
    public void bindRow(Params params, Employee row) {
        params.setUuid(row.id());
        params.setString(row.name());
        params.setUuid(Relations.key(row.manager()));
    }

    @Override
    public void bindUpdate(Params params, Employee row) {
        params.setString(row.name());
        params.setUuid(Relations.key(row.manager()));
        params.setUuid(row.id());
    }

    @Override
    public void bindKey(Params params, UUID key) {
        params.setUuid(key);
    }

    @Override
    public UUID key(Employee row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(Employee before, Employee after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.name(), after.name())) {
            changed.set(1);
        }
        if (!Objects.equals(Relations.key(before.manager()), Relations.key(after.manager()))) {
            changed.set(2);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Employee row, BitSet columns) {
        if (columns.get(1)) {
            params.setString(row.name());
        }
        if (columns.get(2)) {
            params.setUuid(Relations.key(row.manager()));
        }
    }
}
