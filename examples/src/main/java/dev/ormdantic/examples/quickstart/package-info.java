/**
 * The README's quickstart: a validated record becomes a table on embedded SQLite, and a typed query finds it.
 */
@NullMarked
package dev.ormdantic.examples.quickstart;

import org.jspecify.annotations.NullMarked;
