/** Ebean as a contender: its entity (enhanced at build time by the ebean-maven-plugin) and the contender. */
@NullMarked
package dev.ormdantic.benchmarks.contenders.ebean;

import org.jspecify.annotations.NullMarked;
