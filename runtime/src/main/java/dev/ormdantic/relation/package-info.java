/**
 * Relationships between tables and how they are loaded: {@link dev.ormdantic.relation.Ref} and {@link
 * dev.ormdantic.relation.Many} as record components, the generated relationship constants ({@link
 * dev.ormdantic.relation.ToOne}, {@link dev.ormdantic.relation.ToMany}), and the loaders that say what a query loads
 * with its rows ({@link dev.ormdantic.relation.Load}, {@link dev.ormdantic.relation.Path}). Nothing is ever loaded on
 * access; see docs/relationships.md.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.ormdantic.relation;

import org.jspecify.annotations.NullMarked;
