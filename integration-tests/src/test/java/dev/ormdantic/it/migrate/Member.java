package dev.ormdantic.it.migrate;

import dev.ormdantic.annotation.RenamedFrom;
import dev.ormdantic.annotation.Table;
import jakarta.validation.constraints.Size;

/**
 * A table renamed from {@code migrate_person}, whose {@code nickname} column was {@code nick}: the schema snapshot
 * carries both hints.
 *
 * @param id the key
 * @param nickname the nickname, formerly column {@code nick}
 */
@Table(name = "migrate_member", pk = "id")
@RenamedFrom("migrate_person")
public record Member(
        String id, @RenamedFrom("nick") @Size(max = 40) String nickname) {}
