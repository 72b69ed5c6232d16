/** An application whose tables the runtime must find whether it runs as a named module or from the class path. */
@NullMarked
package dev.ormdantic.jpms;

import org.jspecify.annotations.NullMarked;
