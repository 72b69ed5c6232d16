package dev.ormdantic.dialect.schema;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One column of a table.
 *
 * @param name the column name as stored in the database (unquoted)
 * @param type the logical type
 * @param nullable whether the column accepts {@code NULL}
 * @param generation where its value comes from when the application does not write it ({@link ColumnGeneration#none()}
 *     for an ordinary column)
 * @param checks the {@code CHECK} constraints derived from the column's constraints and enum type, in order
 * @param enumType the enum stored in the column, or {@code null} for any other column
 * @since 0.1.0
 */
public record ColumnSpec(
        String name,
        ColumnType type,
        boolean nullable,
        ColumnGeneration generation,
        List<CheckSpec> checks,
        @Nullable EnumSpec enumType) {

    /**
     * An ordinary column, written by the application, without checks, that is not an enum.
     *
     * @param name the column name as stored in the database (unquoted)
     * @param type the logical type
     * @param nullable whether the column accepts {@code NULL}
     */
    public ColumnSpec(String name, ColumnType type, boolean nullable) {
        this(name, type, nullable, ColumnGeneration.none(), List.of(), null);
    }

    /**
     * Checks the name and copies the checks.
     *
     * @throws IllegalArgumentException when the name is blank
     */
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(generation, "generation");
        checks = List.copyOf(checks);
        if (name.isBlank()) {
            throw new IllegalArgumentException("a column name must not be blank");
        }
    }

    /**
     * This column with another generation.
     *
     * @param newGeneration where its value comes from
     * @return the changed column
     */
    public ColumnSpec withGeneration(ColumnGeneration newGeneration) {
        return new ColumnSpec(name, type, nullable, newGeneration, checks, enumType);
    }

    /**
     * This column with checks and an enum type; generated table specs add them to a column constant's spec.
     *
     * @param columnChecks the checks
     * @param columnEnum the enum stored in the column, or {@code null}
     * @return the column
     */
    public ColumnSpec with(List<CheckSpec> columnChecks, @Nullable EnumSpec columnEnum) {
        return new ColumnSpec(name, type, nullable, generation, columnChecks, columnEnum);
    }

    /**
     * This column with a generation, checks and an enum type; generated table specs use it for a column that has
     * all three.
     *
     * @param newGeneration where its value comes from
     * @param columnChecks the checks
     * @param columnEnum the enum stored in the column, or {@code null}
     * @return the column
     */
    public ColumnSpec with(
            ColumnGeneration newGeneration, List<CheckSpec> columnChecks, @Nullable EnumSpec columnEnum) {
        return new ColumnSpec(name, type, nullable, newGeneration, columnChecks, columnEnum);
    }
}
