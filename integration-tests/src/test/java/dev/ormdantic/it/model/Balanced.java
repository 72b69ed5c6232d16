package dev.ormdantic.it.model;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A custom constraint on the record itself: a {@link Pour} has no more cups than twice its shots. */
@Constraint(validatedBy = Balanced.Validator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface Balanced {

    /**
     * The message.
     *
     * @return the message
     */
    String message() default "has more cups than twice its shots";

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

    /** Checks {@link Balanced} on a {@link Pour}. */
    final class Validator implements ConstraintValidator<Balanced, Pour> {

        /** Creates a validator. */
        public Validator() {}

        @Override
        public boolean isValid(Pour pour, ConstraintValidatorContext context) {
            return pour == null || pour.cups() <= 2 * pour.shots();
        }
    }
}
