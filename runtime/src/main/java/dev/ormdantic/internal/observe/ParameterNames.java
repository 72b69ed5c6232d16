package dev.ormdantic.internal.observe;

import dev.ormdantic.dialect.schema.ColumnSpec;
import java.util.List;

/**
 * What a watched statement is told of the columns its parameters write, so that its events can name them and mask
 * a secret-looking column's value. Only watched statements implement it: binding to any other costs one type test.
 */
public interface ParameterNames {

    /**
     * The columns of one row's parameters, in binding order; a multi-row statement repeats them.
     *
     * @param columns the columns
     */
    void columns(List<ColumnSpec> columns);
}
