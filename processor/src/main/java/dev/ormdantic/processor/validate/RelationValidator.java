package dev.ormdantic.processor.validate;

import dev.ormdantic.processor.diag.Message;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Constraint;
import dev.ormdantic.processor.model.Generation;
import dev.ormdantic.processor.model.RelationModel;
import dev.ormdantic.processor.model.SchemaModel;
import dev.ormdantic.processor.model.Site;
import dev.ormdantic.processor.model.TableModel;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Checks the relationship components of a table: {@code Ref} components (their annotations, their target and key
 * type, cycles of non-nullable references) and {@code Many} components ({@code @BackReference} or {@code @Through},
 * the records they name, and what a component that is no column cannot carry).
 */
final class RelationValidator {

    private static final String BACK_REFERENCE = "dev.ormdantic.annotation.BackReference";
    private static final String THROUGH = "dev.ormdantic.annotation.Through";
    private static final String REFERENCES = "dev.ormdantic.annotation.References";

    private RelationValidator() {}

    /** Checks one component's relationship, if it has one; what needs the referenced key waits for {@link #target}. */
    static void component(TableModel table, ComponentModel component, List<Problem> problems) {
        String record = table.record().displayName();
        switch (component.relation()) {
            case null -> {}
            case RelationModel.Malformed malformed ->
                problems.add(Problem.of(
                        Message.ORM1080,
                        new Site.Component(component.name()),
                        component.name(),
                        record,
                        malformed.written(),
                        malformed.problem(),
                        malformed.fix()));
            case RelationModel.Misplaced misplaced ->
                problems.add(Problem.of(
                        Message.ORM1090,
                        new Site.ComponentAnnotationValue(
                                component.name(),
                                misplaced.annotation().equals("Through") ? THROUGH : BACK_REFERENCE,
                                "value"),
                        component.name(),
                        record,
                        "of type " + misplaced.written(),
                        "carry @" + misplaced.annotation(),
                        "Declare it as Many<Element> to make it a to-many relationship, or remove @"
                                + misplaced.annotation()));
            case RelationModel.Ref ref -> ref(table, component, ref, problems);
            case RelationModel.Many many -> many(table, component, many, problems);
        }
    }

    private static void ref(TableModel table, ComponentModel component, RelationModel.Ref ref, List<Problem> problems) {
        String record = table.record().displayName();
        String referencesValue = ref.referencesValue();
        if (referencesValue != null) {
            problems.add(Problem.of(
                    Message.ORM1084,
                    new Site.ComponentAnnotationValue(component.name(), REFERENCES, "value"),
                    component.name(),
                    record,
                    referencesValue,
                    ref.written(),
                    ref.target().displayName()));
        }
        for (Generation generation : component.generations()) {
            problems.add(Problem.of(
                    Message.ORM1090,
                    new Site.ComponentConstraint(component.name(), generation.annotation()),
                    component.name(),
                    record,
                    "a " + ref.written(),
                    "carry " + generation.display(),
                    "A foreign-key column holds the key of a row of "
                            + ref.target().displayName() + ", which the application writes; remove "
                            + generation.display()));
        }
        if (!ref.cycle().isEmpty()) {
            problems.add(Problem.of(
                    Message.ORM1091,
                    new Site.Component(component.name()),
                    component.name(),
                    record,
                    ref.written(),
                    String.join(" -> ", ref.cycle())));
        }
    }

    /**
     * Checks the target of a {@code Ref}'s foreign key, in place of the {@code @References} checks: a {@code @Table}
     * record that is no view, with a single key of the {@code Ref}'s key type.
     */
    static void target(
            TableModel table,
            ComponentModel component,
            SchemaModel.ForeignKeyModel foreignKey,
            List<Problem> problems) {
        RelationModel.Ref ref = java.util.Objects.requireNonNull(component.ref());
        String record = table.record().displayName();
        String target = ref.target().displayName();
        Site site = new Site.Component(component.name());
        SchemaModel.TargetTable targetTable = foreignKey.targetTable();
        if (targetTable == null || targetTable.key().isEmpty() || targetTable.view()) {
            String why = targetTable == null
                    ? "is not annotated @Table"
                    : targetTable.view() ? "is a @View" : "has a @Table(pk) that names no component";
            problems.add(Problem.of(Message.ORM1081, site, component.name(), record, ref.written(), target, why));
            return;
        }
        if (targetTable.key().size() != 1) {
            problems.add(Problem.of(
                    Message.ORM1082,
                    site,
                    component.name(),
                    record,
                    ref.written(),
                    target,
                    String.valueOf(targetTable.key().size()),
                    targetTable.key().stream()
                            .map(SchemaModel.TargetKey::component)
                            .collect(Collectors.joining(", "))));
            return;
        }
        SchemaModel.TargetKey key = targetTable.key().getFirst();
        if (key.type().kind() != component.type().kind()) {
            problems.add(Problem.of(
                    Message.ORM1083,
                    site,
                    component.name(),
                    record,
                    ref.written(),
                    key.component(),
                    target,
                    key.type().name(),
                    boxed(key.type().name())));
        }
    }

    private static void many(
            TableModel table, ComponentModel component, RelationModel.Many many, List<Problem> problems) {
        String record = table.record().displayName();
        String owner = table.record().qualifiedName();
        String name = component.name();
        Site site = new Site.Component(name);
        if (component.nullable()) {
            problems.add(Problem.of(
                    Message.ORM1090,
                    new Site.NullableMarker(name),
                    name,
                    record,
                    "a " + many.written(),
                    "be @Nullable",
                    "Remove @Nullable: a Many is never null, and an unloaded one is its own state (isLoaded() is"
                            + " false, get() throws ORM2601)"));
        }
        for (Constraint constraint : component.constraints()) {
            problems.add(Problem.of(
                    Message.ORM1090,
                    new Site.ComponentConstraint(name, constraint.annotation()),
                    name,
                    record,
                    "a " + many.written(),
                    "carry " + constraint.text(),
                    "Remove it: a Many is no column and is not validated when its record is written"));
        }
        for (Generation generation : component.generations()) {
            problems.add(Problem.of(
                    Message.ORM1090,
                    new Site.ComponentConstraint(name, generation.annotation()),
                    name,
                    record,
                    "a " + many.written(),
                    "carry " + generation.display(),
                    "Remove it: a Many is no column"));
        }
        if (component.columnNameExplicit() || component.nativeEnum() != null) {
            problems.add(Problem.of(
                    Message.ORM1090,
                    component.columnNameExplicit() ? new Site.ColumnName(name) : site,
                    name,
                    record,
                    "a " + many.written(),
                    component.columnNameExplicit() ? "carry @Column" : "carry @NativeEnum",
                    "Remove it: a Many is no column"));
        }
        RelationModel.Side element = many.element();
        String elementName = element.type().displayName();
        if (!element.table() || element.view()) {
            problems.add(Problem.of(
                    Message.ORM1089,
                    site,
                    name,
                    record,
                    many.written(),
                    elementName,
                    element.view() ? "is a @View" : "is not annotated @Table"));
            return;
        }
        String backReference = many.backReference();
        RelationModel.Side through = many.through();
        if ((backReference == null) == (through == null)) {
            problems.add(Problem.of(
                    Message.ORM1085,
                    site,
                    name,
                    record,
                    many.written(),
                    backReference == null ? "neither @BackReference nor @Through" : "both @BackReference and @Through",
                    elementName));
            return;
        }
        if (backReference != null) {
            backReference(table, name, many, backReference, problems);
        } else if (through != null) {
            through(name, record, owner, many, through, problems);
        }
    }

    private static void backReference(
            TableModel table, String name, RelationModel.Many many, String value, List<Problem> problems) {
        String record = table.record().displayName();
        String owner = table.record().qualifiedName();
        RelationModel.Side element = many.element();
        String elementName = element.type().displayName();
        Site site = new Site.ComponentAnnotationValue(name, BACK_REFERENCE, "value");
        List<RelationModel.RefComponent> candidates = element.refsTo(owner);
        String candidateList = candidates.isEmpty()
                ? elementName + " has none: add one, such as Ref<" + record + ", Long> " + lowerFirst(record)
                : "its Refs to " + record + ": " + names(candidates);
        if (value.isEmpty()) {
            if (candidates.size() != 1) {
                problems.add(Problem.of(
                        Message.ORM1086,
                        site,
                        value,
                        name,
                        record,
                        candidates.isEmpty()
                                ? "names no component, and " + elementName + " has no Ref to " + record
                                : "names no component, and " + elementName + " has several Refs to " + record + " ("
                                        + names(candidates) + ")",
                        candidates.isEmpty()
                                ? "Add a Ref to " + record + " to " + elementName + ", such as Ref<" + record
                                        + ", Long> " + lowerFirst(record)
                                : "Name one, such as @BackReference(\""
                                        + candidates.getFirst().component() + "\")"));
            }
            return;
        }
        RelationModel.RefComponent named = element.ref(value);
        if (named == null) {
            problems.add(Problem.of(
                    Message.ORM1086,
                    site,
                    value,
                    name,
                    record,
                    element.components().contains(value)
                            ? "names component '" + value + "' of " + elementName + ", which is not a Ref"
                            : "names no component of " + elementName,
                    "Name the component of " + elementName + " that is a Ref to " + record + " (" + candidateList
                            + ")"));
        } else if (!named.references(owner)) {
            problems.add(Problem.of(
                    Message.ORM1087,
                    site,
                    value,
                    name,
                    record,
                    elementName,
                    named.target() == null ? "?" : named.target().displayName(),
                    " (" + candidateList + ")"));
        }
    }

    private static void through(
            String name,
            String record,
            String owner,
            RelationModel.Many many,
            RelationModel.Side through,
            List<Problem> problems) {
        String association = through.type().displayName();
        String elementName = many.element().type().displayName();
        String elementQualified = many.element().type().qualifiedName();
        if (!through.table() || through.view()) {
            problems.add(Problem.of(
                    Message.ORM1088,
                    new Site.ComponentAnnotationValue(name, THROUGH, "value"),
                    association,
                    name,
                    record,
                    through.view() ? "names a @View" : "names a record that is not annotated @Table",
                    "Name a @Table record with a Ref to " + record + " and a Ref to " + elementName
                            + ", such as @Table(pk = {\"" + lowerFirst(record) + "\", \"" + lowerFirst(elementName)
                            + "\"}) record " + record + elementName + "(Ref<" + record + ", Long> "
                            + lowerFirst(record) + ", Ref<" + elementName + ", Long> " + lowerFirst(elementName)
                            + ")"));
            return;
        }
        if (many.throughSourceRef(owner) == null) {
            throughSide(name, record, through, "source", many.throughSource(), owner, record, problems);
        }
        if (many.throughTargetRef(owner) == null) {
            throughSide(name, record, through, "target", many.throughTarget(), elementQualified, elementName, problems);
        }
    }

    private static void throughSide(
            String name,
            String record,
            RelationModel.Side through,
            String attribute,
            String value,
            String referenced,
            String referencedName,
            List<Problem> problems) {
        String association = through.type().displayName();
        List<RelationModel.RefComponent> candidates = through.refsTo(referenced);
        String problem;
        String fix;
        if (!value.isEmpty()) {
            RelationModel.RefComponent named = through.ref(value);
            problem = named == null
                    ? (through.components().contains(value)
                            ? "has " + attribute + " = \"" + value + "\", which is not a Ref component of "
                                    + association
                            : "has " + attribute + " = \"" + value + "\", which is no component of " + association)
                    : "has " + attribute + " = \"" + value + "\", a Ref to "
                            + (named.target() == null ? "?" : named.target().displayName()) + ", not to "
                            + referencedName;
            fix = candidates.isEmpty()
                    ? "Add a Ref<" + referencedName + ", ...> component to " + association
                    : "Name a Ref to " + referencedName + " of " + association + ": " + names(candidates);
        } else if (candidates.isEmpty()) {
            problem = "names " + association + ", which has no Ref to " + referencedName;
            fix = "Add a Ref<" + referencedName + ", ...> component to " + association;
        } else {
            problem = "names " + association + ", which has several Refs to " + referencedName + " ("
                    + names(candidates) + ")";
            fix = "Say which with @Through(value = " + association + ".class, " + attribute + " = \""
                    + candidates.getFirst().component() + "\")";
        }
        problems.add(Problem.of(
                Message.ORM1088,
                new Site.ComponentAnnotationValue(name, THROUGH, value.isEmpty() ? "value" : attribute),
                association,
                name,
                record,
                problem,
                fix));
    }

    private static String names(List<RelationModel.RefComponent> refs) {
        return refs.stream().map(RelationModel.RefComponent::component).collect(Collectors.joining(", "));
    }

    private static String lowerFirst(String name) {
        String simple = name.substring(name.lastIndexOf('.') + 1);
        return Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
    }

    private static String boxed(String type) {
        return switch (type) {
            case "boolean" -> "Boolean";
            case "byte" -> "Byte";
            case "short" -> "Short";
            case "int" -> "Integer";
            case "long" -> "Long";
            case "float" -> "Float";
            case "double" -> "Double";
            default -> type;
        };
    }
}
