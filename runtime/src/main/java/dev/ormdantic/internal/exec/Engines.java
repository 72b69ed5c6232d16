package dev.ormdantic.internal.exec;

import dev.ormdantic.Ormdantic;
import java.util.Objects;
import java.util.function.Function;

/**
 * The way from an {@link Ormdantic} facade to its engine, for runtime code outside the facade's package (reflection,
 * which the migrations module calls). {@link Ormdantic} grants it when its class initializes, so it is set before any
 * facade exists.
 */
public final class Engines {

    private static volatile Function<Ormdantic, Database> access = db -> {
        throw new IllegalStateException("Ormdantic has not granted access to its engine");
    };

    private Engines() {}

    /**
     * Called once by {@link Ormdantic}.
     *
     * @param engines the engine of a facade
     */
    public static void grant(Function<Ormdantic, Database> engines) {
        access = Objects.requireNonNull(engines, "engines");
    }

    /**
     * The engine of a facade.
     *
     * @param db the facade
     * @return its engine
     */
    public static Database of(Ormdantic db) {
        return access.apply(db);
    }
}
