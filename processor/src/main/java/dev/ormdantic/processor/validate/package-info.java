/**
 * The validation stage: checks a {@link dev.ormdantic.processor.model.TableModel} and returns every
 * {@link dev.ormdantic.processor.validate.Problem} it has, each with its catalog message and the model
 * {@link dev.ormdantic.processor.model.Site} it concerns. A table with any error is not generated, so the generators
 * may assume a valid model.
 */
@NullMarked
package dev.ormdantic.processor.validate;

import org.jspecify.annotations.NullMarked;
