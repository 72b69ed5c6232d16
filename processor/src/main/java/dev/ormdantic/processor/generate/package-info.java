/**
 * The last stage: writes the {@code <Record>Table} class of a valid model with palantir JavaPoet (column constants,
 * schema, the SQL of every fixed statement for all six dialects rendered now by the dialects module, row mapper,
 * binders and validation), and the table index listing every generated class. Output depends only on the model, in
 * declaration or sorted order, so it is the same on every build.
 */
@NullMarked
package dev.ormdantic.processor.generate;

import org.jspecify.annotations.NullMarked;
