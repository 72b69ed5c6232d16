package dev.ormdantic.internal.exec;

import dev.ormdantic.dialect.sql.RenderedSql;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The statements of one table rendered per query shape ({@link dev.ormdantic.dialect.sql.Shape}): a repeated shape
 * is rendered once. Keys hold no parameter values, so the cache keeps no user data. Bounded: when full it starts
 * over, which costs one rendering per shape in use.
 */
final class RenderCache {

    static final int MAX_ENTRIES = 512;

    private final ConcurrentHashMap<Object, RenderedSql> cache = new ConcurrentHashMap<>();
    private final AtomicLong renders = new AtomicLong();

    /** The statement of a shape, rendered now when it is not cached. */
    RenderedSql get(Object key, Supplier<RenderedSql> render) {
        RenderedSql cached = cache.get(key);
        if (cached != null) {
            return cached;
        }
        RenderedSql rendered = render.get();
        renders.incrementAndGet();
        if (cache.size() >= MAX_ENTRIES) {
            cache.clear();
        }
        RenderedSql raced = cache.putIfAbsent(key, rendered);
        return raced == null ? rendered : raced;
    }

    /** How many statements were rendered, for tests of the cache. */
    long renders() {
        return renders.get();
    }
}
