package dev.ormdantic.query;

import dev.ormdantic.dialect.schema.ColumnType.Kind;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The operators of dynamic filters, with the spellings each accepts and the column kinds it applies to. */
enum DynamicOperator {
    EQ(Applies.ANY, "eq"),
    NE(Applies.ANY, "ne"),
    LT(Applies.ORDERED, "lt"),
    LE(Applies.ORDERED, "le", "lte"),
    GT(Applies.ORDERED, "gt"),
    GE(Applies.ORDERED, "ge", "gte"),
    BETWEEN(Applies.ORDERED, "between"),
    NOT_BETWEEN(Applies.ORDERED, "not_between"),
    IN(Applies.ANY, "in"),
    NOT_IN(Applies.ANY, "not_in"),
    LIKE(Applies.TEXT, "like"),
    NOT_LIKE(Applies.TEXT, "not_like"),
    ILIKE(Applies.TEXT, "ilike"),
    NOT_ILIKE(Applies.TEXT, "not_ilike"),
    CONTAINS(Applies.TEXT, "contains"),
    NOT_CONTAINS(Applies.TEXT, "not_contains"),
    ICONTAINS(Applies.TEXT, "icontains"),
    STARTS_WITH(Applies.TEXT, "startswith", "starts_with"),
    ISTARTS_WITH(Applies.TEXT, "istartswith"),
    ENDS_WITH(Applies.TEXT, "endswith", "ends_with"),
    IENDS_WITH(Applies.TEXT, "iendswith"),
    IS_NULL(Applies.NULLABLE, "is_null"),
    IS_NOT_NULL(Applies.NULLABLE, "is_not_null");

    /** Which column kinds an operator applies to. */
    private enum Applies {
        ANY,
        ORDERED,
        TEXT,
        NULLABLE
    }

    private static final Set<Kind> UNORDERED = EnumSet.of(Kind.BOOLEAN, Kind.UUID, Kind.BYTES, Kind.JSON);
    private static final Map<String, DynamicOperator> BY_NAME = new LinkedHashMap<>();

    static {
        for (DynamicOperator op : values()) {
            for (String name : op.names) {
                BY_NAME.put(name, op);
            }
        }
    }

    private final Applies applies;

    @SuppressWarnings("ImmutableEnumChecker") // never written after construction, never handed out
    private final String[] names;

    DynamicOperator(Applies applies, String... names) {
        this.applies = applies;
        this.names = names.clone();
    }

    /** The operator spelled {@code name}, or {@code null}. */
    static @org.jspecify.annotations.Nullable DynamicOperator named(String name) {
        return BY_NAME.get(name);
    }

    /** The first spelling, used in messages. */
    String spelling() {
        return names[0];
    }

    /** Whether the operator applies to a column of this kind. */
    boolean appliesTo(Kind kind) {
        return switch (applies) {
            case ANY -> kind != Kind.BYTES && kind != Kind.JSON;
            case ORDERED -> !UNORDERED.contains(kind);
            case TEXT -> kind == Kind.STRING;
            case NULLABLE -> true;
        };
    }

    /** Every spelling that applies to a column of this kind, for messages. */
    static List<String> spellingsFor(Kind kind) {
        return BY_NAME.entrySet().stream()
                .filter(entry -> entry.getValue().appliesTo(kind))
                .map(Map.Entry::getKey)
                .toList();
    }
}
