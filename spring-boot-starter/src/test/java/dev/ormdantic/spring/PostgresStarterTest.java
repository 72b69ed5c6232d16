package dev.ormdantic.spring;

import java.net.URI;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The starter on the local PostgreSQL server ({@code ORMDANTIC_TEST_POSTGRES_URL}, default
 * {@code postgresql://postgres@127.0.0.1:5432/test}, as the integration tests use).
 */
class PostgresStarterTest extends StarterTransactionsTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        String configured = System.getenv("ORMDANTIC_TEST_POSTGRES_URL");
        URI url = URI.create(
                configured == null || configured.isBlank() ? "postgresql://postgres@127.0.0.1:5432/test" : configured);
        String user = url.getUserInfo() == null ? "postgres" : url.getUserInfo().split(":", -1)[0];
        registry.add(
                "spring.datasource.url",
                () -> "jdbc:postgresql://" + url.getHost() + ":" + (url.getPort() < 0 ? 5432 : url.getPort())
                        + url.getPath());
        registry.add("spring.datasource.username", () -> user);
    }

    @Override
    String dialect() {
        return "postgresql";
    }
}
