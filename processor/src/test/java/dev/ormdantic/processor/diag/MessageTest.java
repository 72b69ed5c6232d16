package dev.ormdantic.processor.diag;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The message catalog. */
class MessageTest {

    @ParameterizedTest
    @EnumSource(Message.class)
    void everyMessageStartsWithItsCodeAndUsesEveryArgument(Message message) {
        String text = message.format("A0", "A1", "A2", "A3", "A4", "A5", "A6");

        assertThat(text).startsWith("[" + message.name() + "] ");
        assertThat(text).doesNotContainMatch("\\{\\d\\}");
        assertThat(text).contains("A0");
    }

    @Test
    void quotesAroundComponentNamesSurviveFormatting() {
        assertThat(Message.ORM1101.format("Slug", "slug", "Flavor"))
                .startsWith("[ORM1101] @Slug on component 'slug' of record Flavor is a custom constraint,");
    }

    @Test
    void keyErrorKeepsItsDocumentedPrefix() {
        assertThat(Message.ORM1001.format("idd", "Flavor", "id, name, rating"))
                .startsWith("[ORM1001] @Table(pk = \"idd\") names no component of record Flavor;"
                        + " components: id, name, rating. ");
    }

    @Test
    void literalBracesArePrinted() {
        assertThat(Message.ORM1002.format("class", "Flavor"))
                .endsWith("public record Flavor(String id, String name) {}");
    }

    @Test
    void onlyTheUncheckedConstraintsAndAModuleMissingProvidesAreWarnings() {
        java.util.Set<Message> warnings =
                java.util.EnumSet.of(Message.ORM1065, Message.ORM1066, Message.ORM1101, Message.ORM1102);
        for (Message message : Message.values()) {
            assertThat(message.severity())
                    .isEqualTo(warnings.contains(message) ? Message.Severity.WARNING : Message.Severity.ERROR);
        }
    }
}
