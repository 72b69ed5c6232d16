package dev.ormdantic.benchmarks;

import dev.ormdantic.benchmarks.model.Item;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The seed's data shapes for one profile, and the values each case must produce. Every contender gets the same rows
 * and the same keys; the expected values are computed from the row formula, never read back from a contender.
 */
public final class Workload {

    /** The category the filtered cases select. */
    public static final String CATEGORY = "cat-3";

    /** The score the range case starts from. */
    public static final int MIN_SCORE = 500;

    /** The score the update case writes. */
    public static final int UPDATED_SCORE = 9999;

    /** The score the upsert case writes. */
    public static final int UPSERTED_SCORE = 8888;

    private final Profile profile;
    private final List<Item> writeRows;
    private final List<String> lookupIds;
    private final List<Item> upsertRows;

    /**
     * The workload of a profile.
     *
     * @param profile the profile
     */
    public Workload(Profile profile) {
        this.profile = profile;
        this.writeRows = items(0, profile.writeRows(), -1);
        int count = Math.min(profile.readRows(), profile.lookups());
        int step = Math.max(profile.readRows() / Math.max(count, 1), 1);
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(id(i * step));
        }
        this.lookupIds = List.copyOf(ids);
        List<Item> upserts = new ArrayList<>(2 * count);
        for (int i = 0; i < count; i++) {
            upserts.add(withScore(item(i * step), UPSERTED_SCORE));
        }
        upserts.addAll(items(profile.readRows(), count, UPSERTED_SCORE));
        this.upsertRows = List.copyOf(upserts);
    }

    /**
     * The profile.
     *
     * @return the profile
     */
    public Profile profile() {
        return profile;
    }

    /**
     * Row {@code i} of the item table: ({@code item-%08d}, {@code cat-(i%10)}, {@code item-i}, {@code i%1000},
     * {@code payload-(i%97)-(i%13)}).
     *
     * @param i the row number
     * @return the row
     */
    public static Item item(int i) {
        return new Item(id(i), "cat-" + (i % 10), "item-" + i, i % 1000, "payload-" + (i % 97) + "-" + (i % 13));
    }

    /**
     * The key of row {@code i}.
     *
     * @param i the row number
     * @return {@code item-%08d}
     */
    public static String id(int i) {
        return String.format(Locale.ROOT, "item-%08d", i);
    }

    private static Item withScore(Item item, int score) {
        return new Item(item.id(), item.category(), item.name(), score, item.payload());
    }

    private static List<Item> items(int from, int count, int score) {
        List<Item> rows = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            Item row = item(i);
            rows.add(score < 0 ? row : withScore(row, score));
        }
        return rows;
    }

    /**
     * The rows the insert cases write.
     *
     * @return the write rows
     */
    public List<Item> writeRows() {
        return writeRows;
    }

    /**
     * The write rows cut into the profile's batches.
     *
     * @return the batches
     */
    public List<List<Item>> writeBatches() {
        List<List<Item>> batches = new ArrayList<>();
        for (int from = 0; from < writeRows.size(); from += profile.batch()) {
            batches.add(writeRows.subList(from, Math.min(from + profile.batch(), writeRows.size())));
        }
        return batches;
    }

    /**
     * The keys the lookup case finds, spread evenly over the read rows.
     *
     * @return the keys
     */
    public List<String> lookupIds() {
        return lookupIds;
    }

    /**
     * The rows the upsert case writes: existing rows first, then as many new ones.
     *
     * @return the rows, all with score {@link #UPSERTED_SCORE}
     */
    public List<Item> upsertRows() {
        return upsertRows;
    }

    /**
     * The rows the session case loads: the first thousand rows by key (fewer in a smaller profile).
     *
     * @return how many rows
     */
    public int sessionRows() {
        return Math.min(profile.readRows(), 1_000);
    }

    /**
     * The key the session case's rows sort before.
     *
     * @return {@code id(sessionRows())}
     */
    public String sessionBound() {
        return id(sessionRows());
    }

    /**
     * Whether the session case changes row {@code i} of its rows: every tenth, from the first.
     *
     * @param i the row's place among the loaded rows
     * @return whether its score is raised by one
     */
    public static boolean sessionChanges(int i) {
        return i % 10 == 0;
    }

    /**
     * How many rows the session case changes.
     *
     * @return the rows with {@link #sessionChanges}
     */
    public long sessionChanged() {
        return (sessionRows() + 9L) / 10;
    }

    /**
     * The read rows of one category.
     *
     * @return how many rows have category {@link #CATEGORY}
     */
    public long categoryRows() {
        int rows = profile.readRows();
        return (long) rows / 10 + (rows % 10 > 3 ? 1 : 0);
    }

    /**
     * The sum of the scores of the rows of one category.
     *
     * @return the sum
     */
    public long categoryScoreSum() {
        long sum = 0;
        for (int i = 3; i < profile.readRows(); i += 10) {
            sum += i % 1000;
        }
        return sum;
    }

    /**
     * The read rows with score at least {@link #MIN_SCORE}.
     *
     * @return the count
     */
    public long rangeRows() {
        int rows = profile.readRows();
        return (long) (rows / 1000) * 500 + Math.max(0, rows % 1000 - MIN_SCORE);
    }

    /**
     * The sum of the scores of every read row, as seeded.
     *
     * @return the sum
     */
    public long scoreSum() {
        int rows = profile.readRows();
        long full = rows / 1000;
        long rest = rows % 1000;
        return full * (999L * 1000 / 2) + rest * (rest - 1) / 2;
    }

    /**
     * The score a row of the transactions case holds after the case: what was seeded plus one.
     *
     * @param id a key of {@link #lookupIds()}
     * @return the score
     */
    public static int transactedScore(String id) {
        return item(Integer.parseInt(id.substring("item-".length()))).score() + 1;
    }

    /**
     * Rows in the paginated case's page, which starts after the first page.
     *
     * @return the page's size
     */
    public int secondPageRows() {
        return Math.max(0, Math.min(profile.pageLimit(), profile.readRows() - profile.pageLimit()));
    }

    /**
     * Rows in the ordered case's page.
     *
     * @return the page's size
     */
    public int orderedPageRows() {
        return Math.min(profile.pageLimit(), profile.readRows());
    }

    /**
     * Rows in the flat hydration case's page.
     *
     * @return the page's size
     */
    public int flatPageRows() {
        return (int) Math.min(profile.pageLimit(), categoryRows());
    }

    /**
     * The relationship shape seeded next to the items.
     *
     * @return the shape
     */
    public RelationShape relations() {
        return RelationShape.of(profile.readRows());
    }
}
