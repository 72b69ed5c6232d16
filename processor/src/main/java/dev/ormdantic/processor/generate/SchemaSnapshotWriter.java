package dev.ormdantic.processor.generate;

import dev.ormdantic.dialect.snapshot.SchemaSnapshot;
import dev.ormdantic.dialect.snapshot.SnapshotJson;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The schema snapshot, {@value #PATH}: every table of the compilation in the canonical JSON of {@link SnapshotJson}.
 * Like the table index, it keeps the tables an earlier, incremental compilation wrote.
 */
public final class SchemaSnapshotWriter {

    /** Where the snapshot is written, relative to the class output. */
    public static final String PATH = "META-INF/ormdantic/schema.json";

    private SchemaSnapshotWriter() {}

    /**
     * The snapshot an earlier compilation wrote to the class output, or an empty one.
     *
     * @param filer javac's filer
     * @return the earlier snapshot
     */
    public static SchemaSnapshot existing(Filer filer) {
        try {
            FileObject file = filer.getResource(StandardLocation.CLASS_OUTPUT, "", PATH);
            StringWriter text = new StringWriter();
            try (Reader reader = file.openReader(true)) {
                reader.transferTo(text);
            }
            return SnapshotJson.read(text.toString());
        } catch (IOException | IllegalArgumentException e) {
            // none yet (a clean build), or one of another version: this compilation's tables only
            return SchemaSnapshot.empty();
        }
    }
}
