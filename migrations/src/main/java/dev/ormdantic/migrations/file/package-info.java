/**
 * Migration files a reviewer can read in a pull request: per migration a JSON manifest and one plain SQL file per
 * dialect and direction, statement checksums over normalized text, the directory's {@code ormdantic.sum} that catches
 * edited, missing, unlisted and reordered files, writing the next migration from a snapshot diff
 * ({@link dev.ormdantic.migrations.file.MigrationAuthor}), and squashing contiguous migrations into one.
 */
@NullMarked
package dev.ormdantic.migrations.file;

import org.jspecify.annotations.NullMarked;
