/**
 * The six SQL dialects Ormdantic speaks: a {@link dev.ormdantic.dialect.Dialect} per database, each with a table
 * of {@link dev.ormdantic.dialect.Capabilities}, rendering every fixed statement of a table and every dynamic query.
 * Pure Java: used at compile time by the processor and at run time by the runtime, so it never touches JDBC.
 */
@NullMarked
package dev.ormdantic.dialect;

import org.jspecify.annotations.NullMarked;
