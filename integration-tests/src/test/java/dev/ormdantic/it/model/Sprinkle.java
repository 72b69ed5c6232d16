package dev.ormdantic.it.model;

import dev.ormdantic.annotation.References;
import dev.ormdantic.annotation.ReferentialAction;
import dev.ormdantic.annotation.Table;
import org.jspecify.annotations.Nullable;

/**
 * A child that loses its cone when the cone is deleted ({@code ON DELETE SET NULL}).
 *
 * @param id the key
 * @param coneId the cone's key, or {@code null}
 */
@Table(pk = "id")
public record Sprinkle(
        long id,

        @Nullable @References(value = Cone.class, onDelete = ReferentialAction.SET_NULL)
        String coneId) {}
