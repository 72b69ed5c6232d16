package dev.ormdantic.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.schema.ViewSpec;
import java.util.ArrayList;
import java.util.List;

/**
 * The parts of the {@code TableSpec} initializer that place the table in its schema: the schema, unique constraints,
 * foreign keys and view, and an index's partial predicate. A table that declares none of them keeps the short
 * constructor, so its generated text does not change.
 */
final class SchemaConstants {

    private static final ClassName UNIQUE_SPEC = ClassName.get(UniqueSpec.class);
    private static final ClassName FOREIGN_KEY_SPEC = ClassName.get(ForeignKeySpec.class);
    private static final ClassName ACTION = ClassName.get(ForeignKeySpec.Action.class);
    private static final ClassName VIEW_SPEC = ClassName.get(ViewSpec.class);

    private SchemaConstants() {}

    /** The arguments after the indexes, or none for a plain table in the default schema. */
    static List<Layout.Code> tableArguments(TableSpec spec) {
        ViewSpec view = spec.view();
        if (spec.schema().isEmpty()
                && spec.uniques().isEmpty()
                && spec.foreignKeys().isEmpty()
                && view == null) {
            return List.of();
        }
        List<Layout.Code> uniques = new ArrayList<>();
        for (UniqueSpec unique : spec.uniques()) {
            uniques.add(Layout.call(
                    CodeBlock.of("new $T", UNIQUE_SPEC),
                    List.of(Layout.leaf("$S", unique.name()), strings(unique.columns()))));
        }
        List<Layout.Code> foreignKeys = new ArrayList<>();
        for (ForeignKeySpec foreignKey : spec.foreignKeys()) {
            foreignKeys.add(Layout.call(
                    CodeBlock.of("new $T", FOREIGN_KEY_SPEC),
                    List.of(
                            Layout.leaf("$S", foreignKey.name()),
                            strings(foreignKey.columns()),
                            Layout.leaf("$S", foreignKey.targetSchema()),
                            Layout.leaf("$S", foreignKey.targetTable()),
                            strings(foreignKey.targetColumns()),
                            Layout.leaf("$T.$L", ACTION, foreignKey.onDelete().name()),
                            Layout.leaf("$T.$L", ACTION, foreignKey.onUpdate().name()))));
        }
        return List.of(
                Layout.leaf("$S", spec.schema()),
                Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), uniques),
                Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), foreignKeys),
                view == null
                        ? Layout.leaf("null")
                        : Layout.call(
                                CodeBlock.of("new $T", VIEW_SPEC),
                                List.of(Layout.leaf("$S", view.query()), Layout.leaf("$L", view.materialized()))));
    }

    /** The arguments after {@code unique}: the predicate of a partial index, or none. */
    static List<Layout.Code> indexArguments(IndexSpec index) {
        return index.where().isEmpty() ? List.of() : List.of(Layout.leaf("$S", index.where()));
    }

    private static Layout.Code strings(List<String> values) {
        List<Layout.Code> leaves = new ArrayList<>();
        for (String value : values) {
            leaves.add(Layout.leaf("$S", value));
        }
        return Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), leaves);
    }
}
