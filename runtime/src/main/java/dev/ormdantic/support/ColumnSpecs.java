package dev.ormdantic.support;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.internal.query.QueryTrees;
import dev.ormdantic.query.Column;

/**
 * The schema of a generated column constant, for the table schema that generated code builds from its columns:
 * {@code ColumnSpecs.of(NAME).with(checks, null)}. The query language keeps the schema type off its public surface,
 * so generated code reads it here.
 *
 * @since 0.1.0
 */
public final class ColumnSpecs {

    private ColumnSpecs() {}

    /**
     * A column's schema: name, type and nullability.
     *
     * @param column a column constant of a generated table class
     * @return its spec
     */
    public static ColumnSpec of(Column<?, ?> column) {
        return QueryTrees.spec(column);
    }
}
