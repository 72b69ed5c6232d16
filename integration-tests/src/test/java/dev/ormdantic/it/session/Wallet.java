package dev.ormdantic.it.session;

import dev.ormdantic.annotation.Table;
import dev.ormdantic.annotation.Version;
import jakarta.validation.constraints.Size;

/** A versioned row, for optimistic locking. */
@Table(pk = "id")
public record Wallet(
        long id,
        @Size(max = 80) String owner,
        long balance,
        @Version long version) {}
