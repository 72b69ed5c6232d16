/** The server-side layout of the studio's ER diagram: a layered (Sugiyama-style) placement of boxes. */
@NullMarked
package dev.ormdantic.studio.layout;

import org.jspecify.annotations.NullMarked;
