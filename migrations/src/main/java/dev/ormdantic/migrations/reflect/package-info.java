/**
 * Reflection of a live database: {@link dev.ormdantic.migrations.reflect.Inspector} reads tables, columns, keys,
 * indexes, uniques, checks, foreign keys, enums, sequences and views (cached until invalidated), compares them with
 * the models ({@link dev.ormdantic.migrations.reflect.DriftReport}, normalized per dialect so that what Ormdantic
 * created shows no drift, and never proposing to drop or reset anything), and writes record sources for existing
 * tables ({@link dev.ormdantic.migrations.reflect.Scaffold}).
 */
@NullMarked
package dev.ormdantic.migrations.reflect;

import org.jspecify.annotations.NullMarked;
