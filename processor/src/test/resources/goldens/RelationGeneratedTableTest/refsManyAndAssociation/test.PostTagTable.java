package test;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.NumericColumn;
import dev.ormdantic.query.StringColumn;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.relation.ToOne;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import java.util.BitSet;
import java.util.List;
import javax.annotation.processing.Generated;
import org.jspecify.annotations.NullMarked;

/**
 * Generated from {@link PostTag}; do not edit.
 */
@Generated("dev.ormdantic.processor.OrmdanticProcessor")
@NullMarked
public final class PostTagTable extends GeneratedTable<PostTag, PostTagTable.Key> {
    /**
     * The generated-code format, which the runtime checks when it opens the table.
     */
    private static final int FORMAT = 4;

    /**
     * The {@code post} column.
     */
    public static final NumericColumn<PostTag, Long> POST_KEY = Columns.numeric(
            "post", ColumnType.of(ColumnType.Kind.LONG), false);

    /**
     * The {@code tag} column.
     */
    public static final StringColumn<PostTag> TAG_KEY = Columns.string("tag", ColumnType.string(20), false);

    private static final List<Column<PostTag, ?>> COLUMNS = List.of(POST_KEY, TAG_KEY);

    private static final TableSpec SPEC = new TableSpec(
            "post_tag",
            List.of(Columns.spec(POST_KEY), Columns.spec(TAG_KEY)),
            List.of("post", "tag"),
            List.of(),
            "",
            List.of(),
            List.of(
                    new ForeignKeySpec(
                            "post_tag_post_foreign_key",
                            List.of("post"),
                            "",
                            "post",
                            List.of("id"),
                            ForeignKeySpec.Action.NO_ACTION,
                            ForeignKeySpec.Action.NO_ACTION),
                    new ForeignKeySpec(
                            "post_tag_tag_foreign_key",
                            List.of("tag"),
                            "",
                            "tag",
                            List.of("code"),
                            ForeignKeySpec.Action.NO_ACTION,
                            ForeignKeySpec.Action.NO_ACTION)),
            null);

    /**
     * The {@code post_tag} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters} take.
     */
    public static final PostTagTable TABLE = new PostTagTable();

    /**
     * The {@code post} relationship: the {@link Post} row that column {@code post} references.
     */
    @SuppressWarnings("unchecked")
    public static final ToOne<PostTag, Post> POST = new ToOne<>(
            "post",
            "PostTagTable.POST",
            () -> TABLE,
            () -> PostTable.TABLE,
            "post",
            "id",
            false,
            PostTag::post,
            (row, ref) -> new PostTag((Ref<Post, Long>) ref, row.tag()));

    /**
     * The {@code tag} relationship: the {@link Tag} row that column {@code tag} references.
     */
    @SuppressWarnings("unchecked")
    public static final ToOne<PostTag, Tag> TAG = new ToOne<>(
            "tag",
            "PostTagTable.TAG",
            () -> TABLE,
            () -> TagTable.TABLE,
            "tag",
            "code",
            false,
            PostTag::tag,
            (row, ref) -> new PostTag(row.post(), (Ref<Tag, String>) ref));

    private static final TableStatements SQLITE = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `post_tag` (`post` BIGINT NOT NULL, `tag` VARCHAR(20) NOT NULL, CONSTRAINT `post_tag_pkey` PRIMARY KEY (`post`, `tag`), CONSTRAINT `post_tag_post_foreign_key` FOREIGN KEY (`post`) REFERENCES `post` (`id`), CONSTRAINT `post_tag_tag_foreign_key` FOREIGN KEY (`tag`) REFERENCES `tag` (`code`))")
            .dropTable("DROP TABLE IF EXISTS `post_tag`")
            .insert(StatementShape.of("INSERT INTO `post_tag` (`post`, `tag`) VALUES ", "(?, ?)"))
            .upsert(StatementShape.of("INSERT INTO `post_tag` (`post`, `tag`) VALUES ", "(?, ?)")
                    .followedBy(" ON CONFLICT (`post`, `tag`) DO NOTHING"))
            .selectByKey("SELECT `post`, `tag` FROM `post_tag` WHERE `post` = ? AND `tag` = ?")
            .selectAll("SELECT `post`, `tag` FROM `post_tag`")
            .updateByKey("UPDATE `post_tag` SET `post` = `post` WHERE `post` = ? AND `tag` = ?")
            .deleteByKey("DELETE FROM `post_tag` WHERE `post` = ? AND `tag` = ?")
            .count("SELECT COUNT(*) FROM `post_tag`")
            .build();

    private static final TableStatements POSTGRESQL = TableStatements.builder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS \"post_tag\" (\"post\" BIGINT NOT NULL, \"tag\" VARCHAR(20) NOT NULL, CONSTRAINT \"post_tag_pkey\" PRIMARY KEY (\"post\", \"tag\"), CONSTRAINT \"post_tag_post_foreign_key\" FOREIGN KEY (\"post\") REFERENCES \"post\" (\"id\"), CONSTRAINT \"post_tag_tag_foreign_key\" FOREIGN KEY (\"tag\") REFERENCES \"tag\" (\"code\"))")
            .dropTable("DROP TABLE IF EXISTS \"post_tag\"")
            .insert(StatementShape.of("INSERT INTO \"post_tag\" (\"post\", \"tag\") VALUES ", "(?, ?)"))
            .upsert(StatementShape.of("INSERT INTO \"post_tag\" (\"post\", \"tag\") VALUES ", "(?, ?)")
                    .followedBy(" ON CONFLICT (\"post\", \"tag\") DO NOTHING"))
            .selectByKey("SELECT \"post\", \"tag\" FROM \"post_tag\" WHERE \"post\" = ? AND \"tag\" = ?")
            .selectAll("SELECT \"post\", \"tag\" FROM \"post_tag\"")
            .updateByKey("UPDATE \"post_tag\" SET \"post\" = \"post\" WHERE \"post\" = ? AND \"tag\" = ?")
            .deleteByKey("DELETE FROM \"post_tag\" WHERE \"post\" = ? AND \"tag\" = ?")
            .count("SELECT COUNT(*) FROM \"post_tag\"")
            .build();

    private static final TableStatements MYSQL = SQLITE.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `post_tag` (`post` BIGINT NOT NULL, `tag` VARCHAR(20) NOT NULL, CONSTRAINT `post_tag_pkey` PRIMARY KEY (`post`, `tag`), CONSTRAINT `post_tag_post_foreign_key` FOREIGN KEY (`post`) REFERENCES `post` (`id`), CONSTRAINT `post_tag_tag_foreign_key` FOREIGN KEY (`tag`) REFERENCES `tag` (`code`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 /*!80000 COLLATE=utf8mb4_0900_bin */ /*M!100202 COLLATE=utf8mb4_nopad_bin */")
            .upsert(StatementShape.of("INSERT INTO `post_tag` (`post`, `tag`) VALUES ", "(?, ?)")
                    .followedBy(" ON DUPLICATE KEY UPDATE `post` = `post`"))
            .build();

    private static final TableStatements MARIADB = MYSQL.toBuilder()
            .createTable(
                    "CREATE TABLE IF NOT EXISTS `post_tag` (`post` BIGINT NOT NULL, `tag` VARCHAR(20) NOT NULL, CONSTRAINT `post_tag_pkey` PRIMARY KEY (`post`, `tag`), CONSTRAINT `post_tag_post_foreign_key` FOREIGN KEY (`post`) REFERENCES `post` (`id`), CONSTRAINT `post_tag_tag_foreign_key` FOREIGN KEY (`tag`) REFERENCES `tag` (`code`)) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_nopad_bin")
            .build();

    private static final TableStatements MSSQL = TableStatements.builder()
            .createTable(
                    "IF OBJECT_ID(N'[post_tag]', N'U') IS NULL CREATE TABLE [post_tag] ([post] BIGINT NOT NULL, [tag] NVARCHAR(20) NOT NULL, CONSTRAINT [post_tag_pkey] PRIMARY KEY ([post], [tag]), CONSTRAINT [post_tag_post_foreign_key] FOREIGN KEY ([post]) REFERENCES [post] ([id]), CONSTRAINT [post_tag_tag_foreign_key] FOREIGN KEY ([tag]) REFERENCES [tag] ([code]))")
            .dropTable("DROP TABLE IF EXISTS [post_tag]")
            .insert(StatementShape.of("INSERT INTO [post_tag] ([post], [tag]) VALUES ", "(?, ?)"))
            .upsert(StatementShape.of("MERGE INTO [post_tag] WITH (HOLDLOCK) AS target USING (VALUES ", "(?, ?)")
                    .followedBy(
                            ") AS source ([post], [tag]) ON (target.[post] = source.[post] AND target.[tag] = source.[tag] AND DATALENGTH(target.[tag]) = DATALENGTH(source.[tag])) WHEN NOT MATCHED THEN INSERT ([post], [tag]) VALUES (source.[post], source.[tag]);"))
            .selectByKey(
                    "SELECT [post], [tag] FROM [post_tag] WHERE [post] = ? AND [tag] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([post_tag].[tag]))")
            .selectAll("SELECT [post], [tag] FROM [post_tag]")
            .updateByKey(
                    "UPDATE [post_tag] SET [post] = [post] WHERE [post] = ? AND [tag] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([post_tag].[tag]))")
            .deleteByKey(
                    "DELETE FROM [post_tag] WHERE [post] = ? AND [tag] IN (SELECT ormdantic_key FROM (VALUES (?)) AS ormdantic_arg (ormdantic_key) WHERE DATALENGTH(ormdantic_key) = DATALENGTH([post_tag].[tag]))")
            .count("SELECT COUNT(*) FROM [post_tag]")
            .build();

    private static final TableStatements ORACLE = POSTGRESQL.toBuilder()
            .createTable(
                    "BEGIN EXECUTE IMMEDIATE 'CREATE TABLE \"post_tag\" (\"post\" NUMBER(19) NOT NULL, \"tag\" VARCHAR2(20 CHAR) NOT NULL, CONSTRAINT \"post_tag_pkey\" PRIMARY KEY (\"post\", \"tag\"), CONSTRAINT \"post_tag_post_foreign_key\" FOREIGN KEY (\"post\") REFERENCES \"post\" (\"id\"), CONSTRAINT \"post_tag_tag_foreign_key\" FOREIGN KEY (\"tag\") REFERENCES \"tag\" (\"code\"))'; EXCEPTION WHEN OTHERS THEN IF SQLCODE NOT IN (-955, -1408) THEN RAISE; END IF; END;")
            .dropTable(
                    "BEGIN EXECUTE IMMEDIATE 'DROP TABLE \"post_tag\" CASCADE CONSTRAINTS PURGE'; EXCEPTION WHEN OTHERS THEN IF SQLCODE <> -942 THEN RAISE; END IF; END;")
            .insert(StatementShape.of("INSERT ALL ", "INTO \"post_tag\" (\"post\", \"tag\") VALUES (?, ?)")
                    .joinedBy(" ")
                    .followedBy(" SELECT 1 FROM DUAL"))
            .upsert(StatementShape.of(
                    "MERGE INTO \"post_tag\" target USING (", "SELECT ? AS \"post\", ? AS \"tag\" FROM DUAL")
                    .joinedBy(" UNION ALL ")
                    .followedBy(
                            ") source ON (target.\"post\" = source.\"post\" AND target.\"tag\" = source.\"tag\") WHEN NOT MATCHED THEN INSERT (\"post\", \"tag\") VALUES (source.\"post\", source.\"tag\")"))
            .build();

    /**
     * For the service loader, which finds tables through the table index; use {@link #TABLE}.
     */
    public PostTagTable() {
        super(FORMAT, PostTag.class, SPEC);
    }

    @Override
    public List<Column<PostTag, ?>> columns() {
        return COLUMNS;
    }

    @Override
    public List<Relationship<PostTag, ?>> relationships() {
        return List.of(POST, TAG);
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
    public PostTag read(Row row) {
        return new PostTag(POST.reference(row.getLong(1)), TAG.reference(row.getString(2)));
    }

    @Override
    public void bindRow(Params params, PostTag row) {
        params.setLong(row.post().key());
        params.setString(row.tag().key());
    }

    @Override
    public void bindUpdate(Params params, PostTag row) {
        params.setLong(row.post().key());
        params.setString(row.tag().key());
    }

    @Override
    public void bindKey(Params params, Key key) {
        params.setLong(key.post());
        params.setString(key.tag());
    }

    @Override
    public Key key(PostTag row) {
        return new Key(row.post().key(), row.tag().key());
    }

    @Override
    public BitSet changedColumns(PostTag before, PostTag after) {
        BitSet changed = new BitSet();
        return changed;
    }

    @Override
    public void bindColumns(Params params, PostTag row, BitSet columns) {}

    /**
     * The primary key of {@link PostTag}, as {@code findOne} and {@code delete} take it.
     *
     * @param post the {@code post} column
     * @param tag the {@code tag} column
     */
    public record Key(Long post, String tag) {}
}
