/**
 * Behaviour tests of the generated tables against real databases: every handle method, every supported type, and
 * bad input that must leave the database unchanged.
 */
@NullMarked
package dev.ormdantic.it;

import org.jspecify.annotations.NullMarked;
