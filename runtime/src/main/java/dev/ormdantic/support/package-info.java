/**
 * What generated table classes call, and nothing else does: the {@link dev.ormdantic.support.GeneratedTable} base
 * class, the {@link dev.ormdantic.support.Row} and {@link dev.ormdantic.support.Params} views of JDBC, and the
 * constraint checks ({@link dev.ormdantic.support.Checks}, {@link dev.ormdantic.support.TextChecks},
 * {@link dev.ormdantic.support.NumberChecks}, {@link dev.ormdantic.support.TimeChecks}). Public so that generated
 * code in any package can reach it; not an API for applications, and it may change between versions together with
 * the processor.
 */
@NullMarked
package dev.ormdantic.support;

import org.jspecify.annotations.NullMarked;
