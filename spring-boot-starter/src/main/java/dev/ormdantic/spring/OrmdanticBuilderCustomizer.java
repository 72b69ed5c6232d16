package dev.ormdantic.spring;

import dev.ormdantic.Ormdantic;

/**
 * A bean that adjusts the {@link Ormdantic.Builder} the auto-configuration opens the application's database with,
 * after the {@code ormdantic.*} properties are applied and before it is opened: to limit the managed tables, add a
 * listener, or set an option that has no property. Customizers run in their {@code @Order}.
 *
 * <pre>{@code
 * @Bean
 * OrmdanticBuilderCustomizer onlyFlavors() {
 *     return builder -> builder.tables(FlavorTable.TABLE);
 * }
 * }</pre>
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface OrmdanticBuilderCustomizer {

    /**
     * Adjusts the builder.
     *
     * @param builder the builder, on the application's {@code DataSource}
     */
    void customize(Ormdantic.Builder builder);
}
