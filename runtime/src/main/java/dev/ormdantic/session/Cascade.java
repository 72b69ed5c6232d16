package dev.ormdantic.session;

/**
 * What a session's {@code add} and {@code delete} do to the rows a record's loaded relationships hold, for one call.
 *
 * <p>{@link #DECLARED} (the default of {@link Session#add(Record)} and {@link Session#delete(Record)}): as each
 * relationship declares it on {@link dev.ormdantic.annotation.BackReference} ({@code cascadeSave}, on unless declared
 * off; {@code cascadeDelete}, off unless declared on); a referenced row ({@code Ref} loaded with a row the session does
 * not hold) is always inserted before the record. {@link #SAVE}: the new rows of every loaded relationship are added
 * too: a referenced row before the record, the rows of a loaded back-reference collection ({@code Many}) after it,
 * with their reference set to the record's key. {@link #DELETE}: the rows of every loaded back-reference collection are
 * deleted before the record. {@link #NONE}: only the record itself.
 *
 * <p>Orphan removal ({@code @BackReference(orphanRemoval = true)}) and the save cascade of rows appended to a loaded
 * collection of an updated record happen at the flush, as declared.
 *
 * @since 0.1.0
 */
public enum Cascade {
    /** Only the record itself. */
    NONE,
    /** As each relationship declares it (the default). */
    DECLARED,
    /** Add the new rows of every loaded relationship with the record. */
    SAVE,
    /** Delete the loaded rows of every back-reference collection with the record. */
    DELETE
}
