package dev.ormdantic.processor.validate;

import static com.google.common.truth.Truth.assertThat;

import dev.ormdantic.processor.diag.Message;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Constraint;
import dev.ormdantic.processor.model.DeclarationKind;
import dev.ormdantic.processor.model.IndexModel;
import dev.ormdantic.processor.model.JavaType;
import dev.ormdantic.processor.model.Reach;
import dev.ormdantic.processor.model.Site;
import dev.ormdantic.processor.model.TableModel;
import dev.ormdantic.processor.model.TypeRef;
import dev.ormdantic.processor.model.ValueKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The validator on plain models, without javac. */
class TableValidatorTest {

    private static final TypeRef FLAVOR = new TypeRef("test", List.of("Flavor"));

    private static ComponentModel component(String name, JavaType type, boolean nullable, Constraint... constraints) {
        return new ComponentModel(
                name, name, false, name.toUpperCase(java.util.Locale.ROOT), type, nullable, List.of(constraints));
    }

    private static TableModel table(String key, List<ComponentModel> components, List<IndexModel> indexes) {
        return new TableModel(
                DeclarationKind.RECORD,
                FLAVOR,
                List.of(),
                Reach.REACHABLE,
                "flavor",
                false,
                List.of(key),
                components,
                indexes);
    }

    private static final JavaType STRING = JavaType.of(ValueKind.STRING, "String", false);
    private static final JavaType INT = JavaType.of(ValueKind.INT, "int", true);

    @Test
    void aValidTableHasNoProblems() {
        TableModel table = table(
                "id",
                List.of(
                        component("id", STRING, false),
                        component("name", STRING, false, new Constraint.Size("@Size(max = 80)", 0, 80)),
                        component("rating", INT, false, new Constraint.Min("@Min(0)", 0))),
                List.of(new IndexModel("name", false, 0), new IndexModel("name", true, 0)));

        assertThat(new TableValidator().validate(table)).isEmpty();
    }

    @Test
    void reportsEveryProblemInSourceOrder() {
        TableModel table = table(
                "key",
                List.of(
                        component("id", STRING, false),
                        component("rating", INT, true, new Constraint.Plain("NotBlank", "@NotBlank")),
                        component("tags", JavaType.of(ValueKind.UNSUPPORTED, "List<String>", false), false)),
                List.of(new IndexModel("nme", false, 0)));

        List<Problem> problems = new TableValidator().validate(table);

        assertThat(problems.stream().map(Problem::message).toList())
                .containsExactly(Message.ORM1008, Message.ORM1007, Message.ORM1003, Message.ORM1001, Message.ORM1005)
                .inOrder();
        assertThat(problems.get(4).site()).isEqualTo(new Site.TableAttribute("indexed", 0));
    }

    @Test
    void columnNamesCollideRegardlessOfCase() {
        TableModel table = table(
                "id",
                List.of(
                        component("id", STRING, false),
                        new ComponentModel("title", "Name", true, "TITLE", STRING, false, List.of()),
                        component("name", STRING, false)),
                List.of());

        List<Problem> problems = new TableValidator().validate(table);

        assertThat(problems)
                .containsExactly(
                        Problem.of(Message.ORM1004, new Site.ColumnName("name"), "title", "name", "Flavor", "name"));
    }

    @Test
    void onlyARecordIsChecked() {
        TableModel table = new TableModel(
                DeclarationKind.INTERFACE,
                FLAVOR,
                List.of(),
                Reach.REACHABLE,
                "flavor",
                false,
                List.of("id"),
                List.of(),
                List.of());

        assertThat(new TableValidator().validate(table))
                .containsExactly(Problem.of(Message.ORM1002, new Site.Declaration(), "interface", "Flavor"));
    }
}
