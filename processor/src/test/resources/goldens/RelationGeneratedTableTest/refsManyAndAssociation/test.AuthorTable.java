package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.relation.ToMany;
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
 * Generated from {@link Author}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class AuthorTable extends GeneratedTable<Author, Long> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final NumericColumn<Author, Long> ID = Columns.numeric(
            "id", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code name} column.
     */
    public static final StringColumn<Author> NAME = Columns.string("name", ColumnType.unboundedString(), false);

    private static final List<Column<Author, ?>> COLUMNS = List.of(ID, NAME);

    private static final TableSpec SPEC = new TableSpec(
            "author", List.of(Columns.spec(ID), Columns.spec(NAME)), List.of("id"), List.of());

    /**
     * The {@code author} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final AuthorTable TABLE = new AuthorTable();

    /**
     * The {@code posts} relationship: the {@link Post} rows whose {@code author} references this row.
     */
    public static final ToMany<Author, Post> POSTS = new ToMany<>(
            "posts",
            "AuthorTable.POSTS",
            () -> TABLE,
            () -> PostTable.TABLE,
            () -> PostTable.AUTHOR,
            Author::posts,
            (row, many) -> new Author(row.id(), row.name(), many, row.reviews()));

    /**
     * The {@code reviews} relationship: the {@link Post} rows whose {@code reviewer} references this row.
     */
    public static final ToMany<Author, Post> REVIEWS = new ToMany<>(
            "reviews",
            "AuthorTable.REVIEWS",
            () -> TABLE,
            () -> PostTable.TABLE,
            () -> PostTable.REVIEWER,
            Author::reviews,
            (row, many) -> new Author(row.id(), row.name(), row.posts(), many));

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `author` (`id` BIGINT NOT NULL, `name` TEXT NOT NULL, CONSTRAINT `author_pkey` PRIMARY KEY (`id`))")
            .dropTable("DROP TABLE IF EXISTS `author`")
            .insert(StatementShape.of("INSERT INTO `author` (`id`, `name`) VALUES ", "(?, ?)"))
            .upsert(StatementShape.of("INSERT INTO `author` (`id`, `name`) VALUES ", "(?, ?)")
                    .followedBy(" ON CONFLICT (`id`) DO UPDATE SET `name` = excluded.`name`"))
            .selectByKey("SELECT `id`, `name` FROM `author` WHERE `id` = ?")
            .selectAll("SELECT `id`, `name` FROM `author`")
            .updateByKey("UPDATE `author` SET `name` = ? WHERE `id` = ?")
            .deleteByKey("DELETE FROM `author` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `author`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"author\" (\"id\" BIGINT NOT NULL, \"name\" TEXT NOT NULL, CONSTRAINT \"author_pkey\" PRIMARY KEY (\"id\"))")
            .dropTable("DROP TABLE IF EXISTS \"author\"")
            .insert(StatementShape.of("INSERT INTO \"author\" (\"id\", \"name\") VALUES ", "(?, ?)"))
            .upsert(StatementShape.of("INSERT INTO \"author\" (\"id\", \"name\") VALUES ", "(?, ?)")
                    .followedBy(" ON CONFLICT (\"id\") DO UPDATE SET \"name\" = excluded.\"name\""))
            .selectByKey("SELECT \"id\", \"name\" FROM \"author\" WHERE \"id\" = ?")
            .selectAll("SELECT \"id\", \"name\" FROM \"author\"")
            .updateByKey("UPDATE \"author\" SET \"name\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"author\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"author\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `author` (`id` BIGINT NOT NULL, `name` LONGTEXT NOT NULL, CONSTRAINT `author_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of("INSERT INTO `author` (`id`, `name`) VALUES ", "(?, ?)")
                    .followedBy(" ON DUPLICATE KEY UPDATE `name` = VALUES(`name`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `author` (`id` BIGINT NOT NULL, `name` LONGTEXT NOT NULL, CONSTRAINT `author_pkey` PRIMARY KEY (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[author]', N'U') IS NULL CREATE TABLE [author] ([id] BIGINT NOT NULL, [name] NVARCHAR(MAX) NOT NULL, CONSTRAINT [author_pkey] PRIMARY KEY ([id]))")
            .dropTable("DROP TABLE IF EXISTS [author]")
            .insert(StatementShape.of("INSERT INTO [author] ([id], [name]) VALUES ", "(?, ?)"))
            .upsert(StatementShape.of("MERGE INTO [author] WITH (HOLDLOCK) AS target USING (VALUES ", "(?, ?)")
                    .followedBy(
                            ") AS source ([id], [name]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[name] = source.[name] WHEN NOT MATCHED THEN INSERT ([id], [name]) VALUES (source.[id], source.[name]);"))
            .selectByKey("SELECT [id], [name] FROM [author] WHERE [id] = ?")
            .selectAll("SELECT [id], [name] FROM [author]")
            .updateByKey("UPDATE [author] SET [name] = ? WHERE [id] = ?")
            .deleteByKey("DELETE FROM [author] WHERE [id] = ?")
            .count("SELECT COUNT(*) FROM [author]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"author\" (\"id\" NUMBER(19) NOT NULL, \"name\" VARCHAR2(4000 CHAR) NOT NULL, CONSTRAINT \"author_pkey\" PRIMARY KEY (\"id\"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"author\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of("INSERT ALL ", "INTO \"author\" (\"id\", \"name\") VALUES (?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"author\" target USING (", "SELECT ? AS \"id\", ? AS \"name\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"id\" = source.\"id\") WHEN MATCHED THEN UPDATE SET target.\"name\" = source.\"name\" WHEN NOT MATCHED THEN INSERT (\"id\", \"name\") VALUES (source.\"id\", source.\"name\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public AuthorTable() {
        super(FORMAT, Author.class, SPEC);
    }

    @Override
    public List<Column<Author, ?>> columns() {
        return COLUMNS;
    }

    @Override
    public List<Relationship<Author, ?>> relationships() {
        return List.of(POSTS, REVIEWS);
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
    public Author read(Row row) {
        return new Author(row.getLong(1), row.getString(2), POSTS.unloaded(), REVIEWS.unloaded());
    }

    @Override
    public void bindRow(Params params, Author row) {
        params.setLong(row.id());
        params.setString(row.name());
    }

    @Override
    public void bindUpdate(Params params, Author row) {
        params.setString(row.name());
        params.setLong(row.id());
    }

    @Override
    public void bindKey(Params params, Long key) {
        params.setLong(key);
    }

    @Override
    public Long key(Author row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(Author before, Author after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.name(), after.name())) {
            changed.set(1);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Author row, BitSet columns) {
        if (columns.get(1)) {
            params.setString(row.name());
        }
    }
}
