/**
 * The runtime's implementation: URL parsing and the choice of driver profile, the HikariCP pool and the executors,
 * JDBC binding and reading through each dialect's value codec, error classification and the table handles. Not an
 * API: nothing outside the runtime should use it, and it changes without notice.
 */
@NullMarked
package dev.ormdantic.internal;

import org.jspecify.annotations.NullMarked;
