/**
 * A schema as a live database reports it (tables, columns with their native types mapped back to the logical kinds,
 * keys, indexes, uniques, checks, foreign keys, enums, sequences, views), the per-dialect normalization that turns a
 * model's {@link dev.ormdantic.dialect.schema.TableSpec} into what that dialect reports for the table it creates, and
 * the comparison of the two that both {@code init()} and drift detection use. Pure: the JDBC reading lives in the
 * runtime.
 */
@NullMarked
package dev.ormdantic.dialect.reflect;

import org.jspecify.annotations.NullMarked;
