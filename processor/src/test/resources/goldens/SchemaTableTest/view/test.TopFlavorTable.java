package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.ViewSpec;
import dev.ormdantic.query.Column;
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
 * Generated from {@link TopFlavor}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class TopFlavorTable extends GeneratedTable<TopFlavor, String> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final StringColumn<TopFlavor> ID = Columns.string("id", ColumnType.unboundedString(), false);

    /**
     * The {@code name} column.
     */
    public static final StringColumn<TopFlavor> NAME = Columns.string("name", ColumnType.unboundedString(), false);

    private static final List<Column<TopFlavor, ?>> COLUMNS = List.of(ID, NAME);

    private static final TableSpec SPEC = new TableSpec(
            "top_flavor",
            List.of(Columns.spec(ID), Columns.spec(NAME)),
            List.of("id"),
            List.of(),
            "",
            List.of(),
            List.of(),
            new ViewSpec("SELECT id, name FROM flavor WHERE name <> ''", true));

    /**
     * The {@code top_flavor} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final TopFlavorTable TABLE = new TopFlavorTable();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE MATERIALIZED VIEW IF NOT EXISTS \"top_flavor\" AS SELECT id, name FROM flavor WHERE name <> ''")
            .dropTable("DROP MATERIALIZED VIEW IF EXISTS \"top_flavor\"")
            .insert(StatementShape.of("INSERT INTO \"top_flavor\" (\"id\", \"name\") VALUES ", "(?, ?)"))
            .upsert(StatementShape.of("INSERT INTO \"top_flavor\" (\"id\", \"name\") VALUES ", "(?, ?)")
                    .followedBy(" ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\""))
            .selectByKey("SELECT \"id\", \"name\" FROM \"top_flavor\" WHERE \"id\" = ?")
            .selectAll("SELECT \"id\", \"name\" FROM \"top_flavor\"")
            .updateByKey("UPDATE \"top_flavor\" SET \"name\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"top_flavor\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"top_flavor\"")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE MATERIALIZED VIEW \"top_flavor\" AS SELECT id, name FROM flavor WHERE name <> '''''; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP MATERIALIZED VIEW \"top_flavor\"'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -12003 THEN RAISE; END IF; END;")
            .insert(StatementShape.of("INSERT ALL ", "INTO \"top_flavor\" (\"id\", \"name\") VALUES (?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"top_flavor\" target USING (", "SELECT ? AS \"id\", ? AS \"name\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"id\" = source.\"id\") WHEN MATCHED THEN UPDATE SET target.\"name\" = source.\"name\" WHEN NOT MATCHED THEN INSERT (\"id\", \"name\") VALUES (source.\"id\", source.\"name\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public TopFlavorTable() {
        super(FORMAT, TopFlavor.class, SPEC);
    }

    @Override
    public List<Column<TopFlavor, ?>> columns() {
        return COLUMNS;
    }

    @Override
    public TableStatements statements(DialectId dialect) {
        return switch (dialect) {
            case SQLITE -> throw unsupported(dialect, "SQLite does not support materialized views (view top_flavor). Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.");
            case POSTGRESQL -> POSTGRESQL;
            case MYSQL -> throw unsupported(dialect, "MySQL does not support materialized views (view top_flavor). Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.");
            case MARIADB -> throw unsupported(dialect, "MariaDB does not support materialized views (view top_flavor). Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.");
            case MSSQL -> throw unsupported(dialect, "SQL Server does not support materialized views (view top_flavor). Declare @View(materialized = false), or keep this record on PostgreSQL or Oracle.");
            case ORACLE -> ORACLE;
        };
    }

    @Override
    public TopFlavor read(Row row) {
        return new TopFlavor(row.getString(1), row.getString(2));
    }

    @Override
    public void bindRow(Params params, TopFlavor row) {
        params.setString(row.id());
        params.setString(row.name());
    }

    @Override
    public void bindUpdate(Params params, TopFlavor row) {
        params.setString(row.name());
        params.setString(row.id());
    }

    @Override
    public void bindKey(Params params, String key) {
        params.setString(key);
    }

    @Override
    public String key(TopFlavor row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(TopFlavor before, TopFlavor after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.name(), after.name())) {
            changed.set(1);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, TopFlavor row, BitSet columns) {
        if (columns.get(1)) {
            params.setString(row.name());
        }
    }
}
