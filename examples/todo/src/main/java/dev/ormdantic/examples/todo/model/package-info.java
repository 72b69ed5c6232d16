/**
 * The todo service's tables: users own projects (N-1), projects hold tasks (1-N), tasks carry tags through
 * {@link dev.ormdantic.examples.todo.model.TaskTag} (N-N). The annotation processor writes a {@code <Record>Table}
 * class for each.
 */
@NullMarked
package dev.ormdantic.examples.todo.model;

import org.jspecify.annotations.NullMarked;
