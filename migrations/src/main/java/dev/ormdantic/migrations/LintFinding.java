package dev.ormdantic.migrations;

/**
 * One lint finding: a stable code (modelled on Atlas's analyzers), its category, and what it is about.
 *
 * @param code the stable code ({@code DS103})
 * @param category the kind of risk
 * @param message what was found and why it matters
 * @param table the qualified name of the table, or the schema's name
 * @param object the column, index or constraint name, or the table's name
 * @since 0.1.0
 */
public record LintFinding(String code, Category category, String message, String table, String object) {

    /** The kinds of risk lint reports. */
    public enum Category {
        /** Drops data: refused unless allowed ({@link MigrationPlan#allowDestructive(String)}). */
        DESTRUCTIVE,
        /** Fails or changes meaning depending on the rows already there. */
        DATA_DEPENDENT,
        /** Breaks code or queries that use the old shape (a rename). */
        BACKWARD_INCOMPATIBLE,
        /** Rewrites the table or holds a long lock on this dialect. */
        TABLE_REWRITE,
        /** SQLite rebuilds the table (copies every row). */
        SQLITE_REBUILD
    }
}
