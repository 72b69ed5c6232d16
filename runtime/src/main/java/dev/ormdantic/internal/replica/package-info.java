/**
 * Read replicas, not an API: the replicas of an open database, which of them serves the next read, their health, and
 * the replication positions that give read-your-writes (the primary's after each write, each replica's as last seen).
 */
@NullMarked
package dev.ormdantic.internal.replica;

import org.jspecify.annotations.NullMarked;
