/**
 * Connecting, not an API: database URLs and their schemes, the choice of driver profile per server kind, the
 * HikariCP and SQLite data sources, the SQLite functions and collations, and the options a database is opened with.
 */
@NullMarked
package dev.ormdantic.internal.connect;

import org.jspecify.annotations.NullMarked;
