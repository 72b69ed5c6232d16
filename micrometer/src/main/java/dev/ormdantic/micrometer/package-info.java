/**
 * Micrometer observations of Ormdantic's statements and transactions, and HikariCP pool metrics. See
 * {@code docs/observability.md}.
 */
@NullMarked
package dev.ormdantic.micrometer;

import org.jspecify.annotations.NullMarked;
