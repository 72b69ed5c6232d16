package dev.ormdantic.processor.scan;

import dev.ormdantic.processor.model.TableModel;

/** What scanning a {@code @Table} type produced: a model, or the reason to try again in a later round. */
public sealed interface ScanResult {

    /**
     * The type was read.
     *
     * @param model the model, not yet validated
     * @param sources where each part of the model is in the source
     */
    record Scanned(TableModel model, SourceMap sources) implements ScanResult {}

    /**
     * A component's type, or one of its annotations, is not resolved yet (it may be generated in a later round).
     *
     * @param component the component name
     * @param type the unresolved type as written
     */
    record Unresolved(String component, String type) implements ScanResult {}
}
