/**
 * Migrations and reflection: snapshots, diffs, plans, migration files, history and reflection.
 */
@NullMarked
package dev.ormdantic.migrations;

import org.jspecify.annotations.NullMarked;
