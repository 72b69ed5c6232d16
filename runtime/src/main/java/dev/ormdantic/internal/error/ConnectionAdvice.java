package dev.ormdantic.internal.error;

/**
 * Where a user changes what a failed connection points at: the login and the pool's size and wait. Ormdantic's own
 * pool takes them from the builder; an application's {@code DataSource} has them in its own configuration.
 *
 * @param login how to fix a refused login
 * @param sizing how to give calls more connections or a longer wait for one
 */
public record ConnectionAdvice(String login, String sizing) {

    /** For the pool Ormdantic opens from a URL. */
    public static final ConnectionAdvice OWN_POOL = new ConnectionAdvice(
            "check the user and password in the URL or in Ormdantic.builder(url).credentials(...)",
            "raise poolSize or connectionTimeout in Ormdantic.builder(url)");

    /** For a {@code DataSource} the application passed to {@code Ormdantic.builder(dataSource, dialect)}. */
    public static final ConnectionAdvice APPLICATION_DATA_SOURCE = new ConnectionAdvice(
            "check the user and password the application's DataSource logs in with",
            "raise the pool size or connection timeout of the application's DataSource");
}
