/**
 * The Ormdantic Maven plugin: goals that read the project's compiled schema snapshot and its migration directories
 * ({@code snapshot}, {@code diff}, {@code lint}, {@code check}) and goals that work on a database ({@code migrate},
 * {@code status}, {@code rollback}, {@code repair}, {@code scaffold}). docs/maven-plugin.md describes every goal and
 * its parameters.
 */
@NullMarked
package dev.ormdantic.maven;

import org.jspecify.annotations.NullMarked;
