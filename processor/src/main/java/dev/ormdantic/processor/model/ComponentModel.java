package dev.ormdantic.processor.model;

import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import java.util.List;

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
 */
public record ComponentModel(
        String name,
        String columnName,
        boolean columnNameExplicit,
        String constantName,
        JavaType type,
        boolean nullable,
        List<Constraint> constraints) {

    /** Copies the constraints. */
    public ComponentModel {
        constraints = List.copyOf(constraints);
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
