package dev.ormdantic.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.DynamicSql;
import dev.ormdantic.dialect.sql.RenderedSql;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.fixture.Gadget;
import dev.ormdantic.fixture.GadgetTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A seeded, in-process fuzz of the JSON filter parser and the SQL it renders (reliability plan T10, targets 1 and
 * 2): random documents from a filter-shaped grammar, then random byte mutations of them. Every input either becomes
 * a filter or fails with a {@link FilterException}; every filter renders on all six dialects with one parameter per
 * marker, and no quoted input text reaches the SQL.
 */
@Tag("reliability")
class FiltersFuzzTest {

    private static final GadgetTable TABLE = GadgetTable.TABLE;
    private static final String[] KEYS = {
        "id",
        "label",
        "api_token",
        "active",
        "price",
        "uid",
        "day",
        "local_at",
        "at",
        "data",
        "weight",
        "and",
        "or",
        "not",
        "_connector",
        "_negated",
        "label__",
        "__",
        "nope",
        "label'",
        "id; --",
        "LABEL"
    };
    private static final String[] OPS = {
        "eq",
        "ne",
        "lt",
        "le",
        "lte",
        "gt",
        "ge",
        "gte",
        "in",
        "not_in",
        "between",
        "not_between",
        "like",
        "ilike",
        "not_like",
        "contains",
        "icontains",
        "startswith",
        "endswith",
        "is_null",
        "is_not_null",
        "regex",
        "",
        "__eq"
    };
    private static final String[] TEXTS = {
        "' OR 1=1--",
        "x'; DROP TABLE gadget;--",
        "%",
        "_",
        "!",
        "[a]",
        "\\'",
        "\u0000",
        "\uff07",
        "2024-05-31",
        "2024-05-31T12:30:00",
        "2024-05-31T12:30:00Z",
        "123e4567-e89b-12d3-a456-426614174000",
        "12.50",
        "-1",
        "NaN",
        "1e400",
        "AAEC",
        "",
        "\n--"
    };

    @Test
    void everyInputIsAFilterOrACodedErrorAndRendersSafely() {
        Random random = new Random(20_260_522L);
        int filters = 0;
        for (int i = 0; i < 6_000; i++) {
            String json = object(random, 0);
            filters += check(json);
            for (int m = 0; m < 2; m++) {
                filters += check(mutate(random, json));
            }
        }
        assertTrue(filters > 500, "only " + filters + " inputs were valid filters; the grammar is too hostile");
    }

    private static int check(String json) {
        Filter<Gadget> filter;
        try {
            filter = Filters.fromJson(TABLE, json);
        } catch (FilterException e) {
            assertTrue(e.getMessage().startsWith("[ORM25"), e.getMessage());
            assertFalse(e.getMessage().contains("\n"), e.getMessage());
            return 0;
        } catch (RuntimeException e) {
            throw new AssertionError("input " + json + " threw " + e, e);
        }
        for (Dialect dialect : Dialects.all()) {
            RenderedSql sql;
            try {
                sql = DynamicSql.select(dialect, TABLE.spec(), filter.expr(), List.of(), null, null);
            } catch (RuntimeException e) {
                throw new AssertionError("filter of " + json + " does not render on " + dialect + ": " + e, e);
            }
            long markers = sql.sql().chars().filter(c -> c == '?').count();
            assertEquals(markers, sql.params().size(), sql.sql());
            String withoutEscapeClause = sql.sql().replace("ESCAPE '!'", "");
            if (withoutEscapeClause.indexOf('\'') >= 0 || withoutEscapeClause.contains("--")) {
                fail("input text reached the SQL of " + json + ": " + sql.sql());
            }
        }
        return 1;
    }

    private static String object(Random random, int depth) {
        StringBuilder json = new StringBuilder("{");
        int keys = random.nextInt(depth > 3 ? 2 : 4);
        for (int k = 0; k < keys; k++) {
            if (k > 0) {
                json.append(", ");
            }
            String key = KEYS[random.nextInt(KEYS.length)];
            if (random.nextInt(3) == 0) {
                key = key + "__" + OPS[random.nextInt(OPS.length)];
            }
            json.append(string(key)).append(": ");
            switch (key) {
                case "and", "or" -> {
                    json.append('[');
                    int parts = random.nextInt(3);
                    for (int p = 0; p < parts; p++) {
                        json.append(p > 0 ? ", " : "").append(object(random, depth + 1));
                    }
                    json.append(']');
                }
                case "not" -> json.append(object(random, depth + 1));
                default -> json.append(random.nextInt(4) == 0 ? operators(random) : value(random, 0));
            }
        }
        return json.append('}').toString();
    }

    private static String operators(Random random) {
        StringBuilder json = new StringBuilder("{");
        int ops = 1 + random.nextInt(2);
        for (int o = 0; o < ops; o++) {
            json.append(o > 0 ? ", " : "")
                    .append(string(OPS[random.nextInt(OPS.length)]))
                    .append(": ");
            json.append(value(random, 0));
        }
        return json.append('}').toString();
    }

    private static String value(Random random, int depth) {
        return switch (random.nextInt(depth > 0 ? 7 : 8)) {
            case 0 -> String.valueOf(random.nextInt(200) - 100);
            case 1 -> String.valueOf(random.nextLong());
            case 2 -> String.valueOf(random.nextDouble() * 1000);
            case 3 -> random.nextBoolean() ? "true" : "false";
            case 4 -> "null";
            case 5, 6 -> string(TEXTS[random.nextInt(TEXTS.length)]);
            default -> {
                List<String> items = new ArrayList<>();
                int n = random.nextInt(4);
                for (int i = 0; i < n; i++) {
                    items.add(value(random, depth + 1));
                }
                yield "[" + String.join(", ", items) + "]";
            }
        };
    }

    private static String string(String text) {
        StringBuilder json = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                json.append('\\').append(c);
            } else if (c < 0x20) {
                json.append(String.format("\\u%04x", (int) c));
            } else {
                json.append(c);
            }
        }
        return json.append('"').toString();
    }

    private static String mutate(Random random, String json) {
        StringBuilder mutated = new StringBuilder(json);
        int edits = 1 + random.nextInt(3);
        String alphabet = "{}[]\":,\\'0123456789-.eE aZ_%!\u0000\u00ff";
        for (int e = 0; e < edits && mutated.length() > 0; e++) {
            int at = random.nextInt(mutated.length());
            switch (random.nextInt(3)) {
                case 0 -> mutated.deleteCharAt(at);
                case 1 -> mutated.insert(at, alphabet.charAt(random.nextInt(alphabet.length())));
                default -> mutated.setCharAt(at, alphabet.charAt(random.nextInt(alphabet.length())));
            }
        }
        return mutated.toString();
    }
}
