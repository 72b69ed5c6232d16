package dev.ormdantic.processor.model;

import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.EnumSpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One record component, which becomes one column, except a {@code Many} relationship, which is none.
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
 * @param enumValues for an enum component, the {@code @EnumValue} written on each of its constants that has one,
 *     by constant name in declaration order; empty when none has one (the enum is stored by name)
 * @param nativeEnum the {@code name} of its {@code @NativeEnum} (the empty string for the default), or {@code null}
 *     when it has none
 * @param relation what makes it a relationship ({@code Ref} or {@code Many}), or {@code null} for a plain column; the
 *     {@code type} of a {@code Ref} is its key type, and its {@code constantName} that of its column
 *     ({@code AUTHOR_KEY})
 * @param version whether it carries {@code @Version}: the row's optimistic-locking counter
 */
public record ComponentModel(
        String name,
        String columnName,
        boolean columnNameExplicit,
        String constantName,
        JavaType type,
        boolean nullable,
        List<Constraint> constraints,
        List<Generation> generations,
        Map<String, String> enumValues,
        @Nullable String nativeEnum,
        @Nullable RelationModel relation,
        boolean version) {

    /** Copies the lists and the enum values, keeping their order. */
    public ComponentModel {
        constraints = List.copyOf(constraints);
        generations = List.copyOf(generations);
        enumValues = Collections.unmodifiableMap(new LinkedHashMap<>(enumValues));
    }

    /**
     * A component that is no relationship.
     *
     * @param name the component name
     * @param columnName the column name
     * @param columnNameExplicit whether the column name comes from {@code @Column(name)}
     * @param constantName the name of its column constant
     * @param type the component's type
     * @param nullable whether it carries a {@code @Nullable} annotation
     * @param constraints its constraints, in source order
     * @param generations its generation annotations, in source order
     * @param enumValues the {@code @EnumValue} of its enum constants
     * @param nativeEnum the {@code name} of its {@code @NativeEnum}, or {@code null}
     */
    public ComponentModel(
            String name,
            String columnName,
            boolean columnNameExplicit,
            String constantName,
            JavaType type,
            boolean nullable,
            List<Constraint> constraints,
            List<Generation> generations,
            Map<String, String> enumValues,
            @Nullable String nativeEnum) {
        this(
                name,
                columnName,
                columnNameExplicit,
                constantName,
                type,
                nullable,
                constraints,
                generations,
                enumValues,
                nativeEnum,
                null,
                false);
    }

    /**
     * A component that carries no {@code @Version}.
     *
     * @param name the component name
     * @param columnName the column name
     * @param columnNameExplicit whether the column name comes from {@code @Column(name)}
     * @param constantName the name of its column constant
     * @param type the component's type
     * @param nullable whether it carries a {@code @Nullable} annotation
     * @param constraints its constraints, in source order
     * @param generations its generation annotations, in source order
     * @param enumValues the {@code @EnumValue} of its enum constants
     * @param nativeEnum the {@code name} of its {@code @NativeEnum}, or {@code null}
     * @param relation what makes it a relationship, or {@code null}
     */
    public ComponentModel(
            String name,
            String columnName,
            boolean columnNameExplicit,
            String constantName,
            JavaType type,
            boolean nullable,
            List<Constraint> constraints,
            List<Generation> generations,
            Map<String, String> enumValues,
            @Nullable String nativeEnum,
            @Nullable RelationModel relation) {
        this(
                name,
                columnName,
                columnNameExplicit,
                constantName,
                type,
                nullable,
                constraints,
                generations,
                enumValues,
                nativeEnum,
                relation,
                false);
    }

    /**
     * Whether the component is a column: anything but a {@code Many} or a malformed relationship.
     *
     * @return whether it has a column
     */
    public boolean isColumn() {
        return relation == null || relation instanceof RelationModel.Ref || relation instanceof RelationModel.Misplaced;
    }

    /**
     * The {@code Ref} relationship of a foreign-key component.
     *
     * @return the reference, or {@code null} when the component is not a well-formed {@code Ref}
     */
    public RelationModel.@Nullable Ref ref() {
        return relation instanceof RelationModel.Ref ref ? ref : null;
    }

    /**
     * The {@code Many} relationship of a collection component.
     *
     * @return the collection, or {@code null} when the component is not a well-formed {@code Many}
     */
    public RelationModel.@Nullable Many many() {
        return relation instanceof RelationModel.Many many ? many : null;
    }

    /**
     * A component the application writes in full (no generation annotation) whose enum constants, if any, carry no
     * {@code @EnumValue}.
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
        this(
                name,
                columnName,
                columnNameExplicit,
                constantName,
                type,
                nullable,
                constraints,
                List.of(),
                Map.of(),
                null,
                null);
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
     * The value stored for each enum constant, in declaration order: its {@code @EnumValue}, else its name.
     *
     * @return the stored values, empty for a component that is not an enum
     */
    public List<String> storedValues() {
        List<String> values = new ArrayList<>();
        for (String constant : type.enumConstants()) {
            values.add(enumValues.getOrDefault(constant, constant));
        }
        return values;
    }

    /**
     * Whether the enum is stored by chosen values rather than by constant names.
     *
     * @return {@code true} when its constants carry {@code @EnumValue}
     */
    public boolean hasEnumValues() {
        return !enumValues.isEmpty();
    }

    /**
     * The name of the native enum type the column uses: the {@code @NativeEnum(name)}, else the snake_case of the
     * enum's simple name.
     *
     * @return the type name, or the empty string when the component has no {@code @NativeEnum} or is not an enum
     */
    public String nativeTypeName() {
        TypeRef enumType = type.enumType();
        if (nativeEnum == null || enumType == null) {
            return "";
        }
        return nativeEnum.isEmpty() ? GeneratedNames.snakeCase(enumType.simpleName()) : nativeEnum;
    }

    /**
     * The column's logical type: a string bounded by {@code @Size(max)} (an enum's by its longest stored value), a
     * decimal shaped by {@code @Digits}, else the plain kind.
     *
     * @return the column type
     * @throws IllegalStateException when the type is unsupported
     * @throws IllegalArgumentException when a constraint's attributes are invalid (the validator reports those first)
     */
    public ColumnType columnType() {
        return switch (type.kind()) {
            case STRING -> string(maxLength());
            case ENUM -> string(longestConstant());
            case DECIMAL -> decimalType();
            case BIG_INTEGER -> bigIntegerType();
            default -> ColumnType.of(type.kind().columnKind());
        };
    }

    /**
     * The column's schema, with the checks its constraints and enum type give it.
     *
     * @param table the table name, the prefix of the checks' names
     * @return the column spec
     */
    public ColumnSpec columnSpec(String table) {
        List<String> stored = storedValues();
        String nativeType = nativeTypeName();
        EnumSpec enumSpec = hasEnumValues() || !nativeType.isEmpty()
                ? new EnumSpec(type.enumConstants(), stored, nativeType)
                : null;
        return new ColumnSpec(
                columnName,
                columnType(),
                columnNullable(),
                columnGeneration(table),
                ColumnChecks.of(table, this, stored),
                enumSpec);
    }

    /**
     * Whether the column accepts {@code NULL}: the component is {@code @Nullable} or an {@code Optional}.
     *
     * @return whether the column is nullable
     */
    public boolean columnNullable() {
        return nullable || type.optional();
    }

    /** A string bounded by {@code length}, or unbounded when nothing bounds it ({@code 0}). */
    private static ColumnType string(int length) {
        return length > 0 ? ColumnType.string(length) : ColumnType.unboundedString();
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
        for (String value : storedValues()) {
            longest = Math.max(longest, value.length());
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
