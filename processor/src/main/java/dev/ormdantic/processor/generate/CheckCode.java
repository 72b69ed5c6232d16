package dev.ormdantic.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.EnumSpec;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The code that builds the checks and enum type of a generated table's spec, so that the spec the runtime holds is
 * the one the statements were rendered from.
 */
final class CheckCode {

    private static final ClassName CHECK_SPEC = ClassName.get(CheckSpec.class);
    private static final ClassName ENUM_SPEC = ClassName.get(EnumSpec.class);

    private CheckCode() {}

    /** A column's entry in the spec: {@code Columns.spec(NAME)}, with its checks and enum type when it has any. */
    static Layout.Code column(String constant, ColumnSpec column, Layout.@Nullable Code generation) {
        boolean checked = !column.checks().isEmpty() || column.enumType() != null;
        if (!checked) {
            return generation == null
                    ? Layout.leaf("$T.spec($N)", SupportTypes.COLUMNS, constant)
                    : Layout.call(
                            CodeBlock.of("$T.spec($N).withGeneration", SupportTypes.COLUMNS, constant),
                            List.of(generation));
        }
        EnumSpec enumType = column.enumType();
        List<Layout.Code> arguments = new ArrayList<>();
        if (generation != null) {
            arguments.add(generation);
        }
        arguments.add(list(column.checks()));
        arguments.add(enumType == null ? Layout.leaf("null") : enumSpec(enumType));
        return Layout.call(CodeBlock.of("$T.spec($N).with", SupportTypes.COLUMNS, constant), arguments);
    }

    /** A list of checks. */
    static Layout.Code list(List<? extends CheckSpec> checks) {
        List<Layout.Code> entries = new ArrayList<>();
        for (CheckSpec check : checks) {
            entries.add(check(check));
        }
        return Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), entries);
    }

    private static Layout.Code enumSpec(EnumSpec spec) {
        return Layout.call(
                CodeBlock.of("new $T", ENUM_SPEC),
                List.of(strings(spec.constants()), strings(spec.values()), Layout.leaf("$S", spec.nativeType())));
    }

    private static Layout.Code strings(List<String> values) {
        List<Layout.Code> entries = new ArrayList<>();
        for (String value : values) {
            entries.add(Layout.leaf("$S", value));
        }
        return Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), entries);
    }

    private static Layout.Code check(CheckSpec check) {
        return switch (check) {
            case CheckSpec.Compare c ->
                create(
                        "Compare",
                        Layout.leaf("$S", c.name()),
                        Layout.leaf("$S", c.column()),
                        Layout.leaf("$T.$L", ClassName.get(CheckSpec.Comparison.class), c.comparison()),
                        Layout.leaf("$S", c.bound()));
            case CheckSpec.Length l ->
                create(
                        "Length",
                        Layout.leaf("$S", l.name()),
                        Layout.leaf("$S", l.column()),
                        Layout.leaf("$L", l.atLeast()),
                        Layout.leaf("$L", l.length()));
            case CheckSpec.NotBlank n -> create("NotBlank", Layout.leaf("$S", n.name()), Layout.leaf("$S", n.column()));
            case CheckSpec.Matches m ->
                create(
                        "Matches",
                        Layout.leaf("$S", m.name()),
                        Layout.leaf("$S", m.column()),
                        Layout.leaf("$S", m.regexp()));
            case CheckSpec.OneOf o ->
                create("OneOf", Layout.leaf("$S", o.name()), Layout.leaf("$S", o.column()), strings(o.values()));
            case CheckSpec.Sql s -> create("Sql", Layout.leaf("$S", s.name()), Layout.leaf("$S", s.sql()));
        };
    }

    private static Layout.Code create(String kind, Layout.Code... args) {
        return Layout.call(CodeBlock.of("new $T", CHECK_SPEC.nestedClass(kind)), List.of(args));
    }
}
