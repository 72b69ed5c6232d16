package dev.ormdantic.it.session;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Ref;

/** A child row that references its team. */
@Table(pk = "id")
public record Player(long id, Ref<Team, Long> team, String name) {}
