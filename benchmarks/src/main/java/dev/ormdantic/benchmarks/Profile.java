package dev.ormdantic.benchmarks;

import java.util.List;
import java.util.Locale;

/**
 * The size of a run, as in the seed's benchmark: rows read and written, primary-key lookups, timed iterations,
 * warm-up rounds and the insert batch size.
 *
 * @param name the profile name
 * @param readRows rows seeded for the read, update and delete cases
 * @param writeRows rows written by the insert cases
 * @param lookups keys looked up one by one, and rows upserted
 * @param iterations timed rounds
 * @param warmups untimed rounds before them
 * @param batch rows per insert batch
 */
public record Profile(String name, int readRows, int writeRows, int lookups, int iterations, int warmups, int batch) {

    /** 1,000 rows, one round: proves the harness works in a few minutes. */
    public static final Profile SMOKE = new Profile("smoke", 1_000, 1_000, 100, 1, 0, 5_000);

    /** 10,000 rows, seven rounds after two warm-ups. */
    public static final Profile CI = new Profile("ci", 10_000, 10_000, 500, 7, 2, 500);

    /** 20,000 rows, five rounds after one warm-up: the published numbers. */
    public static final Profile DEFAULT = new Profile("default", 20_000, 20_000, 1_000, 5, 1, 5_000);

    /** A million rows, one round. */
    public static final Profile MILLION = new Profile("million", 1_000_000, 1_000_000, 10_000, 1, 0, 5_000);

    /**
     * Every named profile.
     *
     * @return the profiles, smallest first
     */
    public static List<Profile> all() {
        return List.of(SMOKE, CI, DEFAULT, MILLION);
    }

    /**
     * The profile with a name ({@code huge} is an alias of {@code million}, as in the seed).
     *
     * @param name the name
     * @return the profile
     * @throws IllegalArgumentException naming the known profiles when there is none
     */
    public static Profile named(String name) {
        String wanted = name.toLowerCase(Locale.ROOT).equals("huge") ? "million" : name.toLowerCase(Locale.ROOT);
        return all().stream()
                .filter(p -> p.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "unknown profile '" + name + "'; choose one of smoke, ci, default, million"));
    }

    /**
     * Rows returned by the paginated, ordered and flat-hydration cases.
     *
     * @return the page size
     */
    public int pageLimit() {
        return Math.min(lookups, 1_000);
    }
}
