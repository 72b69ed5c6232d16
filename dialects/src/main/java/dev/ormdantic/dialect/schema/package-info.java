/**
 * The schema model a dialect renders: tables, columns, their logical types and indexes. Built by the processor from
 * a record and written into the generated table class, so the runtime holds the same model without reflection.
 */
@NullMarked
package dev.ormdantic.dialect.schema;

import org.jspecify.annotations.NullMarked;
