package dev.ormdantic.test;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Gives each test of the class a database of its own, with every generated table on the class path created, and
 * drops it after the test: test methods take an {@code Ormdantic} or a {@code BlockingOrmdantic} parameter.
 *
 * <pre>{@code
 * @OrmdanticTest
 * class FlavorTest {
 *     @Test
 *     void insertsAFlavor(BlockingOrmdantic db) {
 *         db.table(FlavorTable.TABLE).insert(new Flavor("mint", "Mint", 3));
 *         assertEquals(1, db.table(FlavorTable.TABLE).count());
 *     }
 * }
 * }</pre>
 *
 * <p>Where the database lives is {@link #url()}, else the {@code ormdantic.test.url} system property, else the
 * {@code ORMDANTIC_TEST_URL} environment variable, else an SQLite file in a temporary directory; see
 * {@link OrmdanticExtension} for what "of its own" means on each database. To choose the tables or other options, use
 * {@link OrmdanticExtension} with {@code @RegisterExtension} instead.
 *
 * @since 0.1.0
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(OrmdanticExtension.class)
public @interface OrmdanticTest {

    /**
     * The server the tests' databases are made on, as an Ormdantic URL ({@code postgresql://user@host:5432/app}) or a
     * JDBC URL; empty for the system property, the environment variable or SQLite, in that order.
     *
     * @return the URL, or the empty string
     */
    String url() default "";

    /**
     * Whether to create the tables ({@code Ormdantic.init()}) before each test.
     *
     * @return {@code true} to create them (the default)
     */
    boolean init() default true;
}
