package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Identity;
import dev.ormdantic.annotation.ServerDefault;
import dev.ormdantic.annotation.Table;
import java.time.Instant;

/**
 * A support ticket numbered by the database, with two server defaults: the identity and default tests use it.
 *
 * @param id the identity key, generated on insert
 * @param title what it is about
 * @param status a literal default, {@code 'open'}
 * @param createdAt when it was created, by the server's clock
 */
@Table(pk = "id")
public record Ticket(
        @Identity long id,
        String title,
        @ServerDefault("'open'") String status,
        @ServerDefault("CURRENT_TIMESTAMP") Instant createdAt) {}
