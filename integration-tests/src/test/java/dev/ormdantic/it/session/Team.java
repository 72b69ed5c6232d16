package dev.ormdantic.it.session;

import dev.ormdantic.annotation.BackReference;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Many;

/** A parent row with a back-reference collection, for cascades. */
@Table(pk = "id")
public record Team(
        long id, String name, @BackReference("team") Many<Player> players) {}
