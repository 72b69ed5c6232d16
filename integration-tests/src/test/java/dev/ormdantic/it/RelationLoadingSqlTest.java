package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.dialect.sql.ValueList;
import dev.ormdantic.internal.exec.LoadingSql;
import dev.ormdantic.it.model.LabelTable;
import dev.ormdantic.it.model.Purchase;
import dev.ormdantic.it.model.PurchaseLineTable;
import dev.ormdantic.it.model.PurchaseTable;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.relation.Loader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The SQL relationship loading sends, on all six dialects, compared with golden files
 * ({@code src/test/resources/goldens/loading/<case>.<dialect>.sql}; {@code -Dgoldens.update=true} writes them anew):
 * a joined load of a page (a to-one, a filtered and ordered to-many, a many-to-many through its association), and a
 * select-in load with a per-parent limit. And the select-in batches of 5,000 parents stay within SQL Server's 2,100
 * parameters and Oracle's 1,000 items of an {@code IN} list.
 */
class RelationLoadingSqlTest {

    private static final Path GOLDENS = Paths.get("src", "test", "resources", "goldens", "loading");
    private static final Pattern IN_LIST = Pattern.compile("IN \\(([^()]*)\\)");

    @ParameterizedTest
    @EnumSource(DialectId.class)
    void joinedAndPerParentStatementsRenderAsTheirGoldens(DialectId id) {
        Dialect dialect = Dialects.of(id);
        List<Loader<Purchase>> loaders = List.of(
                PurchaseTable.SHOPPER,
                PurchaseTable.LINES
                        .joined()
                        .where(PurchaseLineTable.QUANTITY.gt(1))
                        .orderBy(OrderBy.asc(PurchaseLineTable.ITEM)),
                PurchaseTable.LABELS.joined());
        golden(
                "joined_page",
                dialect,
                LoadingSql.joined(
                        dialect,
                        PurchaseTable.TABLE,
                        PurchaseTable.TITLE.ne("draft"),
                        OrderBy.desc(PurchaseTable.TITLE),
                        10,
                        20,
                        loaders));
        golden(
                "per_parent_limit",
                dialect,
                LoadingSql.firstPerParent(
                        dialect,
                        PurchaseTable.TABLE,
                        PurchaseTable.SHOPPER_KEY.in(List.of(1L, 2L, 3L)),
                        OrderBy.asc(PurchaseTable.TITLE),
                        PurchaseTable.SHOPPER_KEY,
                        3));
        golden(
                "select_in",
                dialect,
                LoadingSql.selectIn(
                        dialect,
                        PurchaseLineTable.TABLE,
                        PurchaseLineTable.PURCHASE_KEY,
                        List.of(1L, 2L, 3L),
                        PurchaseLineTable.QUANTITY.gt(1),
                        OrderBy.asc(PurchaseLineTable.ID)));
        golden(
                "many_to_many_joined",
                dialect,
                LoadingSql.joined(
                        dialect,
                        PurchaseTable.TABLE,
                        dev.ormdantic.query.Filter.all(),
                        OrderBy.none(),
                        0,
                        0,
                        List.of(PurchaseTable.LABELS.joined().orderBy(OrderBy.asc(LabelTable.NAME)))));
    }

    @ParameterizedTest
    @EnumSource(
            value = DialectId.class,
            names = {"MSSQL", "ORACLE"})
    void fiveThousandParentsStayWithinTheParameterAndListLimits(DialectId id) {
        Dialect dialect = Dialects.of(id);
        int batch = LoadingSql.batchSize(dialect);
        List<Long> parents = LongStream.rangeClosed(1, 5_000).boxed().toList();
        List<Integer> statements = new ArrayList<>();
        for (int from = 0; from < parents.size(); from += batch) {
            List<Long> chunk = parents.subList(from, Math.min(parents.size(), from + batch));
            RenderedSql select = LoadingSql.selectIn(
                    dialect,
                    PurchaseLineTable.TABLE,
                    PurchaseLineTable.PURCHASE_KEY,
                    chunk,
                    PurchaseLineTable.QUANTITY.gt(1),
                    OrderBy.asc(PurchaseLineTable.ID));
            assertTrue(
                    select.params().size() <= 2_100, id + ": " + select.params().size() + " parameters");
            Matcher list = IN_LIST.matcher(select.sql());
            while (list.find()) {
                int items = list.group(1).split(",", -1).length;
                assertTrue(items <= 1_000, id + ": an IN list of " + items + " items");
            }
            statements.add(chunk.size());
        }
        assertEquals(List.of(1_000, 1_000, 1_000, 1_000, 1_000), statements);
    }

    @Test
    void postgresqlBindsFiveThousandParentsAsOneArrayInOneStatement() {
        Dialect dialect = Dialects.of(DialectId.POSTGRESQL);
        assertEquals(Integer.MAX_VALUE, LoadingSql.batchSize(dialect));
        List<Long> parents = LongStream.rangeClosed(1, 5_000).boxed().toList();
        RenderedSql select = LoadingSql.selectIn(
                dialect,
                PurchaseLineTable.TABLE,
                PurchaseLineTable.PURCHASE_KEY,
                parents,
                PurchaseLineTable.QUANTITY.gt(1),
                OrderBy.asc(PurchaseLineTable.ID));
        assertTrue(select.sql().contains("\"purchase\" IN (SELECT unnest(CAST(? AS bigint[])))"), select.sql());
        assertEquals(2, select.params().size(), "the array and the loader's filter value");
        assertEquals(
                new ValueList(new ArrayList<>(parents)), select.params().get(0).value());
        // the same text for a batch of three: one statement, one server-side plan, whatever the batch
        RenderedSql three = LoadingSql.selectIn(
                dialect,
                PurchaseLineTable.TABLE,
                PurchaseLineTable.PURCHASE_KEY,
                List.of(7L, 8L, 9L),
                PurchaseLineTable.QUANTITY.gt(1),
                OrderBy.asc(PurchaseLineTable.ID));
        assertEquals(select.sql(), three.sql());
    }

    private static void golden(String testCase, Dialect dialect, RenderedSql rendered) {
        Path file = GOLDENS.resolve(testCase + "." + dialect.name() + ".sql");
        String text = rendered.sql() + "\n";
        try {
            if (Boolean.getBoolean("goldens.update")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, text, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("Missing golden file " + file + "; run with -Dgoldens.update=true to create it, then review it."
                        + " Rendered:\n" + text);
            }
            assertEquals(Files.readString(file, StandardCharsets.UTF_8), text, "golden " + file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read or write " + file, e);
        }
    }
}
