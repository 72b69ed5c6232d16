/**
 * The SQL expression tree of dynamic queries (filters and ordering) and the rendered form of a statement: its text
 * and its parameters in binding order. Values only ever travel as {@link dev.ormdantic.dialect.sql.Expr.Param}s,
 * never inside the SQL text.
 */
@NullMarked
package dev.ormdantic.dialect.sql;

import org.jspecify.annotations.NullMarked;
