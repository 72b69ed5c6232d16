/** What laying out the schema studio's ER diagram costs: {@link dev.ormdantic.benchmarks.studio.LayoutCostMain}. */
@NullMarked
package dev.ormdantic.benchmarks.studio;

import org.jspecify.annotations.NullMarked;
