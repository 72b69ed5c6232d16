/**
 * JDBC values, not an API: binding parameters and reading rows through each dialect's value codec, coercing dynamic
 * filter values, JSON columns, and refusing values a column cannot store before anything is written.
 */
@NullMarked
package dev.ormdantic.internal.jdbc;

import org.jspecify.annotations.NullMarked;
