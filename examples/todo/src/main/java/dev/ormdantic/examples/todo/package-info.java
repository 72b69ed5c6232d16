/**
 * The reference application: a small HTTP JSON todo service on the JDK's HTTP server, with its schema applied by the
 * migrator at start. {@link dev.ormdantic.examples.todo.TodoApp} starts it.
 */
@NullMarked
package dev.ormdantic.examples.todo;

import org.jspecify.annotations.NullMarked;
