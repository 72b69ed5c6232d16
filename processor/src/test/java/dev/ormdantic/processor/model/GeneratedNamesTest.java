package dev.ormdantic.processor.model;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The naming rules, with the seed library's snake_case examples. */
class GeneratedNamesTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Flavor                   | flavor
            CoffeeFlavor             | coffee_flavor
            Coffee2Flavor            | coffee2_flavor
            UserID                   | user_id
            field1Name               | field1_name
            user-name value          | user_name_value
            HTTPServer               | httpserver
            MismatchedBackreferenceA | mismatched_backreference_a
            Table_1                  | table_1
            createdAt                | created_at
            __private                | private
            v2beta                   | v2_beta
            """)
    void snakeCase(String name, String expected) {
        assertThat(GeneratedNames.snakeCase(name)).isEqualTo(expected);
    }

    @Test
    void snakeCaseOfOnlySeparatorsIsEmpty() {
        assertThat(GeneratedNames.snakeCase("_-_ ")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            createdAt | CREATED_AT
            id        | ID
            userID    | USER_ID
            field1    | FIELD1
            _1st      | _1ST
            """)
    void constantName(String component, String expected) {
        assertThat(GeneratedNames.constantName(component)).isEqualTo(expected);
    }

    @Test
    void tableClassNameJoinsNestedNames() {
        assertThat(GeneratedNames.tableClassName(List.of("Flavor"))).isEqualTo("FlavorTable");
        assertThat(GeneratedNames.tableClassName(List.of("Outer", "Inner"))).isEqualTo("Outer_InnerTable");
    }

    @Test
    void indexNames() {
        assertThat(GeneratedNames.indexName("flavor", "name", false)).isEqualTo("flavor_name_idx");
        assertThat(GeneratedNames.indexName("flavor", "code", true)).isEqualTo("flavor_code_unique_idx");
    }
}
