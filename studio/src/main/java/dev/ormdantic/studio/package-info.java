/**
 * The schema studio: a local, offline page with the ER diagram of the model snapshot and of the live database with
 * drift marked, the pending migration per dialect with lint, the migration history, and a data browser. Start it
 * with {@link dev.ormdantic.studio.Studio#builder(dev.ormdantic.dialect.snapshot.SchemaSnapshot)}.
 */
@NullMarked
package dev.ormdantic.studio;

import org.jspecify.annotations.NullMarked;
