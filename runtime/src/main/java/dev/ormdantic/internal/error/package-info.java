/**
 * Error translation, not an API: classifying driver exceptions by SQLSTATE and vendor code into coded
 * {@link dev.ormdantic.error.OrmdanticException}s, redacting secrets from messages and causes, and telling a statement
 * that never left from one whose outcome is unknown.
 */
@NullMarked
package dev.ormdantic.internal.error;

import org.jspecify.annotations.NullMarked;
