package dev.ormdantic.session;

/**
 * What a session's {@code add} and {@code delete} do to the rows a record's loaded relationships hold.
 *
 * <p>{@link #SAVE} (the default of {@link Session#add(Record)}): the new rows of the loaded relationships are added
 * too: a referenced row ({@code Ref} loaded with a row the session does not hold) is inserted before the record, and
 * the rows of a loaded back-reference collection ({@code Many}) are inserted after it, with their reference set to
 * the record's key. {@link #DELETE} (passed to {@link Session#delete(Record, Cascade)}): the rows of the record's
 * loaded back-reference collections are deleted before it. {@link #NONE}: only the record itself.
 *
 * @since 0.1.0
 */
public enum Cascade {
    /** Only the record itself. */
    NONE,
    /** Add the new rows of the loaded relationships with the record. */
    SAVE,
    /** Delete the loaded children with the record. */
    DELETE
}
