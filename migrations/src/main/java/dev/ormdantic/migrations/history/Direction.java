package dev.ormdantic.migrations.history;

/**
 * Which way a migration runs.
 *
 * @since 0.1.0
 */
public enum Direction {
    /** Applying: the up statements. */
    UP,
    /** Rolling back: the down statements. */
    DOWN
}
