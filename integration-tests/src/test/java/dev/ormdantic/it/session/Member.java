package dev.ormdantic.it.session;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.Unique;
import jakarta.validation.constraints.Size;

/** A row with a unique email, for a delete and re-insert of the same value in one flush. */
@Table(pk = "id", uniques = @Unique("email"))
public record Member(
        long id,
        @Size(max = 120) String email,
        @Size(max = 80) String name) {}
