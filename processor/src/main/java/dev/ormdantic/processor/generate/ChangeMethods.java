package dev.ormdantic.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Generation;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;

/**
 * The methods a session's change detection and optimistic locking call: {@code changedColumns} compares two states of a
 * row column by column, {@code bindColumns} binds the changed ones, and, for a record with a {@code @Version}
 * component, {@code versionColumn}, {@code version} and {@code withVersion}. Records are immutable, so comparing the
 * loaded record with the submitted one is the whole of change detection: no proxies, no reflection.
 */
final class ChangeMethods {

    private static final ClassName BIT_SET = ClassName.get(BitSet.class);

    private final TableModel table;
    private final ClassName record;
    private final MethodBodies bodies;

    ChangeMethods(TableModel table, ClassName record, MethodBodies bodies) {
        this.table = table;
        this.record = record;
        this.bodies = bodies;
    }

    /** The columns an update writes, by position among the columns: neither key, nor computed, nor the version. */
    private List<Integer> updated() {
        List<Integer> positions = new ArrayList<>();
        List<ComponentModel> columns = table.columns();
        for (int i = 0; i < columns.size(); i++) {
            ComponentModel column = columns.get(i);
            if (!table.isKey(column) && !(column.generation() instanceof Generation.Computed) && !column.version()) {
                positions.add(i);
            }
        }
        return positions;
    }

    /**
     * {@code changedColumns(before, after)}: one comparison per updated column, by content for {@code byte[]}, with
     * {@code Float.compare}/{@code Double.compare} for floating point (so {@code NaN} equals itself), {@code ==} for the
     * other primitives, and {@code Changes.decimal} for a {@code BigDecimal} (a changed scale counts as changed), and
     * {@code Objects.equals} otherwise: a reference compares by key, a JSON value by {@code equals}.
     */
    MethodSpec changedColumns() {
        MethodSpec.Builder method = MethodBodies.override("changedColumns")
                .returns(BIT_SET)
                .addParameter(record, "before")
                .addParameter(record, "after")
                .addStatement("$T changed = new $T()", BIT_SET, BIT_SET);
        List<ComponentModel> columns = table.columns();
        for (int position : updated()) {
            ComponentModel column = columns.get(position);
            method.beginControlFlow("if ($L)", differs(column))
                    .addStatement("changed.set($L)", position)
                    .endControlFlow();
        }
        return method.addStatement("return changed").build();
    }

    private static CodeBlock differs(ComponentModel column) {
        CodeBlock before = MethodBodies.value(column, "before");
        CodeBlock after = MethodBodies.value(column, "after");
        ValueKind kind = column.type().kind();
        if (column.type().primitive() && column.ref() == null) {
            return switch (kind) {
                case FLOAT -> CodeBlock.of("$T.compare($L, $L) != 0", Float.class, before, after);
                case DOUBLE -> CodeBlock.of("$T.compare($L, $L) != 0", Double.class, before, after);
                default -> CodeBlock.of("$L != $L", before, after);
            };
        }
        if (kind == ValueKind.DECIMAL) {
            return CodeBlock.of("$T.decimal($L, $L)", SupportTypes.CHANGES, before, after);
        }
        if (kind == ValueKind.BYTES) {
            return CodeBlock.of("!$T.equals($L, $L)", Arrays.class, before, after);
        }
        return CodeBlock.of("!$T.equals($L, $L)", Objects.class, before, after);
    }

    /** {@code bindColumns(params, row, columns)}: the updated columns that are in {@code columns}, in column order. */
    MethodSpec bindColumns() {
        MethodSpec.Builder method = bodies.binder("bindColumns").addParameter(BIT_SET, "columns");
        List<ComponentModel> columns = table.columns();
        for (int position : updated()) {
            method.beginControlFlow("if (columns.get($L))", position);
            bodies.bind(method, columns.get(position));
            method.endControlFlow();
        }
        return method.build();
    }

    /** {@code versionColumn}, {@code version} and {@code withVersion}, for a record with a {@code @Version}. */
    List<MethodSpec> version() {
        ComponentModel version = table.versionComponent();
        if (version == null) {
            return List.of();
        }
        List<Layout.Code> args = new ArrayList<>();
        for (ComponentModel component : table.components()) {
            if (component.version()) {
                args.add(
                        component.type().kind() == ValueKind.INT
                                ? Layout.leaf("$T.toIntExact(version)", Math.class)
                                : Layout.leaf("version"));
            } else {
                args.add(Layout.leaf("row.$N()", component.name()));
            }
        }
        Layout.Call construct = Layout.call(CodeBlock.of("new $T", record), args);
        return List.of(
                MethodBodies.override("versionColumn")
                        .returns(String.class)
                        .addStatement("return $S", version.columnName())
                        .build(),
                MethodBodies.override("version")
                        .returns(long.class)
                        .addParameter(record, "row")
                        .addStatement("return row.$N()", version.name())
                        .build(),
                MethodBodies.override("withVersion")
                        .returns(record)
                        .addParameter(record, "row")
                        .addParameter(long.class, "version")
                        .addCode("return $L;\n", Layout.render(construct, 8, 8 + "return ".length(), 1))
                        .build());
    }
}
