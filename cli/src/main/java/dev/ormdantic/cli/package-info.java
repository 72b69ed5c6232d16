/**
 * The {@code ormdantic} command line: {@link dev.ormdantic.cli.Main} runs it. Verbs and their output are described in
 * docs/cli.md; the classes are not an API.
 */
@NullMarked
package dev.ormdantic.cli;

import org.jspecify.annotations.NullMarked;
