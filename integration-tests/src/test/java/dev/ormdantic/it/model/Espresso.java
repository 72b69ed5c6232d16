package dev.ormdantic.it.model;

import dev.ormdantic.annotation.NativeEnum;
import dev.ormdantic.annotation.Table;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Enums in native PostgreSQL enum types: {@code roast} and {@code previous} share the type {@code roast} (shared with
 * {@link Cortado} too), {@code grind} stores its {@code @EnumValue}s in {@code grind_level}.
 *
 * @param id the key
 * @param roast an enum stored by name in type {@code roast}
 * @param previous a nullable one of the same type
 * @param grind an enum stored by chosen values in type {@code grind_level}
 */
@Table(pk = "id")
public record Espresso(
        String id,
        @NativeEnum Roast roast,
        @NativeEnum @Nullable Roast previous,
        @NativeEnum(name = "grind_level") Optional<Grind> grind) {}
