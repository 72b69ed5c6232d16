package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
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
 * Generated from {@link Scoop}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class ScoopTable extends GeneratedTable<Scoop, Long> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final NumericColumn<Scoop, Long> ID = Columns.numeric(
            "id", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code flavor_id} column.
     */
    public static final StringColumn<Scoop> FLAVOR_ID = Columns.string("flavor_id", ColumnType.string(40), false);

    /**
     * The {@code group_id} column.
     */
    public static final NumericColumn<Scoop, Long> GROUP_ID = Columns.numeric(
            "group_id", ColumnType.of(ColumnType.Kind.LONG), true);

    /**
     * The {@code code} column.
     */
    public static final StringColumn<Scoop> CODE = Columns.string("code", ColumnType.unboundedString(), false);

    /**
     * The {@code label} column.
     */
    public static final StringColumn<Scoop> LABEL = Columns.string("label", ColumnType.unboundedString(), false);

    /**
     * The {@code size} column.
     */
    public static final NumericColumn<Scoop, Integer> SIZE = Columns.numeric(
            "size", ColumnType.of(ColumnType.Kind.INT), false);

    private static final List<Column<Scoop, ?>> COLUMNS = List.of(ID, FLAVOR_ID, GROUP_ID, CODE, LABEL, SIZE);

    private static final TableSpec SPEC = new TableSpec(
            "scoop",
            List.of(
                    Columns.spec(ID),
                    Columns.spec(FLAVOR_ID),
                    Columns.spec(GROUP_ID),
                    Columns.spec(CODE),
                    Columns.spec(LABEL),
                    Columns.spec(SIZE)),
            List.of("id"),
            List.of(
                    new IndexSpec("scoop_flavor_id_size_idx", List.of("flavor_id", "size"), false),
                    new IndexSpec("scoop_code_unique_idx", List.of("code"), true, "size > 0")),
            "shop",
            List.of(
                    new UniqueSpec("scoop_unique_0", List.of("code", "size")),
                    new UniqueSpec("scoop_label", List.of("label"))),
            List.of(
                    new ForeignKeySpec(
                            "scoop_flavor_id_foreign_key",
                            List.of("flavor_id"),
                            "",
                            "flavor",
                            List.of("id"),
                            ForeignKeySpec.Action.CASCADE,
                            ForeignKeySpec.Action.NO_ACTION),
                    new ForeignKeySpec(
                            "scoop_group_id_foreign_key",
                            List.of("group_id"),
                            "",
                            "membership",
                            List.of("group_id"),
                            ForeignKeySpec.Action.SET_NULL,
                            ForeignKeySpec.Action.NO_ACTION)),
            null);

    /**
     * The {@code scoop} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final ScoopTable TABLE = new ScoopTable();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE SCHEMA IF NOT EXISTS \"shop\"",
                    "CREATE TABLE IF NOT EXISTS \"shop\".\"scoop\" (\"id\" BIGINT NOT NULL, \"flavor_id\" VARCHAR(40) NOT NULL, \"group_id\" BIGINT NULL, \"code\" TEXT NOT NULL, \"label\" TEXT NOT NULL, \"size\" INTEGER NOT NULL, CONSTRAINT \"scoop_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"scoop_unique_0\" UNIQUE (\"code\", \"size\"), CONSTRAINT \"scoop_label\" UNIQUE (\"label\"), CONSTRAINT \"scoop_flavor_id_foreign_key\" FOREIGN KEY (\"flavor_id\") REFERENCES \"flavor\" (\"id\") ON DELETE CASCADE, CONSTRAINT \"scoop_group_id_foreign_key\" FOREIGN KEY (\"group_id\") REFERENCES \"membership\" (\"group_id\") ON DELETE SET NULL)",
                    "CREATE INDEX IF NOT EXISTS \"scoop_flavor_id_size_idx\" ON \"shop\".\"scoop\" (\"flavor_id\", \"size\")",
                    "CREATE UNIQUE INDEX IF NOT EXISTS \"scoop_code_unique_idx\" ON \"shop\".\"scoop\" (\"code\") WHERE size > 0")
            .dropTable("DROP TABLE IF EXISTS \"shop\".\"scoop\"")
            .insert(
                    StatementShape.of(
                            "INSERT INTO \"shop\".\"scoop\" (\"id\", \"flavor_id\", \"group_id\", \"code\", \"label\", \"size\") VALUES ",
                            "(?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO \"shop\".\"scoop\" (\"id\", \"flavor_id\", \"group_id\", \"code\", \"label\", \"size\") VALUES ",
                    "(?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"id\") DO UPDATE SET \"flavor_id\" = excluded.\"flavor_id\", \"group_id\" = excluded.\"group_id\", \"code\" = excluded.\"code\", \"label\" = excluded.\"label\", \"size\" = excluded.\"size\""))
            .selectByKey(
                    "SELECT \"id\", \"flavor_id\", \"group_id\", \"code\", \"label\", \"size\" FROM \"shop\".\"scoop\" WHERE \"id\" = ?")
            .selectAll(
                    "SELECT \"id\", \"flavor_id\", \"group_id\", \"code\", \"label\", \"size\" FROM \"shop\".\"scoop\"")
            .updateByKey(
                    "UPDATE \"shop\".\"scoop\" SET \"flavor_id\" = ?, \"group_id\" = ?, \"code\" = ?, \"label\" = ?, \"size\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"shop\".\"scoop\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"shop\".\"scoop\"")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF SCHEMA_ID(N'shop') IS NULL EXEC(N'CREATE SCHEMA [shop]')",
                    "IF OBJECT_ID(N'[shop].[scoop]', N'U') IS NULL CREATE TABLE [shop].[scoop] ([id] BIGINT NOT NULL, [flavor_id] NVARCHAR(40) NOT NULL, [group_id] BIGINT NULL, [code] NVARCHAR(255) NOT NULL, [label] NVARCHAR(255) NOT NULL, [size] INT NOT NULL, CONSTRAINT [scoop_pkey] PRIMARY KEY ([id]), CONSTRAINT [scoop_unique_0] UNIQUE ([code], [size]), CONSTRAINT [scoop_label] UNIQUE ([label]), CONSTRAINT [scoop_flavor_id_foreign_key] FOREIGN KEY ([flavor_id]) REFERENCES [flavor] ([id]) ON DELETE CASCADE, CONSTRAINT [scoop_group_id_foreign_key] FOREIGN KEY ([group_id]) REFERENCES [membership] ([group_id]) ON DELETE SET NULL)",
                    "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'scoop_flavor_id_size_idx' AND object_id = OBJECT_ID(N'[shop].[scoop]')) CREATE INDEX [scoop_flavor_id_size_idx] ON [shop].[scoop] ([flavor_id], [size])",
                    "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'scoop_code_unique_idx' AND object_id = OBJECT_ID(N'[shop].[scoop]')) CREATE UNIQUE INDEX [scoop_code_unique_idx] ON [shop].[scoop] ([code]) WHERE size > 0")
            .dropTable("DROP TABLE IF EXISTS [shop].[scoop]")
            .insert(
                    StatementShape.of(
                            "INSERT INTO [shop].[scoop] ([id], [flavor_id], [group_id], [code], [label], [size]) VALUES ",
                            "(?, ?, ?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "MERGE INTO [shop].[scoop] WITH (HOLDLOCK) AS target USING (VALUES ", "(?, ?, ?, ?, ?, ?)")
                    .followedBy(
                            ") AS source ([id], [flavor_id], [group_id], [code], [label], [size]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[flavor_id] = source.[flavor_id], target.[group_id] = source.[group_id], target.[code] = source.[code], target.[label] = source.[label], target.[size] = source.[size] WHEN NOT MATCHED THEN INSERT ([id], [flavor_id], [group_id], [code], [label], [size]) VALUES (source.[id], source.[flavor_id], source.[group_id], source.[code], source.[label], source.[size]);"))
            .selectByKey(
                    "SELECT [id], [flavor_id], [group_id], [code], [label], [size] FROM [shop].[scoop] WHERE [id] = ?")
            .selectAll("SELECT [id], [flavor_id], [group_id], [code], [label], [size] FROM [shop].[scoop]")
            .updateByKey(
                    "UPDATE [shop].[scoop] SET [flavor_id] = ?, [group_id] = ?, [code] = ?, [label] = ?, [size] = ? WHERE [id] = ?")
            .deleteByKey("DELETE FROM [shop].[scoop] WHERE [id] = ?")
            .count("SELECT COUNT(*) FROM [shop].[scoop]")
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public ScoopTable() {
        super(FORMAT, Scoop.class, SPEC);
    }

    @Override
    public List<Column<Scoop, ?>> columns() {
        return COLUMNS;
    }

    @Override
    public TableStatements statements(DialectId dialect) {
        return switch (dialect) {
            case SQLITE -> throw unsupported(dialect, "SQLite does not support schemas (@Table(schema = \"shop\")). An SQLite file is one schema; remove the schema, or keep this record off SQLite.");
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL -> throw unsupported(dialect, "MySQL does not support partial indexes (index scoop_code_unique_idx WHERE size > 0). Remove @Index(where), or keep this record off MySQL.");
            case MARIADB -> throw unsupported(dialect, "MariaDB does not support partial indexes (index scoop_code_unique_idx WHERE size > 0). Remove @Index(where), or keep this record off MariaDB.");
            case MSSQL -> MSSQL;
            case ORACLE -> throw unsupported(dialect, "Oracle does not support partial indexes (index scoop_code_unique_idx WHERE size > 0). Remove @Index(where), or keep this record off Oracle.");
        };
    }

    @Override
    public Scoop read(Row row) {
        return new Scoop(
                row.getLong(1),
                row.getString(2),
                row.getNullableLong(3),
                row.getString(4),
                row.getString(5),
                row.getInt(6));
    }

    @Override
    public void bindRow(Params params, Scoop row) {
        params.setLong(row.id());
        params.setString(row.flavorId());
        params.setNullableLong(row.groupId());
        params.setString(row.code());
        params.setString(row.label());
        params.setInt(row.size());
    }

    @Override
    public void bindUpdate(Params params, Scoop row) {
        params.setString(row.flavorId());
        params.setNullableLong(row.groupId());
        params.setString(row.code());
        params.setString(row.label());
        params.setInt(row.size());
        params.setLong(row.id());
    }

    @Override
    public void bindKey(Params params, Long key) {
        params.setLong(key);
    }

    @Override
    public Long key(Scoop row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(Scoop before, Scoop after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.flavorId(), after.flavorId())) {
            changed.set(1);
        }
        if (!Objects.equals(before.groupId(), after.groupId())) {
            changed.set(2);
        }
        if (!Objects.equals(before.code(), after.code())) {
            changed.set(3);
        }
        if (!Objects.equals(before.label(), after.label())) {
            changed.set(4);
        }
        if (before.size() != after.size()) {
            changed.set(5);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Scoop row, BitSet columns) {
        if (columns.get(1)) {
            params.setString(row.flavorId());
        }
        if (columns.get(2)) {
            params.setNullableLong(row.groupId());
        }
        if (columns.get(3)) {
            params.setString(row.code());
        }
        if (columns.get(4)) {
            params.setString(row.label());
        }
        if (columns.get(5)) {
            params.setInt(row.size());
        }
    }
}
