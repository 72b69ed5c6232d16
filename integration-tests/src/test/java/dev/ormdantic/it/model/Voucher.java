package dev.ormdantic.it.model;

import dev.ormdantic.annotation.Index;
import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A partial unique index: codes are unique among the vouchers that have one. MySQL and MariaDB refuse the table.
 *
 * @param id the key
 * @param code the code, or {@code null}
 */
@Table(pk = "id", indexes = @Index(columns = "code", unique = true, where = "code IS NOT NULL"))
public record Voucher(long id, @Nullable @Size(max = 20) String code) {}
