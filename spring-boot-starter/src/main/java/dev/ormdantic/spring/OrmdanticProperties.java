package dev.ormdantic.spring;

import dev.ormdantic.NPlusOne;
import dev.ormdantic.dialect.DialectId;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

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
 * @since 0.1.0
 */
@ConfigurationProperties("ormdantic")
public record OrmdanticProperties(
        @Nullable DialectId dialect,
        @Nullable Duration queryTimeout,
        @Nullable NPlusOne nPlusOne,
        boolean initSchema) {}
