package dev.ormdantic.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Constraint;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The overriding methods of a generated table class: the statements switch, the row mapper, the binders, the key and
 * the validation. Each reads or binds the components in declaration order, by 1-based column position.
 */
final class MethodBodies {

    private final TableModel table;
    private final ClassName record;

    MethodBodies(TableModel table, ClassName record) {
        this.table = table;
        this.record = record;
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
            String getter = ColumnMapping.getter(component);
            if (component.type().kind() != ValueKind.ENUM) {
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

    MethodSpec bindRow() {
        MethodSpec.Builder method = binder("bindRow");
        for (ComponentModel component : table.components()) {
            bind(method, component);
        }
        return method.build();
    }

    MethodSpec bindUpdate() {
        MethodSpec.Builder method = binder("bindUpdate");
        for (ComponentModel component : table.components()) {
            if (!component.name().equals(table.key())) {
                bind(method, component);
            }
        }
        bind(method, table.keyComponent());
        return method.build();
    }

    MethodSpec bindKey() {
        ComponentModel key = table.keyComponent();
        return override("bindKey")
                .addParameter(SupportTypes.PARAMS, "params")
                .addParameter(ColumnMapping.valueType(key.type()), "key")
                .addStatement("params.$N(key)", ColumnMapping.setter(key))
                .build();
    }

    MethodSpec key() {
        ComponentModel key = table.keyComponent();
        return override("key")
                .returns(ColumnMapping.valueType(key.type()))
                .addParameter(record, "row")
                .addStatement("return row.$N()", key.name())
                .build();
    }

    /** {@code validate(row, violations)}: one {@code Checks} call per checked constraint, in component order. */
    MethodSpec validate(ValidationConstants constants) {
        MethodSpec.Builder method =
                override("validate").addParameter(record, "row").addParameter(SupportTypes.VIOLATIONS, "violations");
        for (ComponentModel component : table.components()) {
            for (Constraint constraint : component.constraints()) {
                check(component, constraint, constants)
                        .ifPresent(call -> method.addCode("$L;\n", Layout.render(call, 8, 8, 1)));
            }
        }
        return method.build();
    }

    private static Optional<Layout.Call> check(
            ComponentModel component, Constraint constraint, ValidationConstants constants) {
        List<Layout.Code> args = new ArrayList<>(List.of(
                Layout.leaf("violations"),
                Layout.leaf("$S", component.name()),
                Layout.leaf("$S", constraint.text()),
                Layout.leaf("row.$N()", component.name())));
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

    private MethodSpec.Builder binder(String name) {
        return override(name).addParameter(SupportTypes.PARAMS, "params").addParameter(record, "row");
    }

    private static void bind(MethodSpec.Builder method, ComponentModel component) {
        if (component.hasEnumValues()) {
            method.addStatement("params.setString($N.stored(row.$N()))", component.constantName(), component.name());
            return;
        }
        method.addStatement("params.$N(row.$N())", ColumnMapping.setter(component), component.name());
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
