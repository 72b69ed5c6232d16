package dev.ormdantic.it.model;

import dev.ormdantic.annotation.References;
import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A self-referencing table: a clerk's manager is another clerk.
 *
 * @param id the key
 * @param managerId the manager's key, or {@code null} for none
 * @param name the name
 */
@Table(pk = "id")
public record Clerk(
        long id,
        @Nullable @References(Clerk.class) Long managerId,
        @Size(max = 40) String name) {}
