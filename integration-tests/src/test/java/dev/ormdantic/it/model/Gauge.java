package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;

/**
 * A row whose columns are named like the special floating-point values ({@code nan}, {@code infinity}), so that a
 * value rendered into SQL text instead of bound would compare with, or copy, another column.
 *
 * @param id the key
 * @param score a double
 * @param nan a double named like {@code NaN}
 * @param infinity a double named like {@code Infinity}
 */
@Table(pk = "id")
public record Gauge(long id, double score, double nan, double infinity) {}
