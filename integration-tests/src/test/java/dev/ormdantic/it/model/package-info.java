/**
 * Models compiled by the real annotation processor: their generated table classes must compile clean under
 * {@code -Xlint:all -Werror}, Error Prone and NullAway, with this package {@code @NullMarked}.
 */
@NullMarked
package dev.ormdantic.it.model;

import org.jspecify.annotations.NullMarked;
