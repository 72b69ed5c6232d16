package dev.ormdantic.it.model;

import dev.ormdantic.annotation.BackReference;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Many;
import dev.ormdantic.relation.Ref;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A member of staff with a manager of the same table: a nullable self-reference and its back reference.
 *
 * @param id the key
 * @param name the name
 * @param manager the manager, or {@code null} at the top
 * @param reports the staff whose manager this is
 */
@Table(pk = "id")
public record Staffer(
        UUID id,
        String name,
        @Nullable Ref<Staffer, UUID> manager,
        @BackReference Many<Staffer> reports) {}
