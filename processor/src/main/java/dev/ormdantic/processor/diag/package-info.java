/**
 * Diagnostics: the catalog of every message the processor prints ({@link dev.ormdantic.processor.diag.Message}, each
 * with a stable {@code ORMxxxx} code, what is wrong and how to fix it) and the one class that prints them through
 * javac's {@code Messager}, attached to the most precise element, annotation and value.
 */
@NullMarked
package dev.ormdantic.processor.diag;

import org.jspecify.annotations.NullMarked;
