package dev.ormdantic.support;

import dev.ormdantic.relation.Ref;
import org.jspecify.annotations.Nullable;

/**
 * How generated code binds a {@code @Nullable Ref} component: the key it holds, or {@code null} for no reference,
 * which is stored as {@code NULL}.
 *
 * @since 0.1.0
 */
public final class Relations {

    private Relations() {}

    /**
     * The key of a reference, or {@code null}.
     *
     * @param ref the reference, or {@code null} for none
     * @param <K> the key type
     * @return its key, or {@code null} when there is no reference
     */
    public static <K> @Nullable K key(@Nullable Ref<?, K> ref) {
        return ref == null ? null : ref.key();
    }
}
