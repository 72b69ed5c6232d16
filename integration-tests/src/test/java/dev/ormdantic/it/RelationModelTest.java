package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.BlockingTableHandle;
import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.RelationException;
import dev.ormdantic.it.model.Article;
import dev.ormdantic.it.model.ArticleTable;
import dev.ormdantic.it.model.ArticleTopic;
import dev.ormdantic.it.model.ArticleTopicTable;
import dev.ormdantic.it.model.Staffer;
import dev.ormdantic.it.model.StafferTable;
import dev.ormdantic.it.model.Topic;
import dev.ormdantic.it.model.TopicTable;
import dev.ormdantic.it.model.Writer;
import dev.ormdantic.it.model.WriterTable;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.Filters;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import dev.ormdantic.relation.Relationship;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Records with {@code Ref} and {@code Many} components on every live backend: the foreign-key columns, writes and reads
 * through the key, unloaded references and collections, a nullable reference, an association table keyed by two
 * references, a self-reference and the generated relationship constants.
 */
class RelationModelTest {

    private static final Writer ADA = new Writer(1, "Ada", Many.unloaded(), Many.unloaded());
    private static final Writer BOB = new Writer(2, "Bob", Many.unloaded(), Many.unloaded());

    private static Article article(long id, long writer, @Nullable Long editor, String title) {
        return new Article(id, Ref.to(writer), editor == null ? null : Ref.to(editor), title, Many.unloaded());
    }

    private static BlockingTableHandle<Article, Long> articles(Ormdantic db) {
        db.blockingTable(WriterTable.TABLE).insertMany(List.of(ADA, BOB));
        return db.blockingTable(ArticleTable.TABLE);
    }

    @BackendTest
    void foreignKeyColumnsHaveTheTypeOfTheKeyTheyReference(TestDatabase database) throws SQLException {
        Ormdantic db = database.db();
        articles(db).insert(article(10, 1, 2L, "Hello"));
        db.blockingTable(TopicTable.TABLE).insert(new Topic("java", "Java"));
        db.blockingTable(ArticleTopicTable.TABLE).insert(new ArticleTopic(Ref.to(10L), Ref.to("java")));

        assertEquals(
                ColumnType.string(20),
                ArticleTopicTable.TABLE.spec().column("topic").type());
        assertEquals(
                ColumnType.of(ColumnType.Kind.LONG),
                ArticleTable.TABLE.spec().column("writer").type());
        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT article, topic FROM article_topic")) {
            assertTrue(rs.next());
            assertEquals(10L, rs.getLong(1));
            assertEquals("java", rs.getString(2));
            if (database.backend() != Backend.SQLITE) {
                assertEquals(Types.BIGINT, rs.getMetaData().getColumnType(1), "article is BIGINT like article.id");
                assertEquals(20, rs.getMetaData().getPrecision(2), "topic is VARCHAR(20) like topic.code");
            }
        }
    }

    @BackendTest
    void recordsWithReferencesRoundTripThroughTheirKeys(Ormdantic db) {
        BlockingTableHandle<Article, Long> articles = articles(db);
        Article hello = article(10, 1, null, "Hello");

        assertEquals(hello, articles.insert(hello));
        Article read = articles.findOne(10L).orElseThrow();

        assertEquals(hello, read);
        assertEquals(1L, read.writer().key());
        assertFalse(read.writer().isLoaded());
        assertNull(read.editor(), "a NULL editor reads back as no reference");
        assertFalse(read.topics().isLoaded());

        assertTrue(articles.update(article(10, 1, 2L, "Hello again")));
        assertEquals(Ref.to(2L), articles.findOne(10L).orElseThrow().editor());
        articles.upsertMany(List.of(article(10, 2, null, "Moved"), article(11, 1, 1L, "New")));
        assertEquals(
                List.of(article(10, 2, null, "Moved"), article(11, 1, 1L, "New")),
                articles.findMany(Filter.all(), OrderBy.asc(ArticleTable.ID)).data());
        assertTrue(articles.delete(11L));
        assertEquals(List.of(article(10, 2, null, "Moved")), articles.findMany().data());
    }

    @BackendTest
    void unloadedRelationshipsThrowNamingTheRelationshipAndItsLoaders(Ormdantic db) {
        BlockingTableHandle<Article, Long> articles = articles(db);
        articles.insert(article(10, 1, 2L, "Hello"));
        Article read = articles.findOne(10L).orElseThrow();

        RelationException writer =
                assertThrows(RelationException.class, () -> read.writer().get());
        RelationException topics =
                assertThrows(RelationException.class, () -> read.topics().get());
        Writer ada = db.blockingTable(WriterTable.TABLE).findOne(1L).orElseThrow();
        RelationException written =
                assertThrows(RelationException.class, () -> ada.articles().get());

        assertEquals(ErrorCode.RELATION_NOT_LOADED, writer.code());
        assertTrue(
                writer.getMessage().contains("relationship article.writer is not loaded (key 1)"), writer.getMessage());
        assertTrue(writer.getMessage().contains("ArticleTable.WRITER.joined()"), writer.getMessage());
        assertEquals(ErrorCode.RELATION_NOT_LOADED, topics.code());
        assertTrue(topics.getMessage().contains("relationship article.topics is not loaded"), topics.getMessage());
        assertTrue(topics.getMessage().contains("ArticleTable.TOPICS.selectIn()"), topics.getMessage());
        assertTrue(written.getMessage().contains("relationship writer.articles"), written.getMessage());
    }

    @BackendTest
    void aNullableReferenceStoresNull(TestDatabase database) throws SQLException {
        Ormdantic db = database.db();
        articles(db).insert(article(10, 1, null, "Hello"));

        try (Connection connection = database.jdbc();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT editor FROM article")) {
            assertTrue(rs.next());
            assertNull(rs.getObject(1));
        }
        assertEquals(
                List.of(article(10, 1, null, "Hello")),
                db.blockingTable(ArticleTable.TABLE)
                        .findMany(ArticleTable.EDITOR_KEY.isNull())
                        .data());
    }

    @BackendTest
    void anAssociationTableIsKeyedByItsTwoReferences(Ormdantic db) {
        articles(db).insertMany(List.of(article(10, 1, null, "Hello"), article(11, 2, null, "Bye")));
        db.blockingTable(TopicTable.TABLE).insertMany(List.of(new Topic("java", "Java"), new Topic("sql", "SQL")));
        BlockingTableHandle<ArticleTopic, ArticleTopicTable.Key> links = db.blockingTable(ArticleTopicTable.TABLE);
        ArticleTopic helloJava = new ArticleTopic(Ref.to(10L), Ref.to("java"));
        ArticleTopic helloSql = new ArticleTopic(Ref.to(10L), Ref.to("sql"));
        ArticleTopic byeSql = new ArticleTopic(Ref.to(11L), Ref.to("sql"));

        links.insertMany(List.of(helloJava, helloSql, byeSql));

        assertEquals(Optional.of(helloSql), links.findOne(new ArticleTopicTable.Key(10L, "sql")));
        assertEquals(Optional.empty(), links.findOne(new ArticleTopicTable.Key(11L, "java")));
        assertEquals(new ArticleTopicTable.Key(11L, "sql"), ArticleTopicTable.TABLE.key(byeSql));
        assertTrue(links.delete(new ArticleTopicTable.Key(10L, "java")));
        assertEquals(
                List.of(helloSql, byeSql),
                links.findMany(ArticleTopicTable.TOPIC_KEY.eq("sql"), OrderBy.asc(ArticleTopicTable.ARTICLE_KEY))
                        .data());
    }

    @BackendTest
    void theKeyColumnConstantFilters(Ormdantic db) {
        BlockingTableHandle<Article, Long> articles = articles(db);
        articles.insertMany(List.of(article(10, 1, 2L, "A"), article(11, 2, null, "B"), article(12, 1, null, "C")));

        assertEquals(
                List.of(10L, 12L),
                articles.findMany(ArticleTable.WRITER_KEY.eq(1L), OrderBy.asc(ArticleTable.ID)).data().stream()
                        .map(Article::id)
                        .toList());
        assertEquals(
                List.of(11L),
                articles.findMany(Filters.of(ArticleTable.TABLE, Map.of("writer", 2))).data().stream()
                        .map(Article::id)
                        .toList());
    }

    @BackendTest
    void aSelfReference(Ormdantic db) {
        BlockingTableHandle<Staffer, UUID> staff = db.blockingTable(StafferTable.TABLE);
        UUID bossId = UUID.fromString("00000000-0000-0000-0000-000000000001");
        UUID reportId = UUID.fromString("00000000-0000-0000-0000-000000000002");
        Staffer boss = new Staffer(bossId, "Boss", null, Many.unloaded());
        Staffer report = new Staffer(reportId, "Report", Ref.to(bossId), Many.unloaded());

        staff.insertMany(List.of(boss, report));

        assertEquals(Optional.of(report), staff.findOne(reportId));
        Ref<Staffer, UUID> manager = staff.findOne(reportId).orElseThrow().manager();
        assertEquals(Ref.to(bossId), manager);
        assertEquals(
                List.of(reportId),
                staff.findMany(StafferTable.MANAGER_KEY.eq(bossId)).data().stream()
                        .map(Staffer::id)
                        .toList());
    }

    @BackendTest
    void relationshipsListTheConstantsInComponentOrder(Ormdantic db) {
        db.blockingTable(WriterTable.TABLE).count();
        assertEquals(
                List.<Relationship<Article, ?>>of(ArticleTable.WRITER, ArticleTable.EDITOR, ArticleTable.TOPICS),
                ArticleTable.TABLE.relationships());
        assertEquals(
                List.<Relationship<Writer, ?>>of(WriterTable.ARTICLES, WriterTable.EDITED),
                WriterTable.TABLE.relationships());
        assertEquals(List.of(), TopicTable.TABLE.relationships());
        assertEquals("ArticleTable.WRITER", ArticleTable.WRITER.constantName());
        assertEquals("article.writer", ArticleTable.WRITER.qualifiedName());
        assertEquals("writer", ArticleTable.WRITER.column());
        assertEquals("id", ArticleTable.WRITER.targetColumn());
        assertTrue(ArticleTable.EDITOR.nullable());
        assertEquals(WriterTable.TABLE, ArticleTable.WRITER.target());
        assertEquals(ArticleTable.WRITER, WriterTable.ARTICLES.back());
        assertEquals(ArticleTable.EDITOR, WriterTable.EDITED.back());
        assertEquals(ArticleTopicTable.ARTICLE, ArticleTable.TOPICS.back());
        assertEquals(ArticleTopicTable.TOPIC, ArticleTable.TOPICS.forward());
        assertEquals(StafferTable.MANAGER, StafferTable.REPORTS.back());
    }
}
