package dev.ormdantic.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Without a Bean Validation provider (none is on this module's test class path), custom constraints fail loudly. */
class ProviderChecksTest {

    record Cup(String id, int size) {}

    @Retention(RetentionPolicy.RUNTIME)
    @interface Between {
        String message() default "out of range";

        Class<?>[] groups() default {};

        long min() default 0;

        long max() default Long.MAX_VALUE;

        String unit() default "";
    }

    @Retention(RetentionPolicy.RUNTIME)
    @interface Even {
        String message() default "must be even";

        int value() default 2;
    }

    @Between(min = 1, max = 9, message = "too big")
    @Even(4)
    private static final class Annotated {}

    @Test
    void withoutAProviderTheWriteFailsWithOrm2130NamingTheConstraintsAndTheFix() {
        Violations violations = new Violations();

        ConfigurationException e = assertThrows(
                ConfigurationException.class,
                () -> ProviderChecks.validate(violations, new Cup("a", 3), Set.of("test.Cup.Even", "test.CupChecked")));

        assertEquals(ErrorCode.VALIDATION_PROVIDER_MISSING, e.code());
        assertEquals(
                "[ORM2130] the record carries custom constraints (@test.Cup.Even, @test.CupChecked) that only a Bean"
                        + " Validation provider can check, and none can be found on the class path; nothing was"
                        + " written; add a Bean Validation provider such as"
                        + " org.hibernate.validator:hibernate-validator and org.glassfish.expressly:expressly to the"
                        + " class path, or remove the custom constraints",
                e.getMessage());
        assertTrue(violations.isEmpty());
    }

    @Test
    void theConstraintIsWrittenWithItsAttributesThatDifferFromTheDefaults() {
        Between between = Annotated.class.getAnnotation(Between.class);
        Map<String, Object> attributes = new LinkedHashMap<>();
        attributes.put("message", "too big");
        attributes.put("groups", new Class<?>[0]);
        attributes.put("min", 1L);
        attributes.put("max", 9L);
        attributes.put("unit", "");

        assertEquals("@Between(max = 9, min = 1)", ProviderChecks.text(between, attributes));
        assertEquals("@Even(4)", ProviderChecks.text(Annotated.class.getAnnotation(Even.class), Map.of("value", 4)));
        assertEquals("@Even", ProviderChecks.text(Annotated.class.getAnnotation(Even.class), Map.of("value", 2)));
    }
}
