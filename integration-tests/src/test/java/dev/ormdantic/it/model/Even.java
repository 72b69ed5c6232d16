package dev.ormdantic.it.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A custom constraint: the number is a multiple of {@code value} (2 by default). */
@Constraint(validatedBy = Even.Validator.class)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
public @interface Even {

    /**
     * The divisor.
     *
     * @return the divisor
     */
    int value() default 2;

    /**
     * The message.
     *
     * @return the message
     */
    String message() default "must be a multiple of {value}";

    /**
     * The groups.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /** Checks {@link Even} on an {@code int}. */
    final class Validator implements ConstraintValidator<Even, Integer> {

        private int divisor = 2;

        /** Creates a validator. */
        public Validator() {}

        @Override
        public void initialize(Even even) {
            divisor = even.value();
        }

        @Override
        public boolean isValid(Integer value, ConstraintValidatorContext context) {
            return value == null || value % divisor == 0;
        }
    }
}
