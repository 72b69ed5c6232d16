package dev.ormdantic.support;

import java.util.List;
import java.util.Locale;

/**
 * Which column and component names hold secrets, whose values no message, log or violation shows. Public for
 * {@link Violations} (which generated code fills) and the runtime's redaction of driver messages, which share this
 * one list; not an API.
 *
 * @since 0.1.0
 */
public final class SecretNames {

    /** What a hidden value is replaced with. */
    public static final String MASK = "***";

    private static final List<String> PARTS = List.of(
            "password",
            "passwd",
            "pwd",
            "secret",
            "token",
            "apikey",
            "api_key",
            "private_key",
            "access_key",
            "credential");

    private SecretNames() {}

    /**
     * Whether a column's values must not be shown: its name contains {@code password}, {@code secret},
     * {@code token}, {@code api_key} and the like.
     *
     * @param name the column or component name
     * @return {@code true} for a secret-looking name
     */
    public static boolean isSecret(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String part : PARTS) {
            if (lower.contains(part)) {
                return true;
            }
        }
        return false;
    }
}
