package dev.ormdantic.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.WildcardTypeName;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.GeneratedNames;
import dev.ormdantic.processor.model.RelationModel;
import dev.ormdantic.processor.model.SchemaModel;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import javax.lang.model.element.Modifier;

/**
 * The relationship constants of a generated table class, one per {@code Ref} component ({@code ToOne}) and per
 * {@code Many} component ({@code ToMany}), and the {@code relationships()} override listing them in component order.
 * Each constant names its tables through suppliers, so that two classes that refer to each other initialize in either
 * order, and replaces its component through the record's canonical constructor.
 */
final class RelationConstants {

    private final TableModel table;
    private final ClassName record;
    private final ClassName generated;

    RelationConstants(TableModel table, ClassName record, ClassName generated) {
        this.table = table;
        this.record = record;
        this.generated = generated;
    }

    /** The constants, in component order. */
    List<FieldSpec> fields() {
        List<FieldSpec> fields = new ArrayList<>();
        for (ComponentModel component : table.components()) {
            RelationModel.Ref ref = component.ref();
            RelationModel.Many many = component.many();
            if (ref != null) {
                fields.add(toOne(component, ref));
            } else if (many != null) {
                fields.add(toMany(component, many));
            }
        }
        return fields;
    }

    /** {@code relationships()}, for a record that has relationships. */
    Optional<MethodSpec> method() {
        List<Layout.Code> constants = new ArrayList<>();
        for (ComponentModel component : table.relationships()) {
            RelationModel.Ref ref = component.ref();
            constants.add(Layout.leaf("$N", ref != null ? ref.constant() : component.constantName()));
        }
        if (constants.isEmpty()) {
            return Optional.empty();
        }
        TypeName type = ParameterizedTypeName.get(
                SupportTypes.LIST,
                ParameterizedTypeName.get(SupportTypes.RELATIONSHIP, record, WildcardTypeName.subtypeOf(Object.class)));
        Layout.Call list = Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), constants);
        return Optional.of(MethodBodies.override("relationships")
                .returns(type)
                .addCode("return $L;\n", Layout.render(list, 8, 8 + "return ".length(), 1))
                .build());
    }

    private FieldSpec toOne(ComponentModel component, RelationModel.Ref ref) {
        ClassName target = ColumnMapping.className(ref.target());
        SchemaModel.ForeignKeyModel foreignKey = table.foreignKey(component);
        SchemaModel.TargetTable targetTable = Objects.requireNonNull(foreignKey.targetTable(), "target table");
        TypeName refType =
                ParameterizedTypeName.get(SupportTypes.REF, target, ColumnMapping.valueType(component.type()));
        List<Layout.Code> args = new ArrayList<>(common(component, ref.constant(), ref.targetClass()));
        args.add(Layout.leaf("$S", component.columnName()));
        args.add(Layout.leaf("$S", targetTable.key().getFirst().column()));
        args.add(Layout.leaf("$L", component.nullable()));
        args.add(Layout.leaf("$T::$N", record, component.name()));
        args.add(wither(component, "ref", CodeBlock.of("($T) ref", refType)));
        TypeName type = ParameterizedTypeName.get(SupportTypes.TO_ONE, record, target);
        return field(type, ref.constant(), args)
                .addJavadoc(
                        "The {@code $L} relationship: the {@link $T} row that column {@code $L} references.",
                        component.name(),
                        target,
                        component.columnName())
                // the wither narrows the loader's Ref<X, ?> to the component's key type
                .addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
                        .addMember("value", "$S", "unchecked")
                        .build())
                .build();
    }

    private FieldSpec toMany(ComponentModel component, RelationModel.Many many) {
        String owner = table.record().qualifiedName();
        ClassName element = ColumnMapping.className(many.element().type());
        List<Layout.Code> args = new ArrayList<>(
                common(component, many.constant(), many.element().generatedClass()));
        RelationModel.Side through = many.through();
        CodeBlock javadoc;
        if (through == null) {
            RelationModel.RefComponent back = Objects.requireNonNull(many.back(owner), "back reference");
            args.add(Layout.leaf(
                    "() -> $T.$N", ColumnMapping.className(many.element().generatedClass()), back.constant()));
            javadoc = CodeBlock.of(
                    "The {@code $L} relationship: the {@link $T} rows whose {@code $L} references this row.",
                    component.name(),
                    element,
                    back.component());
        } else {
            ClassName association = ColumnMapping.className(through.generatedClass());
            RelationModel.RefComponent source = Objects.requireNonNull(many.throughSourceRef(owner), "source");
            RelationModel.RefComponent target = Objects.requireNonNull(many.throughTargetRef(owner), "target");
            args.add(Layout.leaf("() -> $T.$N", association, source.constant()));
            args.add(Layout.leaf("() -> $T.$N", association, target.constant()));
            javadoc = CodeBlock.of(
                    "The {@code $L} relationship: the {@link $T} rows linked to this row through {@link $T}.",
                    component.name(),
                    element,
                    ColumnMapping.className(through.type()));
        }
        args.add(Layout.leaf("$T::$N", record, component.name()));
        args.add(wither(component, "many", CodeBlock.of("many")));
        RelationModel.Cascades cascades = many.cascades();
        if (through == null && !cascades.isDefault()) {
            args.add(Layout.leaf(
                    "new $T.Cascades($L, $L, $L)",
                    SupportTypes.TO_MANY,
                    cascades.save(),
                    cascades.delete(),
                    cascades.orphanRemoval()));
        }
        TypeName type = ParameterizedTypeName.get(SupportTypes.TO_MANY, record, element);
        return field(type, many.constant(), args).addJavadoc(javadoc).build();
    }

    /** The name, the qualified constant name and the two table suppliers. */
    private List<Layout.Code> common(ComponentModel component, String constant, TypeRef targetClass) {
        return List.of(
                Layout.leaf("$S", component.name()),
                Layout.leaf("$S", generated.simpleName() + "." + constant),
                Layout.leaf("() -> $N", GeneratedNames.TABLE_CONSTANT),
                Layout.leaf("() -> $T.$N", ColumnMapping.className(targetClass), GeneratedNames.TABLE_CONSTANT));
    }

    /** {@code (row, ref) -> new Post(row.id(), (Ref<Author, Long>) ref, row.title())}, laid out as a call. */
    private Layout.Code wither(ComponentModel replaced, String parameter, CodeBlock value) {
        List<Layout.Code> args = new ArrayList<>();
        for (ComponentModel component : table.components()) {
            args.add(
                    component.name().equals(replaced.name())
                            ? new Layout.Leaf(value)
                            : Layout.leaf("row.$N()", component.name()));
        }
        return Layout.call(CodeBlock.of("(row, $N) -> new $T", parameter, record), args);
    }

    private static FieldSpec.Builder field(TypeName type, String name, List<Layout.Code> args) {
        Layout.Call initializer = Layout.call(CodeBlock.of("new $T<>", rawType(type)), args);
        int column = 4
                + "public static final ".length()
                + Layout.width(CodeBlock.of("$T", type))
                + 1
                + name.length()
                + " = ".length();
        return FieldSpec.builder(type, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .initializer(Layout.render(initializer, 4, column, 1));
    }

    private static ClassName rawType(TypeName type) {
        return ((ParameterizedTypeName) type).rawType();
    }
}
