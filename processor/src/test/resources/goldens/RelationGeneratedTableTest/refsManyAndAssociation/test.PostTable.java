package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.relation.ToMany;
import dev.ormdantic.relation.ToOne;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.NumberChecks;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Relations;
import dev.ormdantic.support.Row;
import dev.ormdantic.support.Violations;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link Post}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class PostTable extends GeneratedTable<Post, Long> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code id} column.
     */
    public static final NumericColumn<Post, Long> ID = Columns.numeric(
            "id", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code author} column.
     */
    public static final NumericColumn<Post, Long> AUTHOR_KEY = Columns.numeric(
            "author", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code reviewer} column.
     */
    public static final NumericColumn<Post, Long> REVIEWER_KEY = Columns.numeric(
            "reviewer", ColumnType.of(ColumnType.Kind.LONG), true);

    /**
     * The {@code title} column.
     */
    public static final StringColumn<Post> TITLE = Columns.string("title", ColumnType.unboundedString(), false);

    private static final List<Column<Post, ?>> COLUMNS = List.of(ID, AUTHOR_KEY, REVIEWER_KEY, TITLE);

    private static final TableSpec SPEC = new TableSpec(
            "post",
            List.of(
                    Columns.spec(ID),
                    Columns.spec(AUTHOR_KEY).with(
                            List.of(
                                    new CheckSpec.Compare(
                                            "post_author_ge_check", "author", CheckSpec.Comparison.GE, "1")),
                            null),
                    Columns.spec(REVIEWER_KEY),
                    Columns.spec(TITLE)),
            List.of("id"),
            List.of(new IndexSpec("post_author_idx", List.of("author"), false)),
            "",
            List.of(),
            List.of(
                    new ForeignKeySpec(
                            "post_author_foreign_key",
                            List.of("author"),
                            "",
                            "author",
                            List.of("id"),
                            ForeignKeySpec.Action.CASCADE,
                            ForeignKeySpec.Action.NO_ACTION),
                    new ForeignKeySpec(
                            "post_reviewer_foreign_key",
                            List.of("reviewer"),
                            "",
                            "author",
                            List.of("id"),
                            ForeignKeySpec.Action.NO_ACTION,
                            ForeignKeySpec.Action.NO_ACTION)),
            null);

    /**
     * The {@code post} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final PostTable TABLE = new PostTable();

    /**
     * The {@code author} relationship: the {@link Author} row that column {@code author} references.
     */
    @SuppressWarnings("unchecked")
    public static final ToOne<Post, Author> AUTHOR = new ToOne<>(
            "author",
            "PostTable.AUTHOR",
            () -> TABLE,
            () -> AuthorTable.TABLE,
            "author",
            "id",
            false,
            Post::author,
            (row, ref) -> new Post(row.id(), (Ref<Author, Long>) ref, row.reviewer(), row.title(), row.tags()));

    /**
     * The {@code reviewer} relationship: the {@link Author} row that column {@code reviewer} references.
     */
    @SuppressWarnings("unchecked")
    public static final ToOne<Post, Author> REVIEWER = new ToOne<>(
            "reviewer",
            "PostTable.REVIEWER",
            () -> TABLE,
            () -> AuthorTable.TABLE,
            "reviewer",
            "id",
            true,
            Post::reviewer,
            (row, ref) -> new Post(row.id(), row.author(), (Ref<Author, Long>) ref, row.title(), row.tags()));

    /**
     * The {@code tags} relationship: the {@link Tag} rows linked to this row through {@link PostTag}.
     */
    public static final ToMany<Post, Tag> TAGS = new ToMany<>(
            "tags",
            "PostTable.TAGS",
            () -> TABLE,
            () -> TagTable.TABLE,
            () -> PostTagTable.POST,
            () -> PostTagTable.TAG,
            Post::tags,
            (row, many) -> new Post(row.id(), row.author(), row.reviewer(), row.title(), many));

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `post` (`id` BIGINT NOT NULL, `author` BIGINT NOT NULL, `reviewer` BIGINT NULL, `title` TEXT NOT NULL, CONSTRAINT `post_pkey` PRIMARY KEY (`id`), CONSTRAINT `post_author_ge_check` CHECK (`author` >= 1), CONSTRAINT `post_author_foreign_key` FOREIGN KEY (`author`) REFERENCES `author` (`id`) ON DELETE CASCADE, CONSTRAINT `post_reviewer_foreign_key` FOREIGN KEY (`reviewer`) REFERENCES `author` (`id`))",
                    "CREATE INDEX IF NOT EXISTS `post_author_idx` ON `post` (`author`)")
            .dropTable("DROP TABLE IF EXISTS `post`")
            .insert(
                    StatementShape.of(
                            "INSERT INTO `post` (`id`, `author`, `reviewer`, `title`) VALUES ", "(?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO `post` (`id`, `author`, `reviewer`, `title`) VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (`id`) DO UPDATE SET `author` = excluded.`author`, `reviewer` = excluded.`reviewer`, `title` = excluded.`title`"))
            .selectByKey("SELECT `id`, `author`, `reviewer`, `title` FROM `post` WHERE `id` = ?")
            .selectAll("SELECT `id`, `author`, `reviewer`, `title` FROM `post`")
            .updateByKey("UPDATE `post` SET `author` = ?, `reviewer` = ?, `title` = ? WHERE `id` = ?")
            .deleteByKey("DELETE FROM `post` WHERE `id` = ?")
            .count("SELECT COUNT(*) FROM `post`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"post\" (\"id\" BIGINT NOT NULL, \"author\" BIGINT NOT NULL, \"reviewer\" BIGINT NULL, \"title\" TEXT NOT NULL, CONSTRAINT \"post_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"post_author_ge_check\" CHECK (\"author\" >= 1), CONSTRAINT \"post_author_foreign_key\" FOREIGN KEY (\"author\") REFERENCES \"author\" (\"id\") ON DELETE CASCADE, CONSTRAINT \"post_reviewer_foreign_key\" FOREIGN KEY (\"reviewer\") REFERENCES \"author\" (\"id\"))",
                    "CREATE INDEX IF NOT EXISTS \"post_author_idx\" ON \"post\" (\"author\")")
            .dropTable("DROP TABLE IF EXISTS \"post\"")
            .insert(
                    StatementShape.of(
                            "INSERT INTO \"post\" (\"id\", \"author\", \"reviewer\", \"title\") VALUES ",
                            "(?, ?, ?, ?)"))
            .upsert(StatementShape.of(
                    "INSERT INTO \"post\" (\"id\", \"author\", \"reviewer\", \"title\") VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            " ON CONFLICT (\"id\") DO UPDATE SET \"author\" = excluded.\"author\", \"reviewer\" = excluded.\"reviewer\", \"title\" = excluded.\"title\""))
            .selectByKey("SELECT \"id\", \"author\", \"reviewer\", \"title\" FROM \"post\" WHERE \"id\" = ?")
            .selectAll("SELECT \"id\", \"author\", \"reviewer\", \"title\" FROM \"post\"")
            .updateByKey("UPDATE \"post\" SET \"author\" = ?, \"reviewer\" = ?, \"title\" = ? WHERE \"id\" = ?")
            .deleteByKey("DELETE FROM \"post\" WHERE \"id\" = ?")
            .count("SELECT COUNT(*) FROM \"post\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `post` (`id` BIGINT NOT NULL, `author` BIGINT NOT NULL, `reviewer` BIGINT NULL, `title` LONGTEXT NOT NULL, CONSTRAINT `post_pkey` PRIMARY KEY (`id`), CONSTRAINT `post_author_ge_check` CHECK (`author` >= 1), CONSTRAINT `post_author_foreign_key` FOREIGN KEY (`author`) REFERENCES `author` (`id`) ON DELETE CASCADE, CONSTRAINT `post_reviewer_foreign_key` FOREIGN KEY (`reviewer`) REFERENCES `author` (`id`), INDEX `post_author_idx` (`author`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of(
                    "INSERT INTO `post` (`id`, `author`, `reviewer`, `title`) VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            " ON DUPLICATE KEY UPDATE `author` = VALUES(`author`), `reviewer` = VALUES(`reviewer`), `title` = VALUES(`title`)"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `post` (`id` BIGINT NOT NULL, `author` BIGINT NOT NULL, `reviewer` BIGINT NULL, `title` LONGTEXT NOT NULL, CONSTRAINT `post_pkey` PRIMARY KEY (`id`), CONSTRAINT `post_author_ge_check` CHECK (`author` >= 1), CONSTRAINT `post_author_foreign_key` FOREIGN KEY (`author`) REFERENCES `author` (`id`) ON DELETE CASCADE, CONSTRAINT `post_reviewer_foreign_key` FOREIGN KEY (`reviewer`) REFERENCES `author` (`id`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin",
                    "CREATE INDEX IF NOT EXISTS `post_author_idx` ON `post` (`author`)")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[post]', N'U') IS NULL CREATE TABLE [post] ([id] BIGINT NOT NULL, [author] BIGINT NOT NULL, [reviewer] BIGINT NULL, [title] NVARCHAR(MAX) NOT NULL, CONSTRAINT [post_pkey] PRIMARY KEY ([id]), CONSTRAINT [post_author_ge_check] CHECK ([author] >= 1), CONSTRAINT [post_author_foreign_key] FOREIGN KEY ([author]) REFERENCES [author] ([id]) ON DELETE CASCADE, CONSTRAINT [post_reviewer_foreign_key] FOREIGN KEY ([reviewer]) REFERENCES [author] ([id]))",
                    "IF NOT EXISTS (SELECT 1 FROM sys.indexes WHERE name = N'post_author_idx' AND object_id = OBJECT_ID(N'[post]')) CREATE INDEX [post_author_idx] ON [post] ([author])")
            .dropTable("DROP TABLE IF EXISTS [post]")
            .insert(
                    StatementShape.of(
                            "INSERT INTO [post] ([id], [author], [reviewer], [title]) VALUES ", "(?, ?, ?, ?)"))
            .upsert(StatementShape.of("MERGE INTO [post] WITH (HOLDLOCK) AS target USING (VALUES ", "(?, ?, ?, ?)")
                    .followedBy(
                            ") AS source ([id], [author], [reviewer], [title]) ON (target.[id] = source.[id]) WHEN MATCHED THEN UPDATE SET target.[author] = source.[author], target.[reviewer] = source.[reviewer], target.[title] = source.[title] WHEN NOT MATCHED THEN INSERT ([id], [author], [reviewer], [title]) VALUES (source.[id], source.[author], source.[reviewer], source.[title]);"))
            .selectByKey("SELECT [id], [author], [reviewer], [title] FROM [post] WHERE [id] = ?")
            .selectAll("SELECT [id], [author], [reviewer], [title] FROM [post]")
            .updateByKey("UPDATE [post] SET [author] = ?, [reviewer] = ?, [title] = ? WHERE [id] = ?")
            .deleteByKey("DELETE FROM [post] WHERE [id] = ?")
            .count("SELECT COUNT(*) FROM [post]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"post\" (\"id\" NUMBER(19) NOT NULL, \"author\" NUMBER(19) NOT NULL, \"reviewer\" NUMBER(19) NULL, \"title\" VARCHAR2(4000 CHAR) NOT NULL, CONSTRAINT \"post_pkey\" PRIMARY KEY (\"id\"), CONSTRAINT \"post_author_ge_check\" CHECK (\"author\" >= 1), CONSTRAINT \"post_author_foreign_key\" FOREIGN KEY (\"author\") REFERENCES \"author\" (\"id\") ON DELETE CASCADE, CONSTRAINT \"post_reviewer_foreign_key\" FOREIGN KEY (\"reviewer\") REFERENCES \"author\" (\"id\"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;",
                    "BEGIN EXECUTE IMMEDIATE 'CREATE INDEX \"post_author_idx\" ON \"post\" (\"author\")'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"post\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of(
                    "INSERT ALL ", "INTO \"post\" (\"id\", \"author\", \"reviewer\", \"title\") VALUES (?, ?, ?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"post\" target USING (",
                    "SELECT ? AS \"id\", ? AS \"author\", ? AS \"reviewer\", ? AS \"title\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"id\" = source.\"id\") WHEN MATCHED THEN UPDATE SET target.\"author\" = source.\"author\", target.\"reviewer\" = source.\"reviewer\", target.\"title\" = source.\"title\" WHEN NOT MATCHED THEN INSERT (\"id\", \"author\", \"reviewer\", \"title\") VALUES (source.\"id\", source.\"author\", source.\"reviewer\", source.\"title\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public PostTable() {
        super(FORMAT, Post.class, SPEC);
    }

    @Override
    public List<Column<Post, ?>> columns() {
        return COLUMNS;
    }

    @Override
    public List<Relationship<Post, ?>> relationships() {
        return List.of(AUTHOR, REVIEWER, TAGS);
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
    public Post read(Row row) {
        return new Post(
                row.getLong(1),
                AUTHOR.reference(row.getLong(2)),
                REVIEWER.referenceOrNull(row.getNullableLong(3)),
                row.getString(4),
                TAGS.unloaded());
    }

    @Override
    public void bindRow(Params params, Post row) {
        params.setLong(row.id());
        params.setLong(row.author().key());
        params.setNullableLong(Relations.key(row.reviewer()));
        params.setString(row.title());
    }

    @Override
    public void bindUpdate(Params params, Post row) {
        params.setLong(row.author().key());
        params.setNullableLong(Relations.key(row.reviewer()));
        params.setString(row.title());
        params.setLong(row.id());
    }

    @Override
    public void bindKey(Params params, Long key) {
        params.setLong(key);
    }

    @Override
    public Long key(Post row) {
        return row.id();
    }

    @Override
    public BitSet changedColumns(Post before, Post after) {
        BitSet changed = new BitSet();
        if (!Objects.equals(before.author().key(), after.author().key())) {
            changed.set(1);
        }
        if (!Objects.equals(Relations.key(before.reviewer()), Relations.key(after.reviewer()))) {
            changed.set(2);
        }
        if (!Objects.equals(before.title(), after.title())) {
            changed.set(3);
        }
        return changed;
    }

    @Override
    public void bindColumns(Params params, Post row, BitSet columns) {
        if (columns.get(1)) {
            params.setLong(row.author().key());
        }
        if (columns.get(2)) {
            params.setNullableLong(Relations.key(row.reviewer()));
        }
        if (columns.get(3)) {
            params.setString(row.title());
        }
    }

    @Override
    public void validate(Post row, Violations violations) {
        NumberChecks.min(violations, "author", "@Min(1)", row.author().key(), 1);
    }
}
