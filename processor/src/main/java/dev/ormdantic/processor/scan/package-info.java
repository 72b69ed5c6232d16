/**
 * The first stage: reads a {@code @Table} type element, its record components and their annotations into the
 * {@linkplain dev.ormdantic.processor.model.TableModel model} records, and keeps a
 * {@link dev.ormdantic.processor.scan.SourceMap} that turns a model {@link dev.ormdantic.processor.model.Site} back
 * into the element, annotation and value javac should point at. It is the only stage that reads {@code javax.lang.model}; it judges nothing, so a model may be invalid.
 */
@NullMarked
package dev.ormdantic.processor.scan;

import org.jspecify.annotations.NullMarked;
