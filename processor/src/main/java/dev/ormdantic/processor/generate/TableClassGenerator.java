package dev.ormdantic.processor.generate;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.Dialects;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.UnsupportedFeatureException;
import dev.ormdantic.dialect.schema.ColumnGeneration;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.GeneratedNames;
import dev.ormdantic.processor.model.RelationModel;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Writes the {@code <Record>Table} class of a valid table model: a {@code GeneratedTable} subclass with one typed
 * column constant per component, the schema, the {@code TABLE} singleton, the statements of all six dialects as
 * string constants (a dialect whose statements equal an earlier one's refers to its constant), and the row mapper,
 * binders and validation. The members come in a fixed order and the constants in component order, so the same model
 * always gives the same text.
 */
public final class TableClassGenerator {

    /**
     * The generated-code format this processor writes, passed to the {@code GeneratedTable} constructor and checked by
     * the runtime at {@code open()} against its own {@code GeneratedTable.FORMAT}. Raise both together whenever what
     * the generated code calls or overrides in the runtime changes.
     */
    public static final int FORMAT = 4;

    private static final ClassName NULL_MARKED = ClassName.get("org.jspecify.annotations", "NullMarked");

    private final boolean markGenerated;
    private final boolean markNullMarked;

    /**
     * Creates a generator.
     *
     * @param markGenerated whether to annotate the class {@code @javax.annotation.processing.Generated} (false when
     *     the compilation cannot see that annotation, as in a module that does not read {@code java.compiler})
     * @param markNullMarked whether to annotate the class {@code @org.jspecify.annotations.NullMarked} (false when
     *     JSpecify is not on the compile class path)
     */
    public TableClassGenerator(boolean markGenerated, boolean markNullMarked) {
        this.markGenerated = markGenerated;
        this.markNullMarked = markNullMarked;
    }

    /**
     * Generates the class.
     *
     * @param table a model without validation errors
     * @return the source file
     */
    public JavaFile generate(TableModel table) {
        ClassName record = ColumnMapping.className(table.record());
        ClassName generated = ColumnMapping.className(table.generatedClass());
        TableSpec spec = table.spec();
        NameAllocator names = new NameAllocator();
        for (ComponentModel component : table.components()) {
            names.newName(component.constantName(), component);
            RelationModel.Ref ref = component.ref();
            if (ref != null) {
                names.newName(ref.constant(), ref);
            }
        }
        String singleton = names.newName(GeneratedNames.TABLE_CONSTANT);
        String format = names.newName("FORMAT");
        String columns = names.newName("COLUMNS");
        String specName = names.newName("SPEC");
        Map<Dialect, String> dialects = new LinkedHashMap<>();
        Map<Dialect, TableStatements> rendered = new LinkedHashMap<>();
        Map<Dialect, String> unsupported = new LinkedHashMap<>();
        for (Dialect dialect : Dialects.all()) {
            try {
                rendered.put(dialect, dialect.statements(spec));
                dialects.put(dialect, names.newName(StatementConstants.name(dialect)));
            } catch (UnsupportedFeatureException e) {
                unsupported.put(dialect, Objects.requireNonNull(e.getMessage()));
            }
        }
        ValidationConstants checks = new ValidationConstants(table, names);
        Map<String, String> jsonTypes = new LinkedHashMap<>();
        for (ComponentModel component : table.columns()) {
            if (component.type().kind() == ValueKind.JSON) {
                jsonTypes.put(component.name(), names.newName(component.constantName() + "_JSON"));
            }
        }
        TypeName keyType = table.compositeKey()
                ? generated.nestedClass("Key")
                : ColumnMapping.valueType(table.keyComponents().get(0).type());

        TypeSpec.Builder type = TypeSpec.classBuilder(generated)
                .addJavadoc("Generated from {@link $T}; do not edit.", record)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(SupportTypes.GENERATED_TABLE, record, keyType));
        if (markGenerated) {
            type.addAnnotation(AnnotationSpec.builder(SupportTypes.GENERATED)
                    .addMember("value", "$S", SupportTypes.PROCESSOR)
                    .build());
        }
        if (markNullMarked) {
            type.addAnnotation(NULL_MARKED);
        }
        type.addField(FieldSpec.builder(TypeName.INT, format, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The generated-code format, which the runtime checks when it opens the table.")
                .initializer("$L", FORMAT)
                .build());
        for (ComponentModel component : table.columns()) {
            type.addField(columnConstant(record, component, table));
        }
        TypeName columnList = ParameterizedTypeName.get(
                SupportTypes.LIST,
                ParameterizedTypeName.get(SupportTypes.COLUMN, record, WildcardTypeName.subtypeOf(Object.class)));
        type.addField(constant(columnList, columns, columnsInitializer(table)));
        type.addField(constant(SupportTypes.TABLE_SPEC, specName, specInitializer(table, spec)));
        // after SPEC, which its constructor reads
        type.addField(FieldSpec.builder(generated, singleton, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc(
                        "The {@code $L} table: what {@code db.table(...)}, {@code Query.from(...)} and {@code Filters}"
                                + " take.",
                        spec.name())
                .initializer("new $T()", generated)
                .build());
        RelationConstants relations = new RelationConstants(table, record, generated);
        relations.fields().forEach(type::addField);
        Map<TableStatements, String> written = new LinkedHashMap<>();
        dialects.forEach((dialect, name) -> {
            TableStatements statements = Objects.requireNonNull(rendered.get(dialect));
            type.addField(
                    constant(SupportTypes.TABLE_STATEMENTS, name, StatementConstants.initializer(statements, written)));
            written.putIfAbsent(statements, name);
        });
        for (ValidationConstants.Entry entry : checks.all()) {
            type.addField(constant(entry.type(), entry.name(), entry.initializer()));
        }
        for (ComponentModel component : table.components()) {
            String jsonType = jsonTypes.get(component.name());
            if (jsonType != null) {
                type.addField(jsonTypeConstant(component, jsonType));
            }
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc(
                        "For the service loader, which finds tables through the table index; use {@link #$N}.",
                        singleton)
                .addModifiers(Modifier.PUBLIC)
                .addStatement("super($N, $T.class, $N)", format, record, specName)
                .build());
        MethodBodies bodies = new MethodBodies(table, record, jsonTypes);
        type.addMethod(MethodBodies.override("columns")
                .returns(columnList)
                .addStatement("return $N", columns)
                .build());
        relations.method().ifPresent(type::addMethod);
        type.addMethod(bodies.statements(dialects, unsupported));
        type.addMethod(bodies.read());
        type.addMethod(bodies.bindRow());
        bodies.bindInsert().ifPresent(type::addMethod);
        bodies.withGenerated().ifPresent(type::addMethod);
        type.addMethod(bodies.bindUpdate());
        type.addMethod(bodies.bindKey(keyType));
        type.addMethod(bodies.key(keyType));
        ChangeMethods changes = new ChangeMethods(table, record, bodies);
        type.addMethod(changes.changedColumns());
        type.addMethod(changes.bindColumns());
        changes.version().forEach(type::addMethod);
        bodies.validate(checks).ifPresent(type::addMethod);
        for (ComponentModel component : table.components()) {
            if (component.hasEnumValues()) {
                type.addMethod(bodies.fromStoredMethod(component));
            }
        }
        if (table.compositeKey()) {
            type.addType(keyRecord(table, record));
        }
        return JavaFile.builder(generated.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** The nested {@code Key} record of a composite key: one component per key component, in key order. */
    private static TypeSpec keyRecord(TableModel table, ClassName record) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        CodeBlock.Builder javadoc = CodeBlock.builder()
                .add("The primary key of {@link $T}, as {@code findOne} and {@code delete} take it.\n\n", record);
        for (ComponentModel key : table.keyComponents()) {
            TypeName type = ColumnMapping.valueType(key.type());
            constructor.addParameter(key.type().primitive() ? type.unbox() : type, key.name());
            javadoc.add("@param $L the {@code $L} column\n", key.name(), key.columnName());
        }
        // a nested record is static without saying so
        return TypeSpec.recordBuilder("Key")
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(javadoc.build())
                .recordConstructor(constructor.build())
                .build();
    }

    private static FieldSpec columnConstant(ClassName record, ComponentModel component, TableModel table) {
        TypeName type = ColumnMapping.columnType(record, component.type());
        Layout.Call initializer = Layout.call(
                CodeBlock.of(
                        "$T.$L",
                        SupportTypes.COLUMNS,
                        ColumnMapping.columnFactory(component.type().kind())),
                columnArguments(component, table));
        int column = 4
                + "public static final ".length()
                + Layout.width(CodeBlock.of("$T", type))
                + 1
                + component.constantName().length()
                + " = ".length();
        return FieldSpec.builder(type, component.constantName(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The {@code $L} column.", component.columnName())
                .initializer(Layout.render(initializer, 4, column, 1))
                .build();
    }

    /** The full generic type of a JSON component, captured by an anonymous {@code JsonType}. */
    private static FieldSpec jsonTypeConstant(ComponentModel component, String name) {
        TypeName type = ParameterizedTypeName.get(SupportTypes.JSON_TYPE, ColumnMapping.valueType(component.type()));
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(
                        "$L",
                        TypeSpec.anonymousClassBuilder("$S", component.columnName())
                                .superclass(type)
                                .build())
                .build();
    }

    private static List<Layout.Code> columnArguments(ComponentModel component, TableModel table) {
        List<Layout.Code> args = new ArrayList<>(List.of(
                Layout.leaf("$S", component.columnName()),
                new Layout.Leaf(ColumnMapping.columnTypeExpression(table.columnType(component))),
                Layout.leaf("$L", component.columnNullable())));
        if (component.hasEnumValues()) {
            ClassName enumType = ColumnMapping.className(component.type().requireEnumType());
            List<Layout.Code> constants = new ArrayList<>();
            List<Layout.Code> values = new ArrayList<>();
            for (String constant : component.type().enumConstants()) {
                constants.add(Layout.leaf("$T.$N", enumType, constant));
            }
            for (String value : component.storedValues()) {
                values.add(Layout.leaf("$S", value));
            }
            args.add(Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), constants));
            args.add(Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), values));
        }
        if (!component.nativeTypeName().isEmpty()) {
            args.add(Layout.leaf("$S", component.nativeTypeName()));
        }
        return args;
    }

    private static FieldSpec constant(TypeName type, String name, Layout.Code initializer) {
        int column = 4
                + "private static final ".length()
                + Layout.width(CodeBlock.of("$T", type))
                + 1
                + name.length()
                + " = ".length();
        return FieldSpec.builder(type, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(Layout.render(initializer, 4, column, 1))
                .build();
    }

    private static Layout.Code columnsInitializer(TableModel table) {
        List<Layout.Code> constants = new ArrayList<>();
        for (ComponentModel component : table.columns()) {
            constants.add(Layout.leaf("$N", component.constantName()));
        }
        return Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), constants);
    }

    private static Layout.Code generationExpression(ColumnGeneration generation) {
        ClassName type = ClassName.get(ColumnGeneration.class);
        return switch (generation) {
            case ColumnGeneration.None none -> Layout.leaf("$T.none()", type);
            case ColumnGeneration.Identity identity -> Layout.leaf("new $T()", type.nestedClass("Identity"));
            case ColumnGeneration.ServerDefault serverDefault ->
                Layout.call(
                        CodeBlock.of("new $T", type.nestedClass("ServerDefault")),
                        List.of(Layout.leaf("$S", serverDefault.sql())));
            case ColumnGeneration.Computed computed ->
                Layout.call(
                        CodeBlock.of("new $T", type.nestedClass("Computed")),
                        List.of(Layout.leaf("$S", computed.expression()), Layout.leaf("$L", computed.stored())));
            case ColumnGeneration.Sequence sequence ->
                Layout.call(
                        CodeBlock.of("new $T", type.nestedClass("Sequence")),
                        List.of(
                                Layout.leaf("$S", sequence.name()),
                                Layout.leaf("$LL", sequence.start()),
                                Layout.leaf("$LL", sequence.increment())));
        };
    }

    private static Layout.Code specInitializer(TableModel table, TableSpec spec) {
        List<Layout.Code> columns = new ArrayList<>();
        List<ComponentModel> columnComponents = table.columns();
        for (int i = 0; i < columnComponents.size(); i++) {
            ComponentModel component = columnComponents.get(i);
            columns.add(CheckCode.column(
                    component.constantName(),
                    spec.columns().get(i),
                    component.generation() == null
                            ? null
                            : generationExpression(component.columnGeneration(table.tableName()))));
        }
        List<Layout.Code> key = new ArrayList<>();
        for (String column : spec.primaryKey()) {
            key.add(Layout.leaf("$S", column));
        }
        List<Layout.Code> indexes = new ArrayList<>();
        for (IndexSpec index : spec.indexes()) {
            List<Layout.Code> indexColumns = new ArrayList<>();
            for (String column : index.columns()) {
                indexColumns.add(Layout.leaf("$S", column));
            }
            List<Layout.Code> indexArguments = new ArrayList<>(List.of(
                    Layout.leaf("$S", index.name()),
                    Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), indexColumns),
                    Layout.leaf("$L", index.unique())));
            indexArguments.addAll(SchemaConstants.indexArguments(index));
            indexes.add(Layout.call(CodeBlock.of("new $T", SupportTypes.INDEX_SPEC), indexArguments));
        }
        CodeBlock listOf = CodeBlock.of("$T.of", SupportTypes.LIST);
        List<Layout.Code> arguments = new ArrayList<>(List.of(
                Layout.leaf("$S", spec.name()),
                Layout.call(listOf, columns),
                Layout.call(listOf, key),
                Layout.call(listOf, indexes)));
        // TableSpec has a constructor for each: plain, with checks, with schema objects, with both.
        arguments.addAll(SchemaConstants.tableArguments(spec));
        if (!spec.checks().isEmpty()) {
            arguments.add(CheckCode.list(spec.checks()));
        }
        return Layout.call(CodeBlock.of("new $T", SupportTypes.TABLE_SPEC), arguments);
    }
}
