package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.Unique;

/**
 * A model with secret-looking unique columns, whose values no error may show: {@code password} under a unique index
 * named after it, {@code apiToken} under a unique constraint whose name ({@code credential_unique_0}) does not say so.
 *
 * @param id the key
 * @param login the login, shown in errors
 * @param password a secret with a unique index
 * @param apiToken a secret with a unique constraint
 */
@Table(
        pk = "id",
        unique = {"password"},
        uniques = @Unique("apiToken"))
public record Credential(String id, String login, String password, String apiToken) {}
