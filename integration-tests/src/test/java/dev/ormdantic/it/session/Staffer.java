package dev.ormdantic.it.session;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Ref;
import org.jspecify.annotations.Nullable;

/** A self-referencing row, for the insert order inside one table. */
@Table(name = "session_staffer", pk = "id")
public record Staffer(long id, String name, @Nullable Ref<Staffer, Long> manager) {}
