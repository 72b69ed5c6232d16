/** The types of this application's JSON columns, exported to Jackson, which reads and writes them by reflection. */
@NullMarked
package dev.ormdantic.jpms.json;

import org.jspecify.annotations.NullMarked;
