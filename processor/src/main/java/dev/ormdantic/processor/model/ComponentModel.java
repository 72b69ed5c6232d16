package dev.ormdantic.processor.model;

import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One record component, which becomes one column.
 *
 * @param name the component name ({@code createdAt})
 * @param columnName the column name: {@code @Column(name)}, else the snake_case of the component name
 * @param columnNameExplicit whether the column name comes from {@code @Column(name)}
 * @param constantName the name of its column constant in the generated class ({@code CREATED_AT})
 * @param type the component's type
 * @param nullable whether it carries a {@code @Nullable} annotation
 * @param constraints its {@code jakarta.validation} constraints, in source order
 * @param generations the annotations that make the database fill it ({@code @Identity}, {@code @ServerDefault},
 *     {@code @Computed}, {@code @Sequence}), in source order; at most one is valid
 */
public record ComponentModel(
        String name,
        String columnName,
        boolean columnNameExplicit,
        String constantName,
        JavaType type,
        boolean nullable,
        List<Constraint> constraints,
        List<Generation> generations) {

    /** Copies the lists. */
    public ComponentModel {
        constraints = List.copyOf(constraints);
        generations = List.copyOf(generations);
    }

    /**
     * A component the application writes in full (no generation annotation).
     *
     * @param name the component name
     * @param columnName the column name
     * @param columnNameExplicit whether the column name comes from {@code @Column(name)}
     * @param constantName the name of its column constant
     * @param type the component's type
     * @param nullable whether it carries a {@code @Nullable} annotation
     * @param constraints its constraints, in source order
     */
    public ComponentModel(
            String name,
            String columnName,
            boolean columnNameExplicit,
            String constantName,
            JavaType type,
            boolean nullable,
            List<Constraint> constraints) {
        this(name, columnName, columnNameExplicit, constantName, type, nullable, constraints, List.of());
    }

    /**
     * The generation annotation, if any (the first, when the validator reports several).
     *
     * @return the generation, or {@code null} for an ordinary column
     */
    public @Nullable Generation generation() {
        return generations.isEmpty() ? null : generations.get(0);
    }

    /**
     * The schema's generation of this column.
     *
     * @param table the table name
     * @return the column generation, {@code none()} for an ordinary column
     */
    public ColumnGeneration columnGeneration(String table) {
        Generation generation = generation();
        return generation == null ? ColumnGeneration.none() : generation.spec(table, columnName);
    }

    /**
     * The column's logical type: a string bounded by {@code @Size(max)} (an enum's by its longest constant name), a
     * decimal shaped by {@code @Digits}, else the plain kind.
     *
     * @return the column type
     * @throws IllegalStateException when the type is unsupported
     * @throws IllegalArgumentException when a constraint's attributes are invalid (the validator reports those first)
     */
    public ColumnType columnType() {
        return switch (type.kind()) {
            case STRING -> ColumnType.string(maxLength());
            case ENUM -> ColumnType.string(longestConstant());
            case DECIMAL -> decimalType();
            case BIG_INTEGER -> bigIntegerType();
            default -> ColumnType.of(type.kind().columnKind());
        };
    }

    /**
     * The column's schema.
     *
     * @return the column spec
     */
    public ColumnSpec columnSpec() {
        return new ColumnSpec(columnName, columnType(), columnNullable());
    }

    /**
     * Whether the column accepts {@code NULL}: the component is {@code @Nullable} or an {@code Optional}.
     *
     * @return whether the column is nullable
     */
    public boolean columnNullable() {
        return nullable || type.optional();
    }

    private int maxLength() {
        for (Constraint constraint : constraints) {
            if (constraint instanceof Constraint.Size size && size.max() != Integer.MAX_VALUE) {
                return size.max();
            }
        }
        return 0;
    }

    private int longestConstant() {
        int longest = 0;
        for (String constant : type.enumConstants()) {
            longest = Math.max(longest, constant.length());
        }
        return longest;
    }

    private ColumnType decimalType() {
        for (Constraint constraint : constraints) {
            if (constraint instanceof Constraint.Digits digits) {
                return ColumnType.decimal(digits.integer() + digits.fraction(), digits.fraction());
            }
        }
        return ColumnType.decimal(0, 0);
    }

    private ColumnType bigIntegerType() {
        for (Constraint constraint : constraints) {
            if (constraint instanceof Constraint.Digits digits) {
                return ColumnType.bigInteger(digits.integer());
            }
        }
        return ColumnType.bigInteger(0);
    }
}
