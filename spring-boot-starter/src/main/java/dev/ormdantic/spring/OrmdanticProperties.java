package dev.ormdantic.spring;

import dev.ormdantic.NPlusOne;
import dev.ormdantic.dialect.DialectId;
import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The {@code ormdantic.*} settings of a Spring Boot application. Every one is optional: unset, the library's own
 * default applies.
 *
 * @param dialect the dialect of the application's database; unset, it is read from the database's metadata (set it to
 *     {@code MYSQL} to use the MySQL dialect on a MariaDB server)
 * @param queryTimeout how long one statement may run before it is cancelled (default 30 s, at least 1 s)
 * @param nPlusOne what a pattern of one query per parent row does: {@code OFF}, {@code WARN} (default) or {@code FAIL}
 * @param initSchema whether to create the tables that do not exist yet at start-up, after checking the existing ones
 *     against their records ({@code Ormdantic.init()}); default {@code false}, for applications whose schema comes
 *     from migrations
 * @param migrations running the pending migrations of a directory at start-up ({@code ormdantic.migrations.*})
 * @since 0.1.0
 */
@ConfigurationProperties("ormdantic")
public record OrmdanticProperties(
        @Nullable DialectId dialect,
        @Nullable Duration queryTimeout,
        @Nullable NPlusOne nPlusOne,
        boolean initSchema,
        @DefaultValue Migrations migrations) {

    /**
     * The {@code ormdantic.migrations.*} settings: the pending migrations of a directory applied at start-up, before
     * the {@code Ormdantic} bean is handed out (and before {@code init-schema}, which is then best left off), under the
     * migrator's lock, as Spring Boot does with Flyway.
     *
     * @param enabled whether to apply the pending migrations at start-up; default {@code false}
     * @param locations the migration directory (the one that holds {@code ormdantic.sum}): a {@code classpath:}
     *     location, or a {@code file:} location or plain path; default {@code classpath:db/migrations}. Several
     *     locations are applied one after the other, each with its own history of revisions
     * @param allowDestructive whether to run statements that drop or delete data although the migration records no
     *     allowance for them; default {@code false}
     * @param lockTimeout how long to wait for another instance's migrator to finish; default 30 s
     * @param lockName the name of the migrator's lock, to keep independent migration sets apart in one database;
     *     default {@code ormdantic_migration_lock}
     * @since 0.1.0
     */
    public record Migrations(
            boolean enabled,
            @DefaultValue("classpath:db/migrations") List<String> locations,
            boolean allowDestructive,
            @DefaultValue("30s") Duration lockTimeout,
            @DefaultValue("ormdantic_migration_lock") String lockName) {}
}
