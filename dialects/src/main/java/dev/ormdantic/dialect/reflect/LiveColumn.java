package dev.ormdantic.dialect.reflect;

import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import java.util.List;
import java.util.Objects;

/**
 * A column as the database reports it.
 *
 * @param name the column name, as stored
 * @param nativeType the database's own spelling of the type ({@code character varying(80)}, {@code int(11)})
 * @param type the logical type the native type maps back to ({@link NativeTypes})
 * @param nullable whether the column accepts {@code NULL}
 * @param generation where its value comes from: none, an identity, a server default (its text as the database
 *     reports it), or a computed expression
 * @param enumType the name of the native enum type the column uses (PostgreSQL), or the empty string
 * @since 0.1.0
 */
public record LiveColumn(
        String name,
        String nativeType,
        ColumnType type,
        boolean nullable,
        ColumnGeneration generation,
        String enumType) {

    /** Checks the parts are present. */
    public LiveColumn {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(nativeType, "nativeType");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(generation, "generation");
        Objects.requireNonNull(enumType, "enumType");
    }

    /**
     * The column as the schema model's column, without checks or enum constants (a database reports neither per
     * column).
     *
     * @return the column spec
     */
    public ColumnSpec toSpec() {
        return new ColumnSpec(name, type, nullable, generation, List.of(), null);
    }
}
