package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.it.model.AccountTable;
import dev.ormdantic.it.model.CoffeeFlavorTable;
import dev.ormdantic.it.model.EveryTypeTable;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.it.model.ScoopTable;
import dev.ormdantic.it.model.SignupTable;
import dev.ormdantic.query.Column;
import dev.ormdantic.support.Columns;
import dev.ormdantic.support.GeneratedTable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the processor wrote for this module's models: schema, names, index, and SQL for all six dialects. */
class GeneratedTableTest {

    @ParameterizedTest
    @EnumSource(DialectId.class)
    void flavorTableHoldsTheStatementsOfEveryDialect(DialectId id) {
        FlavorTable table = FlavorTable.TABLE;
        Dialect dialect = Dialects.of(id);
        TableStatements generated = table.statements(id);
        assertEquals(dialect.statements(table.spec()), generated, "compile-time SQL equals the dialect's rendering");
        String upsert = generated.upsert().render(1);
        switch (id) {
            case SQLITE -> assertTrue(upsert.contains(" ON CONFLICT (`id`) DO UPDATE SET "), upsert);
            case POSTGRESQL -> assertTrue(upsert.contains(" ON CONFLICT (\"id\") DO UPDATE SET "), upsert);
            case MYSQL, MARIADB -> assertTrue(upsert.contains(" ON DUPLICATE KEY UPDATE "), upsert);
            case MSSQL -> assertTrue(upsert.startsWith("MERGE INTO [flavor] WITH (HOLDLOCK) AS target"), upsert);
            case ORACLE -> assertTrue(upsert.startsWith("MERGE INTO \"flavor\" target USING (SELECT"), upsert);
        }
    }

    @Test
    void flavorSchemaFollowsTheRecord() {
        FlavorTable table = FlavorTable.TABLE;
        assertEquals("flavor", table.name());
        assertEquals(
                List.of(
                        new ColumnSpec("id", ColumnType.unboundedString(), false),
                        new ColumnSpec("name", ColumnType.string(80), false)
                                .with(
                                        List.of(
                                                new CheckSpec.Length("flavor_name_min_length_check", "name", true, 2),
                                                new CheckSpec.Length(
                                                        "flavor_name_max_length_check", "name", false, 80)),
                                        null),
                        new ColumnSpec("rating", ColumnType.of(ColumnType.Kind.INT), false)),
                table.spec().columns());
        assertEquals(List.of("id"), table.spec().primaryKey());
        assertEquals(
                List.of(new IndexSpec("flavor_name_idx", List.of("name"), false)),
                table.spec().indexes());
        assertEquals(
                List.of("id", "name", "rating"),
                table.columns().stream().map(Column::name).toList());
        assertEquals(
                "CREATE TABLE IF NOT EXISTS `flavor` (`id` TEXT NOT NULL, `name` VARCHAR(80) NOT NULL, "
                        + "`rating` INTEGER NOT NULL, CONSTRAINT `flavor_pkey` PRIMARY KEY (`id`), "
                        + "CONSTRAINT `flavor_name_min_length_check` CHECK (LENGTH(`name`) >= 1), "
                        + "CONSTRAINT `flavor_name_max_length_check` CHECK (LENGTH(`name`) <= 80))",
                table.statements(DialectId.SQLITE).createTable().get(0));
    }

    @Test
    void namesFollowTheSeedRules() {
        assertEquals("coffee_flavor", CoffeeFlavorTable.TABLE.name());
        EveryTypeTable everyType = EveryTypeTable.TABLE;
        assertEquals("every_type", everyType.name());
        assertEquals("maybe_text", EveryTypeTable.MAYBE_TEXT.name());
        assertEquals("local_at", EveryTypeTable.LOCAL_TIME.name(), "@Column(name) wins");
        assertEquals(
                ColumnType.decimal(12, 2), Columns.spec(EveryTypeTable.PRICE).type(), "@Digits(10, 2)");
        assertEquals(ColumnType.string(10), Columns.spec(EveryTypeTable.ROAST).type(), "longest enum constant");
        assertTrue(Columns.spec(EveryTypeTable.MAYBE_UID).nullable());
        assertEquals(
                List.of(
                        new IndexSpec("every_type_day_idx", List.of("day"), false),
                        new IndexSpec("every_type_uid_unique_idx", List.of("uid"), true)),
                everyType.spec().indexes());
    }

    @Test
    void theIndexListsEveryGeneratedTable() throws IOException {
        URL index = GeneratedTableTest.class
                .getClassLoader()
                .getResource("META-INF/services/" + GeneratedTable.class.getName());
        assertNotNull(index, "the processor writes the table index");
        try (InputStream in = index.openStream()) {
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
            assertEquals(
                    List.of(
                            "dev.ormdantic.it.migrate.MemberTable",
                            AccountTable.class.getName(),
                            "dev.ormdantic.it.model.ArticleTable",
                            "dev.ormdantic.it.model.ArticleTopicTable",
                            "dev.ormdantic.it.model.BookGenreTable",
                            "dev.ormdantic.it.model.BookTable",
                            "dev.ormdantic.it.model.BrewTable",
                            "dev.ormdantic.it.model.ClerkTable",
                            CoffeeFlavorTable.class.getName(),
                            "dev.ormdantic.it.model.ConeTable",
                            "dev.ormdantic.it.model.CortadoTable",
                            "dev.ormdantic.it.model.CredentialTable",
                            "dev.ormdantic.it.model.DipTable",
                            "dev.ormdantic.it.model.EspressoTable",
                            EveryTypeTable.class.getName(),
                            "dev.ormdantic.it.model.FidelityTable",
                            FlavorTable.class.getName(),
                            "dev.ormdantic.it.model.GaugeTable",
                            "dev.ormdantic.it.model.GenreTable",
                            "dev.ormdantic.it.model.InvoiceTable",
                            "dev.ormdantic.it.model.LabelTable",
                            "dev.ormdantic.it.model.LineItemTable",
                            "dev.ormdantic.it.model.MomentTable",
                            "dev.ormdantic.it.model.OrderLineTable",
                            "dev.ormdantic.it.model.PourTable",
                            "dev.ormdantic.it.model.PublisherTable",
                            "dev.ormdantic.it.model.PurchaseLabelTable",
                            "dev.ormdantic.it.model.PurchaseLineTable",
                            "dev.ormdantic.it.model.PurchaseTable",
                            "dev.ormdantic.it.model.ReadingTable",
                            "dev.ormdantic.it.model.ReviewTable",
                            "dev.ormdantic.it.model.RoastNoteTable",
                            "dev.ormdantic.it.model.SalesInvoiceTable",
                            ScoopTable.class.getName(),
                            "dev.ormdantic.it.model.ShopperTable",
                            SignupTable.class.getName(),
                            "dev.ormdantic.it.model.SnackTable",
                            "dev.ormdantic.it.model.SprinkleTable",
                            "dev.ormdantic.it.model.StafferTable",
                            "dev.ormdantic.it.model.TicketTable",
                            "dev.ormdantic.it.model.TopicTable",
                            "dev.ormdantic.it.model.ToppingCountTable",
                            "dev.ormdantic.it.model.ToppingTable",
                            "dev.ormdantic.it.model.ToppingViewTable",
                            "dev.ormdantic.it.model.VoucherTable",
                            "dev.ormdantic.it.model.WaferTable",
                            "dev.ormdantic.it.model.WriterTable",
                            "dev.ormdantic.it.session.AthleteTable",
                            "dev.ormdantic.it.session.ClubTable",
                            "dev.ormdantic.it.session.MemberTable",
                            "dev.ormdantic.it.session.PlayerTable",
                            "dev.ormdantic.it.session.StafferTable",
                            "dev.ormdantic.it.session.TeamTable",
                            "dev.ormdantic.it.session.WalletTable"),
                    lines);
        }
        try (Ormdantic db = Ormdantic.open("sqlite::memory:")) {
            assertEquals(
                    List.of(
                            "account",
                            "article",
                            "article_topic",
                            "athlete",
                            "book",
                            "book_genre",
                            "brew",
                            "clerk",
                            "club",
                            "coffee_flavor",
                            "cone",
                            "cortado",
                            "credential",
                            "dip",
                            "espresso",
                            "every_type",
                            "fidelity",
                            "flavor",
                            "gauge",
                            "genre",
                            "invoice",
                            "label",
                            "line_item",
                            "member",
                            "migrate_member",
                            "moment",
                            "order_line",
                            "player",
                            "pour",
                            "publisher",
                            "purchase",
                            "purchase_label",
                            "purchase_line",
                            "reading",
                            "review",
                            "roast_note",
                            "sales_invoice",
                            "scoop",
                            "session_staffer",
                            "shopper",
                            "signup",
                            "snack",
                            "sprinkle",
                            "staffer",
                            "team",
                            "ticket",
                            "topic",
                            "topping",
                            "topping_count",
                            "topping_view",
                            "voucher",
                            "wafer",
                            "wallet",
                            "writer"),
                    db.tableNames().stream().sorted().toList());
        }
    }
}
