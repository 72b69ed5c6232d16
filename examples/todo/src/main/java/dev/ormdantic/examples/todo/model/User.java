package dev.ormdantic.examples.todo.model;

import dev.ormdantic.annotation.BackReference;
import dev.ormdantic.annotation.Identity;
import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.Unique;
import dev.ormdantic.relation.Many;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person who owns projects. The table is {@code app_user}: {@code user} is reserved on PostgreSQL.
 *
 * @param id the key, chosen by the database
 * @param name the display name
 * @param email the address, unique
 * @param projects the projects the user owns (one-to-many), loaded only when asked for
 */
@Table(name = "app_user", pk = "id", uniques = @Unique("email"))
public record User(
        @Identity long id,
        @NotBlank @Size(max = 80) String name,
        @NotBlank @Email @Size(max = 120) String email,
        @BackReference("owner") Many<Project> projects) {}
