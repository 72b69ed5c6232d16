package dev.ormdantic.processor.validate;

import dev.ormdantic.processor.diag.Message;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Generation;
import dev.ormdantic.processor.model.Site;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.model.ValueKind;
import java.util.List;

/**
 * Checks the annotations that make the database fill a column: one per component, {@code @Identity} on the only key
 * component and of an integer type, {@code @Sequence} on a whole number, {@code @Computed} off the key, and their
 * attributes.
 */
final class GenerationValidator {

    private GenerationValidator() {}

    static void validate(TableModel table, ComponentModel component, List<Problem> problems) {
        List<Generation> generations = component.generations();
        if (generations.isEmpty()) {
            return;
        }
        String record = table.record().displayName();
        Generation generation = generations.get(0);
        Site site = new Site.ComponentConstraint(component.name(), generation.annotation());
        if (generations.size() > 1) {
            Generation second = generations.get(1);
            problems.add(Problem.of(
                    Message.ORM1043,
                    new Site.ComponentConstraint(component.name(), second.annotation()),
                    component.name(),
                    record,
                    generation.display(),
                    second.display()));
            return;
        }
        ValueKind kind = component.type().kind();
        switch (generation) {
            case Generation.Identity identity -> {
                if (kind != ValueKind.INT && kind != ValueKind.LONG) {
                    problems.add(Problem.of(
                            Message.ORM1041,
                            site,
                            component.name(),
                            record,
                            component.type().name()));
                } else if (table.key().size() != 1 || !table.isKey(component)) {
                    problems.add(Problem.of(
                            Message.ORM1042, site, component.name(), record, String.join(", ", table.key())));
                }
            }
            case Generation.ServerDefault serverDefault -> {
                if (serverDefault.sql().isBlank()) {
                    problems.add(Problem.of(
                            Message.ORM1044,
                            site,
                            "@ServerDefault",
                            component.name(),
                            record,
                            "its SQL expression is blank",
                            "Write the default as SQL, such as @ServerDefault(\"CURRENT_TIMESTAMP\")"));
                }
            }
            case Generation.Computed computed -> {
                if (computed.expression().isBlank()) {
                    problems.add(Problem.of(
                            Message.ORM1044,
                            site,
                            "@Computed",
                            component.name(),
                            record,
                            "its SQL expression is blank",
                            "Write the expression over column names, such as @Computed(\"price * quantity\")"));
                } else if (table.isKey(component)) {
                    problems.add(Problem.of(Message.ORM1046, site, component.name(), record));
                }
            }
            case Generation.Sequence sequence -> {
                if (kind != ValueKind.SHORT && kind != ValueKind.INT && kind != ValueKind.LONG) {
                    problems.add(Problem.of(
                            Message.ORM1045,
                            site,
                            component.name(),
                            record,
                            component.type().name()));
                } else if (sequence.increment() == 0) {
                    problems.add(Problem.of(
                            Message.ORM1044,
                            site,
                            "@Sequence",
                            component.name(),
                            record,
                            "its increment is 0",
                            "Give it a non-zero increment, such as increment = 1"));
                } else if (badName(sequence.resolvedName(table.tableName(), component.columnName()))) {
                    problems.add(Problem.of(
                            Message.ORM1044,
                            site,
                            "@Sequence",
                            component.name(),
                            record,
                            "its name \"" + sequence.resolvedName(table.tableName(), component.columnName())
                                    + "\" is blank, holds a control character or is longer than 63 characters",
                            "Choose a name of 1 to 63 characters with @Sequence(name = \"...\")"));
                }
            }
        }
    }

    private static boolean badName(String name) {
        return name.isBlank()
                || name.codePoints().anyMatch(Character::isISOControl)
                || name.codePointCount(0, name.length()) > 63;
    }
}
