package dev.ormdantic.processor.validate;

import dev.ormdantic.processor.diag.Message;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.GeneratedNames;
import dev.ormdantic.processor.model.IndexModel;
import dev.ormdantic.processor.model.JavaType;
import dev.ormdantic.processor.model.SchemaModel;
import dev.ormdantic.processor.model.SchemaModel.ForeignKeyModel;
import dev.ormdantic.processor.model.SchemaModel.TargetKey;
import dev.ormdantic.processor.model.SchemaModel.TargetTable;
import dev.ormdantic.processor.model.Site;
import dev.ormdantic.processor.model.TableModel;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks what a table declares about its place in the schema: the schema name, {@code @Table(indexes)} and
 * {@code @Table(uniques)} entries, foreign keys (their target, key arity, column types and {@code SET_NULL} on
 * non-nullable columns), the uniqueness of index and constraint names, and what a {@code @View} may not have.
 */
final class SchemaValidator {

    private static final String REFERENCES = "dev.ormdantic.annotation.References";

    void validate(TableModel table, List<Problem> problems) {
        SchemaModel schema = table.schemaModel();
        String record = table.record().displayName();
        if (!schema.schema().isEmpty()) {
            TableValidator.nameProblem(schema.schema())
                    .ifPresent(reason -> problems.add(Problem.of(
                            Message.ORM1006,
                            new Site.TableAttribute("schema", -1),
                            "schema name",
                            schema.schema(),
                            record,
                            reason,
                            "@Table(schema = \"...\")")));
        }
        boolean known = true;
        for (SchemaModel.IndexDecl index : schema.indexes()) {
            known &= components(table, index.components(), "indexes", index.position(), "columns", problems);
        }
        for (SchemaModel.UniqueDecl unique : schema.uniques()) {
            known &= components(table, unique.components(), "uniques", unique.position(), "value", problems);
        }
        for (ForeignKeyModel foreignKey : schema.foreignKeys()) {
            if (foreignKey.position() >= 0) {
                known &= components(
                        table, foreignKey.components(), "foreignKeys", foreignKey.position(), "columns", problems);
            }
        }
        if (!known) {
            return;
        }
        for (ForeignKeyModel foreignKey : schema.foreignKeys()) {
            foreignKey(table, foreignKey, problems);
        }
        names(table, problems);
        view(table, problems);
    }

    /** Reports an empty or unknown component list; whether every component exists. */
    private static boolean components(
            TableModel table,
            List<String> components,
            String attribute,
            int position,
            String nested,
            List<Problem> problems) {
        String entry = "@Table(" + attribute + ") entry " + position;
        Site site = new Site.NestedAttribute(attribute, position, nested);
        if (components.isEmpty()) {
            problems.add(Problem.of(
                    Message.ORM1054,
                    site,
                    entry,
                    table.record().displayName(),
                    "lists no component",
                    componentNames(table)));
            return false;
        }
        boolean known = true;
        for (String component : components) {
            if (table.component(component).isEmpty()) {
                problems.add(Problem.of(
                        Message.ORM1054,
                        site,
                        entry,
                        table.record().displayName(),
                        "names \"" + component + "\", which is no component",
                        componentNames(table)));
                known = false;
            }
        }
        return known;
    }

    private static void foreignKey(TableModel table, ForeignKeyModel foreignKey, List<Problem> problems) {
        String record = table.record().displayName();
        String on = foreignKey.position() < 0
                ? "component '" + foreignKey.components().getFirst() + "'"
                : "@Table(foreignKeys) entry " + foreignKey.position();
        Site targetSite = foreignKey.position() < 0
                ? new Site.ComponentAnnotationValue(foreignKey.components().getFirst(), REFERENCES, "value")
                : new Site.NestedAttribute("foreignKeys", foreignKey.position(), "references");
        ComponentModel ref = foreignKey.position() < 0
                ? table.component(foreignKey.components().getFirst())
                        .filter(component -> component.ref() != null)
                        .orElse(null)
                : null;
        if (ref != null) {
            // a Ref's target and key type, in words that fit a Ref
            RelationValidator.target(table, ref, foreignKey, problems);
            setNull(
                    table,
                    foreignKey,
                    on,
                    "onDelete",
                    foreignKey.onDelete(),
                    "when the referenced row is deleted",
                    problems);
            setNull(
                    table,
                    foreignKey,
                    on,
                    "onUpdate",
                    foreignKey.onUpdate(),
                    "when the referenced key changes",
                    problems);
            return;
        }
        TargetTable target = foreignKey.targetTable();
        if (target == null || target.key().isEmpty()) {
            problems.add(Problem.of(
                    Message.ORM1050,
                    targetSite,
                    foreignKey.annotation(),
                    on,
                    record,
                    foreignKey.target(),
                    target == null ? "which is not annotated @Table" : "whose @Table(pk) names no component"));
            return;
        }
        if (target.view()) {
            problems.add(
                    Problem.of(Message.ORM1057, targetSite, foreignKey.annotation(), on, record, foreignKey.target()));
            return;
        }
        if (target.key().size() != foreignKey.components().size()) {
            problems.add(Problem.of(
                    Message.ORM1052,
                    targetSite,
                    foreignKey.annotation(),
                    on,
                    record,
                    String.valueOf(foreignKey.components().size()),
                    "the key of " + foreignKey.target() + " has " + target.key().size() + " ("
                            + target.key().stream().map(TargetKey::component).collect(Collectors.joining(", "))
                            + ")"));
            return;
        }
        for (int i = 0; i < target.key().size(); i++) {
            TargetKey key = target.key().get(i);
            ComponentModel component = Objects.requireNonNull(
                    table.component(foreignKey.components().get(i)).orElse(null));
            if (!sameType(component.type(), key.type())) {
                problems.add(Problem.of(
                        Message.ORM1051,
                        targetSite,
                        component.name(),
                        record,
                        component.type().name(),
                        "the key component '" + key.component() + "' of " + foreignKey.target(),
                        key.type().name()));
            }
        }
        setNull(
                table,
                foreignKey,
                on,
                "onDelete",
                foreignKey.onDelete(),
                "when the referenced row is deleted",
                problems);
        setNull(table, foreignKey, on, "onUpdate", foreignKey.onUpdate(), "when the referenced key changes", problems);
    }

    private static void setNull(
            TableModel table,
            ForeignKeyModel foreignKey,
            String on,
            String attribute,
            String action,
            String when,
            List<Problem> problems) {
        if (!action.equals("SET_NULL")) {
            return;
        }
        for (String name : foreignKey.components()) {
            ComponentModel component = table.component(name).orElse(null);
            if (component != null && !component.nullable()) {
                problems.add(Problem.of(
                        Message.ORM1053,
                        foreignKey.position() < 0
                                ? new Site.ComponentAnnotationValue(name, REFERENCES, attribute)
                                : new Site.NestedAttribute("foreignKeys", foreignKey.position(), attribute),
                        foreignKey.annotation(),
                        on,
                        table.record().displayName(),
                        name,
                        when));
            }
        }
    }

    /** Java types match when they hold the same kind of value: {@code long} and {@code Long}, the same enum. */
    private static boolean sameType(JavaType referencing, JavaType referenced) {
        return referencing.kind() == referenced.kind() && Objects.equals(referencing.enumType(), referenced.enumType());
    }

    private static void names(TableModel table, List<Problem> problems) {
        SchemaModel schema = table.schemaModel();
        String record = table.record().displayName();
        Map<String, String> seen = new HashMap<>();
        seen.put(table.tableName().toLowerCase(Locale.ROOT) + "_pkey", "the primary key constraint");
        for (IndexModel index : table.indexes()) {
            table.component(index.component())
                    .ifPresent(component -> seen.putIfAbsent(
                            GeneratedNames.indexName(table.tableName(), component.columnName(), index.unique())
                                    .toLowerCase(Locale.ROOT),
                            "the index of @Table(" + index.attribute() + ") \"" + index.component() + "\""));
        }
        for (SchemaModel.IndexDecl index : schema.indexes()) {
            String name = index.name().isEmpty()
                    ? GeneratedNames.indexName(table.tableName(), columns(table, index.components()), index.unique())
                    : index.name();
            name(
                    name,
                    "index",
                    "@Table(indexes) entry " + index.position(),
                    new Site.NestedAttribute("indexes", index.position(), "name"),
                    record,
                    seen,
                    problems);
        }
        int unnamed = 0;
        for (SchemaModel.UniqueDecl unique : schema.uniques()) {
            String name = unique.name().isEmpty() ? table.tableName() + "_unique_" + unnamed++ : unique.name();
            name(
                    name,
                    "unique constraint",
                    "@Table(uniques) entry " + unique.position(),
                    new Site.NestedAttribute("uniques", unique.position(), "name"),
                    record,
                    seen,
                    problems);
        }
        for (ForeignKeyModel foreignKey : schema.foreignKeys()) {
            Site site = foreignKey.position() < 0
                    ? new Site.ComponentAnnotationValue(foreignKey.components().getFirst(), REFERENCES, "name")
                    : new Site.NestedAttribute("foreignKeys", foreignKey.position(), "name");
            name(
                    table.foreignKeyName(foreignKey),
                    "foreign key",
                    "the foreign key of " + foreignKey.components(),
                    site,
                    record,
                    seen,
                    problems);
        }
    }

    private static void name(
            String name,
            String kind,
            String what,
            Site site,
            String record,
            Map<String, String> seen,
            List<Problem> problems) {
        TableValidator.nameProblem(name)
                .ifPresent(reason -> problems.add(
                        Problem.of(Message.ORM1006, site, kind + " name", name, record, reason, "name = \"...\"")));
        String other = seen.putIfAbsent(name.toLowerCase(Locale.ROOT), what);
        if (other != null) {
            problems.add(Problem.of(Message.ORM1055, site, kind, name, record, other));
        }
    }

    private static void view(TableModel table, List<Problem> problems) {
        SchemaModel schema = table.schemaModel();
        SchemaModel.ViewModel view = schema.view();
        if (view == null) {
            return;
        }
        String record = table.record().displayName();
        if (view.query().isBlank()) {
            problems.add(Problem.of(
                    Message.ORM1056,
                    new Site.Declaration(),
                    record,
                    "have a blank query",
                    "Write the SELECT that defines the view in @View(query), selecting every column by name"));
        }
        if (!table.indexes().isEmpty()
                || !schema.indexes().isEmpty()
                || !schema.uniques().isEmpty()
                || !schema.foreignKeys().isEmpty()) {
            problems.add(Problem.of(
                    Message.ORM1056,
                    new Site.Declaration(),
                    record,
                    "have indexes, unique constraints or foreign keys",
                    "Remove them from the record; declare them on the tables the view reads"));
        }
    }

    private static String columns(TableModel table, List<String> components) {
        return components.stream()
                .map(name ->
                        table.component(name).map(ComponentModel::columnName).orElse(name))
                .collect(Collectors.joining("_"));
    }

    private static String componentNames(TableModel table) {
        return table.components().isEmpty()
                ? "(none)"
                : table.components().stream().map(ComponentModel::name).collect(Collectors.joining(", "));
    }
}
