package dev.ormdantic.processor.validate;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.processor.diag.Message;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Constraint;
import dev.ormdantic.processor.model.DeclarationKind;
import dev.ormdantic.processor.model.GeneratedNames;
import dev.ormdantic.processor.model.IndexModel;
import dev.ormdantic.processor.model.RelationModel;
import dev.ormdantic.processor.model.Site;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.model.ValueKind;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks a table model and returns every problem it has, errors and warnings, in source order: the declaration, the
 * table name, each component (type, nullability, column name, constraints), the key, then the indexes. A model
 * without errors is safe to generate: every name the generators look up exists and every type can be built.
 */
public final class TableValidator {

    /** PostgreSQL's identifier limit, the shortest of the six databases. */
    private static final int MAX_NAME_LENGTH = 63;

    private final ConstraintValidator constraints;
    private final SchemaValidator schema = new SchemaValidator();
    private final boolean providerVisible;

    /** Creates a validator for a compilation without a Bean Validation provider on its class path. */
    public TableValidator() {
        this(false);
    }

    /**
     * Creates a validator.
     *
     * @param providerVisible whether a Bean Validation provider is on the compile class path, so that custom
     *     constraints will most likely be checked at run time and need no warning
     */
    public TableValidator(boolean providerVisible) {
        this.providerVisible = providerVisible;
        this.constraints = new ConstraintValidator(providerVisible);
    }

    /**
     * Validates a model.
     *
     * @param table the model
     * @return the problems, empty when the table can be generated as it is
     */
    public List<Problem> validate(TableModel table) {
        List<Problem> problems = new ArrayList<>();
        String record = table.record().displayName();
        if (table.declarationKind() != DeclarationKind.RECORD) {
            problems.add(Problem.of(
                    Message.ORM1002,
                    new Site.Declaration(),
                    table.declarationKind().word(),
                    record));
            return problems;
        }
        declaration(table, problems);
        if (!providerVisible) {
            for (Constraint.Custom custom : table.recordConstraints()) {
                problems.add(Problem.of(Message.ORM1065, new Site.Declaration(), custom.name(), record));
            }
        }
        nameProblem(table.tableName())
                .ifPresent(reason -> problems.add(Problem.of(
                        Message.ORM1006,
                        table.tableNameExplicit() ? new Site.TableAttribute("name", -1) : new Site.Declaration(),
                        "table name",
                        table.tableName(),
                        record,
                        reason,
                        "@Table(name = \"...\")")));
        Map<String, ComponentModel> columns = new HashMap<>();
        Map<String, ComponentModel> constants = new HashMap<>();
        for (ComponentModel component : table.components()) {
            if (component.isColumn()) {
                component(table, component, problems);
            }
            RelationValidator.component(table, component, problems);
            ComponentModel sameColumn = component.isColumn()
                    ? columns.putIfAbsent(component.columnName().toLowerCase(Locale.ROOT), component)
                    : null;
            if (sameColumn != null) {
                problems.add(Problem.of(
                        Message.ORM1004,
                        new Site.ColumnName(component.name()),
                        sameColumn.name(),
                        component.name(),
                        record,
                        component.columnName()));
            }
            List<String> names = new ArrayList<>(List.of(component.constantName()));
            RelationModel.Ref ref = component.ref();
            if (ref != null) {
                names.add(ref.constant());
            }
            for (String name : names) {
                ComponentModel sameConstant = constants.putIfAbsent(name, component);
                if (sameConstant != null) {
                    problems.add(Problem.of(
                            Message.ORM1013,
                            new Site.Component(component.name()),
                            sameConstant.name(),
                            component.name(),
                            record,
                            table.generatedClass().simpleName(),
                            name));
                }
            }
        }
        version(table, problems);
        key(table, problems);
        indexes(table, problems);
        checks(table, problems);
        sharedNativeEnums(table, problems);
        if (problems.stream().noneMatch(Problem::isError)) {
            // Constraint names and foreign-key types are judged on components that are themselves valid.
            schema.validate(table, problems);
        }
        return problems;
    }

    private static void declaration(TableModel table, List<Problem> problems) {
        String reason = switch (table.reach()) {
            case REACHABLE -> "";
            case PRIVATE -> "it is private";
            case INSIDE_PRIVATE -> "it is nested in a private type";
            case LOCAL -> "it is declared inside a method";
        };
        if (!reason.isEmpty()) {
            problems.add(Problem.of(
                    Message.ORM1010, new Site.Declaration(), table.record().displayName(), reason));
        }
        if (!table.typeParameters().isEmpty()) {
            problems.add(Problem.of(
                    Message.ORM1010,
                    new Site.Declaration(),
                    table.record().displayName(),
                    "it has type parameters <" + String.join(", ", table.typeParameters()) + ">"));
        }
    }

    private void component(TableModel table, ComponentModel component, List<Problem> problems) {
        String record = table.record().displayName();
        String problem = component.type().problem();
        if (problem != null && component.type().kind() == ValueKind.JSON) {
            problems.add(Problem.of(
                    Message.ORM1020,
                    new Site.Component(component.name()),
                    component.name(),
                    record,
                    component.type().name(),
                    problem));
        } else if (problem != null && component.type().name().startsWith("Optional")) {
            problems.add(Problem.of(
                    Message.ORM1021,
                    new Site.Component(component.name()),
                    component.name(),
                    record,
                    component.type().name(),
                    problem));
        } else if (component.type().kind() == ValueKind.UNSUPPORTED) {
            problems.add(Problem.of(
                    Message.ORM1003,
                    new Site.Component(component.name()),
                    component.name(),
                    record,
                    component.type().name()));
        } else if (!component.type().accessible()) {
            problems.add(Problem.of(
                    Message.ORM1011,
                    new Site.Component(component.name()),
                    component.name(),
                    record,
                    component.type().name(),
                    table.generatedClass().simpleName()));
        }
        if (component.nullable() && component.type().optional()) {
            problems.add(
                    Problem.of(Message.ORM1023, new Site.NullableMarker(component.name()), component.name(), record));
        }
        if (component.nullable() && component.type().primitive()) {
            problems.add(Problem.of(
                    Message.ORM1008,
                    new Site.NullableMarker(component.name()),
                    component.name(),
                    record,
                    component.type().name(),
                    boxOf(component.type().kind())));
        }
        nameProblem(component.columnName())
                .ifPresent(reason -> problems.add(Problem.of(
                        Message.ORM1006,
                        new Site.ColumnName(component.name()),
                        "column name of component '" + component.name() + "'",
                        component.columnName(),
                        record,
                        reason,
                        "@Column(name = \"...\")")));
        constraints.validate(record, component, problems);
        enumValues(record, component, problems);
        nativeEnum(table, component, problems);
    }

    private static final String NATIVE_ENUM = "dev.ormdantic.annotation.NativeEnum";

    /** A {@code @NativeEnum} needs an enum and a valid type name that is not the table's. */
    private static void nativeEnum(TableModel table, ComponentModel component, List<Problem> problems) {
        String given = component.nativeEnum();
        if (given == null) {
            return;
        }
        String record = table.record().displayName();
        Site site = new Site.ComponentAnnotationValue(component.name(), NATIVE_ENUM, "name");
        if (component.type().kind() != ValueKind.ENUM) {
            problems.add(Problem.of(
                    Message.ORM1060,
                    site,
                    component.name(),
                    record,
                    component.type().name()));
            return;
        }
        String typeName = component.nativeTypeName();
        Optional<String> invalid = nameProblem(typeName);
        if (invalid.isPresent()) {
            problems.add(Problem.of(
                    Message.ORM1061,
                    site,
                    given,
                    component.name(),
                    record,
                    invalid.get(),
                    GeneratedNames.snakeCase(component.type().requireEnumType().simpleName())));
        } else if (typeName.equals(table.tableName())) {
            problems.add(Problem.of(Message.ORM1062, site, component.name(), record, typeName));
        }
    }

    /** Components that name one native enum type store the same values in it. */
    private static void sharedNativeEnums(TableModel table, List<Problem> problems) {
        Map<String, ComponentModel> byType = new HashMap<>();
        for (ComponentModel component : table.components()) {
            if (component.nativeEnum() == null || component.type().kind() != ValueKind.ENUM) {
                continue;
            }
            ComponentModel first = byType.putIfAbsent(component.nativeTypeName(), component);
            if (first != null && !first.storedValues().equals(component.storedValues())) {
                problems.add(Problem.of(
                        Message.ORM1063,
                        new Site.ComponentAnnotationValue(component.name(), NATIVE_ENUM, "name"),
                        first.name(),
                        component.name(),
                        table.record().displayName(),
                        component.nativeTypeName(),
                        first.storedValues() + " and " + component.storedValues()));
            }
        }
    }

    private static void enumValues(String record, ComponentModel component, List<Problem> problems) {
        if (!component.hasEnumValues()) {
            return;
        }
        String enumName = component.type().name();
        Map<String, String> seen = new HashMap<>();
        for (String constant : component.type().enumConstants()) {
            Site site = new Site.EnumConstant(component.name(), constant);
            String value = component.enumValues().get(constant);
            if (value == null) {
                problems.add(Problem.of(Message.ORM1032, site, enumName, constant, component.name(), record));
                continue;
            }
            String reason = value.isEmpty() ? "it is empty" : "";
            String other = seen.putIfAbsent(value, constant);
            if (other != null) {
                reason = "constant " + other + " has the same value";
            }
            if (!reason.isEmpty()) {
                problems.add(Problem.of(Message.ORM1033, site, enumName, constant, value, reason, component.name()));
            }
        }
    }

    private static void checks(TableModel table, List<Problem> problems) {
        Set<String> names = new HashSet<>();
        for (int i = 0; i < table.checks().size(); i++) {
            CheckSpec.Sql check = table.checks().get(i);
            String reason = nameProblem(check.name())
                    .map(r -> "the name is not valid: " + r)
                    .orElse("");
            if (reason.isEmpty() && check.sql().isBlank()) {
                reason = "its sql is blank";
            }
            if (reason.isEmpty() && !names.add(check.name().toLowerCase(Locale.ROOT))) {
                reason = "another check has the same name";
            }
            if (!reason.isEmpty()) {
                problems.add(Problem.of(
                        Message.ORM1031,
                        new Site.TableAttribute("checks", i),
                        check.name(),
                        table.record().displayName(),
                        reason,
                        table.tableName()));
            }
        }
    }

    /** The {@code @Version} component: one at most, an {@code int} or {@code long}, a plain column of its own. */
    private static void version(TableModel table, List<Problem> problems) {
        String record = table.record().displayName();
        ComponentModel first = null;
        for (ComponentModel component : table.components()) {
            if (!component.version()) {
                continue;
            }
            Site site = new Site.ComponentConstraint(component.name(), "Version");
            if (first != null) {
                problems.add(Problem.of(Message.ORM1121, site, record, first.name(), component.name()));
                continue;
            }
            first = component;
            String reason = table.isKey(component)
                    ? "is part of the key"
                    : !component.generations().isEmpty()
                            ? "is generated by the database"
                            : component.relation() != null ? "is a relationship" : null;
            if (reason != null) {
                problems.add(Problem.of(Message.ORM1122, site, component.name(), record, reason));
            } else if (!component.type().primitive()
                    || (component.type().kind() != ValueKind.INT
                            && component.type().kind() != ValueKind.LONG)) {
                problems.add(Problem.of(
                        Message.ORM1120,
                        site,
                        component.name(),
                        record,
                        component.type().name()));
            }
        }
    }

    private static void key(TableModel table, List<Problem> problems) {
        if (table.key().isEmpty()) {
            problems.add(Problem.of(
                    Message.ORM1001,
                    new Site.TableAttribute("pk", -1),
                    "",
                    table.record().displayName(),
                    componentNames(table)));
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < table.key().size(); i++) {
            String name = table.key().get(i);
            Site site = new Site.TableAttribute("pk", table.key().size() == 1 ? -1 : i);
            Optional<ComponentModel> key = table.component(name);
            if (key.isEmpty()) {
                problems.add(
                        Problem.of(Message.ORM1001, site, name, table.record().displayName(), componentNames(table)));
            } else if (!seen.add(name)) {
                problems.add(
                        Problem.of(Message.ORM1040, site, name, table.record().displayName()));
            } else if (key.get().type().optional()) {
                String written = key.get().type().name();
                problems.add(Problem.of(
                        Message.ORM1022,
                        new Site.Component(key.get().name()),
                        key.get().name(),
                        table.record().displayName(),
                        written.substring("Optional<".length(), written.length() - 1)));
            } else if (key.get().nullable()) {
                problems.add(Problem.of(
                        Message.ORM1009,
                        new Site.NullableMarker(key.get().name()),
                        key.get().name(),
                        table.record().displayName()));
            }
        }
        for (ComponentModel component : table.components()) {
            GenerationValidator.validate(table, component, problems);
        }
        if (!table.columns().isEmpty()
                && table.columns().stream().allMatch(c -> !c.generations().isEmpty())) {
            problems.add(Problem.of(
                    Message.ORM1047, new Site.Declaration(), table.record().displayName()));
        }
    }

    private static void indexes(TableModel table, List<Problem> problems) {
        Set<String> seen = new HashSet<>();
        for (IndexModel index : table.indexes()) {
            Site site = new Site.TableAttribute(index.attribute(), index.position());
            if (table.component(index.component()).isEmpty()) {
                problems.add(Problem.of(
                        Message.ORM1005,
                        site,
                        index.component(),
                        index.attribute(),
                        table.record().displayName(),
                        componentNames(table)));
            } else if (!seen.add(index.attribute() + ":" + index.component())) {
                problems.add(Problem.of(
                        Message.ORM1014,
                        site,
                        index.component(),
                        index.attribute(),
                        table.record().displayName()));
            }
        }
    }

    private static String componentNames(TableModel table) {
        if (table.components().isEmpty()) {
            return "(none)";
        }
        return table.components().stream().map(ComponentModel::name).collect(Collectors.joining(", "));
    }

    static Optional<String> nameProblem(String name) {
        if (name.isBlank()) {
            return Optional.of("it is blank");
        }
        if (name.codePoints().anyMatch(Character::isISOControl)) {
            return Optional.of("it contains a control character");
        }
        int length = name.codePointCount(0, name.length());
        if (length > MAX_NAME_LENGTH) {
            return Optional.of("it is " + length + " characters long");
        }
        return Optional.empty();
    }

    private static String boxOf(ValueKind kind) {
        return switch (kind) {
            case BOOLEAN -> "Boolean";
            case BYTE -> "Byte";
            case SHORT -> "Short";
            case INT -> "Integer";
            case LONG -> "Long";
            case FLOAT -> "Float";
            case DOUBLE -> "Double";
            default -> "a reference type";
        };
    }
}
