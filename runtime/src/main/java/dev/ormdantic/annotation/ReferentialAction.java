package dev.ormdantic.annotation;

/**
 * What a foreign key does to referencing rows when the referenced row is deleted or its key changes. Where a database
 * lacks an action (Oracle has no {@code ON UPDATE} and no {@code RESTRICT}; SQL Server no {@code RESTRICT}), the table
 * is refused on it with {@code ORM2007}.
 *
 * @since 0.1.0
 */
public enum ReferentialAction {
    /** Refuse the change while referencing rows exist, checked at the end of the statement (the default). */
    NO_ACTION,
    /** Refuse the change while referencing rows exist, checked at once. */
    RESTRICT,
    /** Delete the referencing rows, or change their key with the referenced one. */
    CASCADE,
    /** Set the referencing columns to {@code NULL}; they must be nullable. */
    SET_NULL,
    /** Set the referencing columns to their server default. */
    SET_DEFAULT
}
