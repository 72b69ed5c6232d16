/**
 * The exceptions Ormdantic throws: {@link dev.ormdantic.error.OrmdanticException} and its subclasses, each carrying a
 * stable {@link dev.ormdantic.error.ErrorCode}, the {@link dev.ormdantic.error.ErrorContext} of the failed call, the
 * {@link dev.ormdantic.error.Outcome} of the statement and, for invalid records, the {@link
 * dev.ormdantic.error.Violation}s.
 */
@NullMarked
package dev.ormdantic.error;

import org.jspecify.annotations.NullMarked;
