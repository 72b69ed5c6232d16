/**
 * The processor's model of a table: immutable records holding what the scan stage read from a {@code @Table} record
 * (names, component types, nullability, constraints, indexes), free of {@code javax.lang.model} types so that the
 * validator and the generators can be tested on plain values. It also holds the naming rules
 * ({@link dev.ormdantic.processor.model.GeneratedNames}) shared by every stage.
 */
@NullMarked
package dev.ormdantic.processor.model;

import org.jspecify.annotations.NullMarked;
