/**
 * Schema, not an API: creating tables in dependency order and checking existing tables against their models with one
 * catalog query per schema.
 */
@NullMarked
package dev.ormdantic.internal.schema;

import org.jspecify.annotations.NullMarked;
