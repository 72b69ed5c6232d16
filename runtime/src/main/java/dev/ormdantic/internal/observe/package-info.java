/**
 * The one probe around every statement and transaction step: the application's
 * {@link dev.ormdantic.event.OrmdanticListener}s, the SQL log ({@code dev.ormdantic.sql}) and the JDK Flight Recorder
 * events {@code dev.ormdantic.Statement} and {@code dev.ormdantic.Transaction}. A statement is watched only while one
 * of them listens; otherwise it runs untouched.
 */
@NullMarked
package dev.ormdantic.internal.observe;

import org.jspecify.annotations.NullMarked;
