package dev.ormdantic.it.session;

import dev.ormdantic.annotation.BackReference;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.relation.Many;

/** A parent whose collection declares its cascades: deleting the club deletes its athletes, orphans are deleted. */
@Table(pk = "id")
public record Club(
        long id,
        String name,

        @BackReference(value = "club", cascadeDelete = true, orphanRemoval = true)
        Many<Athlete> athletes) {}
