package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Index;
import dev.ormdantic.annotation.References;
import dev.ormdantic.annotation.ReferentialAction;
import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * A child deleted with its cone ({@code ON DELETE CASCADE}), with a composite index and a composite unique index.
 *
 * @param id the key
 * @param coneId the cone's key
 * @param name the name, unique within its cone
 */
@Table(
        pk = "id",
        indexes = {
            @Index(columns = {"coneId", "name"}),
            @Index(
                    columns = {"name", "coneId"},
                    unique = true)
        })
public record Topping(
        long id,

        @References(value = Cone.class, onDelete = ReferentialAction.CASCADE)
        String coneId,

        @Size(max = 80) String name) {}
