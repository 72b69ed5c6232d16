package dev.ormdantic.it.session;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Ref;

/** A child row of a {@link Club}. */
@Table(pk = "id")
public record Athlete(long id, Ref<Club, Long> club, String name) {}
