package dev.ormdantic.migrations.file;

import java.util.List;

/**
 * A migration's statements for one dialect: the up statements that apply it and the down statements that undo it
 * (empty when it cannot be undone), each in {@linkplain Statements#normalize(String) normal form}.
 *
 * @param up the statements that apply the migration, in order
 * @param down the statements that undo it, in order; empty when there are none
 * @since 0.1.0
 */
public record Script(List<String> up, List<String> down) {

    /**
     * Creates a script, normalizing every statement.
     *
     * @param up the statements that apply the migration; none may be blank
     * @param down the statements that undo it; none may be blank
     */
    public Script {
        up = normalized(up);
        down = normalized(down);
    }

    private static List<String> normalized(List<String> statements) {
        return statements.stream()
                .map(statement -> {
                    String normal = Statements.normalize(statement);
                    if (normal.isEmpty()) {
                        throw new IllegalArgumentException("a migration statement is blank");
                    }
                    if (Statements.holdsSeparator(normal)) {
                        throw new IllegalArgumentException(
                                "a migration statement holds the separator line " + Statements.SEPARATOR);
                    }
                    return normal;
                })
                .toList();
    }

    /**
     * The checksum of these statements ({@link Statements#checksum(List, List)}).
     *
     * @return 64 lower-case hex digits
     */
    public String checksum() {
        return Statements.checksum(up, down);
    }

    /**
     * Whether there are down statements.
     *
     * @return whether the migration can be rolled back
     */
    public boolean reversible() {
        return !down.isEmpty();
    }
}
