package dev.ormdantic.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Constraint;
import dev.ormdantic.processor.model.Generation;
import dev.ormdantic.processor.model.RelationModel;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The overriding methods of a generated table class: the statements switch, the row mapper, the binders, the key and
 * the validation. Each reads or binds the components in declaration order, by 1-based column position.
 */
final class MethodBodies {

    private final TableModel table;
    private final ClassName record;
    /** The {@code JsonType} constant of each JSON component, by component name. */
    private final Map<String, String> jsonTypes;

    MethodBodies(TableModel table, ClassName record) {
        this(table, record, Map.of());
    }

    MethodBodies(TableModel table, ClassName record, Map<String, String> jsonTypes) {
        this.table = table;
        this.record = record;
        this.jsonTypes = Map.copyOf(jsonTypes);
    }

    private String jsonType(ComponentModel component) {
        return Objects.requireNonNull(jsonTypes.get(component.name()), () -> "no JsonType for " + component.name());
    }

    /**
     * The component's value as bound or checked: {@code row.name()}, unwrapped to its value or {@code null} for an
     * {@code Optional}.
     */
    private static CodeBlock value(ComponentModel component) {
        return value(component, "row");
    }

    /** The component's value as bound, read from the record in variable {@code row}. */
    static CodeBlock value(ComponentModel component, String row) {
        if (component.ref() != null) {
            return component.nullable()
                    ? CodeBlock.of("$T.key($N.$N())", SupportTypes.RELATIONS, row, component.name())
                    : CodeBlock.of("$N.$N().key()", row, component.name());
        }
        return component.type().optional()
                ? CodeBlock.of("$T.orNull($N.$N())", SupportTypes.OPTIONALS, row, component.name())
                : CodeBlock.of("$N.$N()", row, component.name());
    }

    static MethodSpec.Builder override(String name) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC);
    }

    /**
     * {@code statements(DialectId)}: the dialect's constant, or, for a dialect that cannot render the table (its
     * entry in {@code unsupported}), a throw of the renderer's message.
     */
    MethodSpec statements(Map<Dialect, String> constants, Map<Dialect, String> unsupported) {
        CodeBlock.Builder body = CodeBlock.builder().add("return switch (dialect) {\n$>");
        for (Dialect dialect : Dialects.all()) {
            String name = constants.get(dialect);
            if (name != null) {
                body.add("case $L -> $N;\n", dialect.id().name(), name);
            } else {
                body.add(
                        "case $L -> throw unsupported(dialect, $S);\n",
                        dialect.id().name(),
                        Objects.requireNonNull(unsupported.get(dialect), "no reason for " + dialect.name()));
            }
        }
        body.add("$<};\n");
        return override("statements")
                .returns(SupportTypes.TABLE_STATEMENTS)
                .addParameter(SupportTypes.DIALECT_ID, "dialect")
                .addCode(body.build())
                .build();
    }

    /**
     * {@code read(Row)}: one getter per component, in the record's constructor. A nullable enum is read into a local
     * first, because its name must be checked for {@code null} before {@code valueOf}.
     */
    MethodSpec read() {
        NameAllocator names = new NameAllocator();
        names.newName("row");
        MethodSpec.Builder method = override("read").returns(record).addParameter(SupportTypes.ROW, "row");
        List<Layout.Code> args = new ArrayList<>();
        int position = 1;
        for (ComponentModel component : table.components()) {
            RelationModel.Many many = component.many();
            if (many != null) {
                // no column: the collection is unloaded until a loader loads it
                args.add(Layout.leaf("$N.unloaded()", many.constant()));
                continue;
            }
            String getter = ColumnMapping.getter(component);
            RelationModel.Ref ref = component.ref();
            if (ref != null) {
                args.add(Layout.leaf(
                        "$N.$N(row.$N($L))",
                        ref.constant(),
                        component.nullable() ? "referenceOrNull" : "reference",
                        getter,
                        position));
            } else if (component.type().kind() == ValueKind.JSON) {
                CodeBlock read = CodeBlock.of("row.$N($L, $N)", getter, position, jsonType(component));
                args.add(
                        component.type().optional()
                                ? Layout.leaf("$T.ofNullable($L)", Optional.class, read)
                                : new Layout.Leaf(read));
            } else if (component.type().optional()) {
                CodeBlock read = CodeBlock.of("$T.ofNullable(row.$N($L))", Optional.class, getter, position);
                args.add(
                        component.type().kind() == ValueKind.ENUM
                                ? Layout.leaf(
                                        "$L.map($T::valueOf)",
                                        read,
                                        ColumnMapping.className(component.type().requireEnumType()))
                                : new Layout.Leaf(read));
            } else if (component.type().kind() != ValueKind.ENUM) {
                args.add(Layout.leaf("row.$N($L)", getter, position));
            } else if (component.hasEnumValues() && !component.nullable()) {
                args.add(Layout.leaf("$N(row.$N($L))", fromStored(component), getter, position));
            } else if (component.hasEnumValues()) {
                String local = names.newName(component.name());
                method.addStatement("$T $N = row.$N($L)", String.class, local, getter, position);
                args.add(Layout.leaf("$N == null ? null : $N($N)", local, fromStored(component), local));
            } else if (!component.nullable()) {
                args.add(Layout.leaf(
                        "$T.valueOf(row.$N($L))",
                        ColumnMapping.className(component.type().requireEnumType()),
                        getter,
                        position));
            } else {
                String local = names.newName(component.name());
                method.addStatement("$T $N = row.$N($L)", String.class, local, getter, position);
                args.add(Layout.leaf(
                        "$N == null ? null : $T.valueOf($N)",
                        local,
                        ColumnMapping.className(component.type().requireEnumType()),
                        local));
            }
            position++;
        }
        Layout.Call construct = Layout.call(CodeBlock.of("new $T", record), args);
        return method.addCode("return $L;\n", Layout.render(construct, 8, 8 + "return ".length(), 1))
                .build();
    }

    /** {@code bindRow}: every column but the computed ones, as an upsert writes them. */
    MethodSpec bindRow() {
        MethodSpec.Builder method = binder("bindRow");
        for (ComponentModel component : table.columns()) {
            if (!(component.generation() instanceof Generation.Computed)) {
                bind(method, component);
            }
        }
        return method.build();
    }

    /** {@code bindInsert}: the columns an insert writes, all but the generated ones; only for a table that has some. */
    Optional<MethodSpec> bindInsert() {
        if (!hasGenerated()) {
            return Optional.empty();
        }
        MethodSpec.Builder method = binder("bindInsert");
        for (ComponentModel component : table.columns()) {
            if (component.generation() == null) {
                bind(method, component);
            }
        }
        return Optional.of(method.build());
    }

    /**
     * {@code withGenerated(row, values)}: the record with its generated columns replaced by the values the database
     * returned, read by position in table order; only for a table that has generated columns.
     */
    Optional<MethodSpec> withGenerated() {
        if (!hasGenerated()) {
            return Optional.empty();
        }
        List<Layout.Code> args = new ArrayList<>();
        int position = 1;
        for (ComponentModel component : table.components()) {
            if (component.generation() == null) {
                args.add(Layout.leaf("row.$N()", component.name()));
                continue;
            }
            String getter = ColumnMapping.getter(component);
            if (component.type().kind() != ValueKind.ENUM) {
                args.add(Layout.leaf("values.$N($L)", getter, position));
            } else if (!component.nullable()) {
                args.add(Layout.leaf(
                        "$T.valueOf(values.$N($L))",
                        ColumnMapping.className(component.type().requireEnumType()),
                        getter,
                        position));
            } else {
                args.add(Layout.leaf(
                        "values.$N($L) == null ? null : $T.valueOf(values.$N($L))",
                        getter,
                        position,
                        ColumnMapping.className(component.type().requireEnumType()),
                        getter,
                        position));
            }
            position++;
        }
        Layout.Call construct = Layout.call(CodeBlock.of("new $T", record), args);
        return Optional.of(override("withGenerated")
                .returns(record)
                .addParameter(record, "row")
                .addParameter(SupportTypes.ROW, "values")
                .addCode("return $L;\n", Layout.render(construct, 8, 8 + "return ".length(), 1))
                .build());
    }

    private boolean hasGenerated() {
        return table.components().stream().anyMatch(c -> c.generation() != null);
    }

    /** {@code bindUpdate}: the updated columns (non-key, not computed), then the key columns in key order. */
    MethodSpec bindUpdate() {
        MethodSpec.Builder method = binder("bindUpdate");
        for (ComponentModel component : table.columns()) {
            if (!table.isKey(component) && !(component.generation() instanceof Generation.Computed)) {
                bind(method, component);
            }
        }
        for (ComponentModel key : table.keyComponents()) {
            bind(method, key);
        }
        return method.build();
    }

    MethodSpec bindKey(TypeName keyType) {
        MethodSpec.Builder method =
                override("bindKey").addParameter(SupportTypes.PARAMS, "params").addParameter(keyType, "key");
        if (!table.compositeKey()) {
            return method.addStatement(keyBinding(table.keyComponents().get(0), CodeBlock.of("key")))
                    .build();
        }
        for (ComponentModel key : table.keyComponents()) {
            method.addStatement(keyBinding(key, CodeBlock.of("key.$N()", key.name())));
        }
        return method.build();
    }

    /** The binding of a key value: an enum key binds its stored value, as the row's binders do. */
    private static CodeBlock keyBinding(ComponentModel key, CodeBlock value) {
        if (!key.nativeTypeName().isEmpty()) {
            return CodeBlock.of("params.setNativeEnum($N.stored($L))", key.constantName(), value);
        }
        if (key.hasEnumValues()) {
            return CodeBlock.of("params.setString($N.stored($L))", key.constantName(), value);
        }
        return CodeBlock.of("params.$N($L)", ColumnMapping.setter(key), value);
    }

    MethodSpec key(TypeName keyType) {
        MethodSpec.Builder method = override("key").returns(keyType).addParameter(record, "row");
        if (!table.compositeKey()) {
            return method.addStatement("return $L", value(table.keyComponents().get(0)))
                    .build();
        }
        List<Layout.Code> args = new ArrayList<>();
        for (ComponentModel key : table.keyComponents()) {
            args.add(new Layout.Leaf(value(key)));
        }
        Layout.Call construct = Layout.call(CodeBlock.of("new $T", keyType), args);
        return method.addCode("return $L;\n", Layout.render(construct, 8, 8 + "return ".length(), 1))
                .build();
    }

    /**
     * {@code validate(row, violations)}: one {@code Checks} call per checked constraint, in component order; none for
     * a record without checked constraints, which keeps the base class's empty one.
     */
    Optional<MethodSpec> validate(ValidationConstants constants) {
        MethodSpec.Builder method =
                override("validate").addParameter(record, "row").addParameter(SupportTypes.VIOLATIONS, "violations");
        for (ComponentModel component : table.columns()) {
            for (Constraint constraint : component.constraints()) {
                check(component, constraint, constants)
                        .ifPresent(call -> method.addCode("$L;\n", Layout.render(call, 8, 8, 1)));
            }
        }
        List<String> custom = table.customConstraints();
        if (!custom.isEmpty()) {
            List<Layout.Code> names = new ArrayList<>();
            custom.forEach(name -> names.add(Layout.leaf("$S", name)));
            Layout.Call call = Layout.call(
                    CodeBlock.of("$T.validate", SupportTypes.PROVIDER_CHECKS),
                    List.of(
                            Layout.leaf("violations"),
                            Layout.leaf("row"),
                            Layout.call(CodeBlock.of("$T.of", Set.class), names)));
            method.addCode("$L;\n", Layout.render(call, 8, 8, 1));
        }
        MethodSpec built = method.build();
        return built.code().isEmpty() ? Optional.empty() : Optional.of(built);
    }

    private static Optional<Layout.Call> check(
            ComponentModel component, Constraint constraint, ValidationConstants constants) {
        List<Layout.Code> args = new ArrayList<>(List.of(
                Layout.leaf("violations"),
                Layout.leaf("$S", component.name()),
                Layout.leaf("$S", constraint.text()),
                new Layout.Leaf(value(component))));
        String check;
        switch (constraint) {
            case Constraint.Size size -> {
                check = "size";
                args.add(Layout.leaf("$L", size.min()));
                args.add(
                        size.max() == Integer.MAX_VALUE
                                ? Layout.leaf("$T.MAX_VALUE", Integer.class)
                                : Layout.leaf("$L", size.max()));
            }
            case Constraint.Min min -> {
                check = "min";
                args.add(Layout.leaf("$L", longLiteral(min.value())));
            }
            case Constraint.Max max -> {
                check = "max";
                args.add(Layout.leaf("$L", longLiteral(max.value())));
            }
            case Constraint.DecimalBound bound -> {
                check = bound.name().equals("DecimalMin") ? "decimalMin" : "decimalMax";
                args.add(Layout.leaf("$N", requireConstant(constants, constraint)));
                args.add(Layout.leaf("$L", bound.inclusive()));
            }
            case Constraint.Digits digits -> {
                check = "digits";
                args.add(Layout.leaf("$L", digits.integer()));
                args.add(Layout.leaf("$L", digits.fraction()));
            }
            case Constraint.Regex regex -> {
                check = regex.name().equals("Email") ? "email" : "pattern";
                String name = constants.name(constraint);
                args.add(name == null ? Layout.leaf("null") : Layout.leaf("$N", name));
            }
            case Constraint.Plain plain -> {
                if (plain.name().equals("NotNull") && component.type().primitive()) {
                    return Optional.empty();
                }
                check = switch (plain.name()) {
                    case "Null" -> "isNull";
                    default ->
                        Character.toLowerCase(plain.name().charAt(0))
                                + plain.name().substring(1);
                };
            }
            case Constraint.Custom custom -> {
                return Optional.empty();
            }
            case Constraint.Unchecked unchecked -> {
                return Optional.empty();
            }
        }
        return Optional.of(Layout.call(CodeBlock.of("$T.$N", SupportTypes.checksFor(check), check), args));
    }

    private static String requireConstant(ValidationConstants constants, Constraint constraint) {
        String name = constants.name(constraint);
        if (name == null) {
            throw new IllegalStateException("no constant for " + constraint.text());
        }
        return name;
    }

    MethodSpec.Builder binder(String name) {
        return override(name).addParameter(SupportTypes.PARAMS, "params").addParameter(record, "row");
    }

    void bind(MethodSpec.Builder method, ComponentModel component) {
        if (!component.nativeTypeName().isEmpty()) {
            method.addStatement("params.setNativeEnum($N.stored($L))", component.constantName(), value(component));
        } else if (component.hasEnumValues()) {
            method.addStatement("params.setString($N.stored($L))", component.constantName(), value(component));
        } else if (component.type().kind() == ValueKind.JSON) {
            method.addStatement(
                    "params.$N($L, $N)", ColumnMapping.setter(component), value(component), jsonType(component));
        } else {
            method.addStatement("params.$N($L)", ColumnMapping.setter(component), value(component));
        }
    }

    /** The name of the generated method that maps a stored enum value back to its constant. */
    static String fromStored(ComponentModel component) {
        return component.name() + "FromStored";
    }

    /**
     * For an enum stored by chosen values, the method that maps a stored value to its constant: a {@code switch}
     * whose default throws {@code ORM2110}, naming the table, the column and the value.
     */
    MethodSpec fromStoredMethod(ComponentModel component) {
        ClassName enumType = ColumnMapping.className(component.type().requireEnumType());
        CodeBlock.Builder body = CodeBlock.builder().add("return switch (stored) {\n$>");
        List<String> values = component.storedValues();
        List<String> constants = component.type().enumConstants();
        CodeBlock.Builder allowed = CodeBlock.builder();
        for (int i = 0; i < constants.size(); i++) {
            body.add("case $S -> $T.$N;\n", values.get(i), enumType, constants.get(i));
            allowed.add(i == 0 ? "$S" : ", $S", values.get(i));
        }
        body.add(
                "default -> throw $T.unknown($S, $S, stored, $T.of($L));\n",
                SupportTypes.ENUM_VALUES,
                table.tableName(),
                component.columnName(),
                SupportTypes.LIST,
                allowed.build());
        body.add("$<};\n");
        return MethodSpec.methodBuilder(fromStored(component))
                .addJavadoc("The constant stored as {@code stored} in column {@code $L}.", component.columnName())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(enumType)
                .addParameter(String.class, "stored")
                .addCode(body.build())
                .build();
    }

    /** A {@code long} as a literal: plain when it fits an {@code int}, which widens, else with an {@code L}. */
    private static String longLiteral(long value) {
        return value >= Integer.MIN_VALUE && value <= Integer.MAX_VALUE ? Long.toString(value) : value + "L";
    }
}
