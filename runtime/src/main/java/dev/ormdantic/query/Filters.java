package dev.ormdantic.query;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ormdantic.dialect.schema.ColumnType.Kind;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.LikeText;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.internal.jdbc.ValueCoercion;
import dev.ormdantic.internal.query.QueryTrees;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Filters and orderings that arrive as data (an HTTP query, a saved search), checked against a table's generated
 * metadata. Two spellings of a condition are accepted, and may be mixed:
 *
 * <pre>{@code
 * {"rating": {"gte": 4}, "name": {"like": "Van%"}}        // operator objects
 * {"rating__ge": 4, "name__like": "Van%"}                 // key suffixes
 * {"or": [{"rating": 5}, {"not": {"name__contains": "mint"}}]}
 * }</pre>
 *
 * <p>A key may also name one of the table's relationships, with a filter object on the related table under an
 * operator: {@code any}, {@code none}, {@code every} or {@code every_non_empty} for a collection, {@code has} for a
 * reference; an empty object means any related row. They mean what the relationship constants' methods of the same
 * names mean (see {@code ToMany} and {@code ToOne}), including {@code every}'s vacuous truth for a row without related
 * rows:
 *
 * <pre>{@code
 * {"posts": {"any": {"title__like": "%Java%"}}}
 * {"posts": {"none": {}}, "author": {"has": {"name": "Ann"}}}
 * }</pre>
 *
 * <p>Keys of one object are AND-ed. {@code and} and {@code or} take a list of such objects, {@code not} one object;
 * these three words are reserved (filter a column of that name with {@code "or__eq"}). A plain value means
 * {@code eq}. Every column name is looked up in the table's metadata and every operator in a fixed list, so no text
 * of the input reaches the SQL; every value is converted to the column's type and bound as a parameter. Anything
 * else fails with a {@link FilterException} whose code says what is wrong and whose {@code allowed()} lists the
 * choices: {@code ORM2501} unknown column, {@code ORM2502} unknown or inapplicable operator, {@code ORM2503} a value
 * of the wrong type, {@code ORM2504} too deep or too large, {@code ORM2505} not a filter at all.
 *
 * @since 0.1.0
 */
public final class Filters {

    /** The deepest nesting of {@code and}, {@code or} and {@code not}. */
    public static final int MAX_DEPTH = 8;

    /** The most conditions in one filter. */
    public static final int MAX_CONDITIONS = 200;

    /** The most values in one filter, counting each value of an {@code in} list. */
    public static final int MAX_VALUES = 1_000;

    /** The longest JSON document {@link #fromJson} reads, in characters. */
    public static final int MAX_JSON_LENGTH = 100_000;

    private static final JsonMapper JSON = JsonMapper.builder(com.fasterxml.jackson.core.JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(64)
                            .maxNumberLength(100)
                            .maxStringLength(MAX_JSON_LENGTH)
                            .build())
                    .build())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .disable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private Filters() {}

    /**
     * A filter from a map, as documented on this class.
     *
     * @param table the generated table, such as {@code FlavorTable.TABLE}
     * @param filter the filter document: string keys; values are scalars, lists and maps
     * @param <T> the record type
     * @return the filter
     * @throws FilterException when the document names an unknown column or operator, gives a wrong value, or is too
     *     deep, too large or malformed
     */
    public static <T extends Record> Filter<T> of(TableRef<T, ?> table, Map<String, ?> filter) {
        return Filter.of(new Parser<>(table).conjunction(filter, "", 0));
    }

    /**
     * A filter from a JSON object, as documented on this class. Duplicate keys, comments, trailing text and
     * {@code NaN} are refused.
     *
     * @param table the generated table, such as {@code FlavorTable.TABLE}
     * @param json the filter document
     * @param <T> the record type
     * @return the filter
     * @throws FilterException as {@link #of}, and {@code ORM2505} for text that is not a JSON object
     */
    public static <T extends Record> Filter<T> fromJson(TableRef<T, ?> table, String json) {
        ErrorContext context = context(table);
        if (json.length() > MAX_JSON_LENGTH) {
            throw new FilterException(
                    ErrorCode.FILTER_TOO_COMPLEX,
                    context,
                    "",
                    "filter on table '" + table.name() + "' is " + json.length() + " characters of JSON, over the "
                            + MAX_JSON_LENGTH + " allowed",
                    "send a smaller filter",
                    List.of(),
                    null);
        }
        Object document;
        try {
            document = JSON.readValue(json, Object.class);
        } catch (NumberFormatException | ArithmeticException e) {
            // Jackson reports a number it cannot represent (an exponent of millions of digits) this way.
            throw new FilterException(
                    ErrorCode.FILTER_MALFORMED,
                    context,
                    "",
                    "filter on table '" + table.name() + "' holds a number out of range",
                    "send numbers of at most 100 digits and a small exponent",
                    List.of(),
                    null);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw new FilterException(
                    ErrorCode.FILTER_MALFORMED,
                    context,
                    "",
                    "filter on table '" + table.name() + "' is not valid JSON" + where + " ("
                            + e.getClass().getSimpleName() + ")",
                    "send one JSON object, such as {\"rating\": {\"gte\": 4}}, without duplicate keys",
                    List.of(),
                    null);
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new Parser<>(table).malformed("", "the document must be a JSON object, not " + describe(document));
        }
        return Filter.of(new Parser<>(table).conjunction(map, "", 0));
    }

    /**
     * An ordering from strings: {@code "name"} or {@code "+name"} ascending, {@code "-rating"} descending.
     *
     * @param table the generated table
     * @param terms the terms, first first
     * @param <T> the record type
     * @return the ordering
     * @throws FilterException {@code ORM2501} for a term that is not a column of the table
     */
    public static <T extends Record> OrderBy<T> orderBy(TableRef<T, ?> table, List<String> terms) {
        Parser<T> parser = new Parser<>(table);
        OrderBy<T> order = OrderBy.none();
        for (int i = 0; i < terms.size(); i++) {
            String term = terms.get(i);
            boolean descending = term.startsWith("-");
            String name = descending || term.startsWith("+") ? term.substring(1) : term;
            Column<T, ?> column = parser.columns.get(name);
            if (column == null) {
                throw parser.unknownColumn("[" + i + "]", name, false);
            }
            order = descending ? order.thenDesc(column) : order.thenAsc(column);
        }
        return order;
    }

    private static ErrorContext context(TableRef<?, ?> table) {
        return new ErrorContext("filter", table.name(), null);
    }

    /** The JSON kind of a value, for messages that must not repeat the value itself. */
    static String describe(@Nullable Object value) {
        return switch (value) {
            case null -> "null";
            case String s -> "a string";
            case Boolean b -> "a boolean";
            case Number n -> "a number";
            case Map<?, ?> m -> "an object";
            case Collection<?> c -> "a list";
            default -> "a " + value.getClass().getSimpleName();
        };
    }

    /**
     * A key as shown in a message: quoted, at most 40 characters, control and non-ASCII characters escaped, so that
     * an injection-shaped key cannot forge lines of a log.
     */
    static String shown(String key) {
        StringBuilder shown = new StringBuilder("'");
        int limit = Math.min(key.length(), 40);
        for (int i = 0; i < limit; i++) {
            char c = key.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '\'' || c == '\\') {
                shown.append(String.format("\\u%04x", (int) c));
            } else {
                shown.append(c);
            }
        }
        return shown.append(key.length() > limit ? "...'" : "'").toString();
    }

    /** The conditions and values counted so far in one document, nested filters on related tables included. */
    private static final class Budget {
        private int conditions;
        private int values;
    }

    /** One parse of one document. */
    private static final class Parser<T extends Record> {

        private final TableRef<T, ?> table;
        private final Map<String, Column<T, ?>> columns = new LinkedHashMap<>();
        private final Budget budget;

        Parser(TableRef<T, ?> table) {
            this(table, new Budget());
        }

        /** A parser sharing its limits with the parser of the filter it is nested in. */
        private Parser(TableRef<T, ?> table, Budget budget) {
            this.table = table;
            this.budget = budget;
            for (Column<T, ?> column : table.columns()) {
                columns.put(column.name(), column);
            }
        }

        Expr conjunction(Map<?, ?> map, String path, int depth) {
            if (depth > MAX_DEPTH) {
                throw tooComplex(path, "nests deeper than " + MAX_DEPTH + " levels of and/or/not");
            }
            List<Expr> terms = new ArrayList<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String)) {
                    throw malformed(path, "keys must be strings, not " + describe(entry.getKey()));
                }
                String key = (String) entry.getKey();
                String at = path.isEmpty() ? key : path + "." + key;
                Object value = entry.getValue();
                switch (key) {
                    case "and", "or" -> {
                        if (!(value instanceof List<?> list)) {
                            throw malformed(
                                    shown(at), "'" + key + "' takes a list of filter objects, not " + describe(value));
                        }
                        List<Expr> parts = new ArrayList<>();
                        for (int i = 0; i < list.size(); i++) {
                            String item = at + "[" + i + "]";
                            if (!(list.get(i) instanceof Map<?, ?> part)) {
                                throw malformed(item, "expected a filter object, not " + describe(list.get(i)));
                            }
                            parts.add(conjunction(part, item, depth + 1));
                        }
                        terms.add(key.equals("and") ? new Expr.And(parts) : new Expr.Or(parts));
                    }
                    case "not" -> {
                        if (!(value instanceof Map<?, ?> part)) {
                            throw malformed(at, "'not' takes one filter object, not " + describe(value));
                        }
                        terms.add(new Expr.Not(conjunction(part, at, depth + 1)));
                    }
                    default -> terms.add(condition(key, value, at, depth));
                }
            }
            return terms.size() == 1 ? terms.get(0) : new Expr.And(terms);
        }

        /**
         * A key and its value: a column with a value or an operator object, {@code column__operator}, or a relationship
         * with an operator object on its related rows.
         */
        private Expr condition(String key, @Nullable Object value, String at, int depth) {
            Column<T, ?> column = columns.get(key);
            if (column != null) {
                if (value instanceof Map<?, ?> operators) {
                    if (operators.isEmpty()) {
                        throw malformed(at, "an operator object needs at least one operator");
                    }
                    List<Expr> terms = new ArrayList<>();
                    for (Map.Entry<?, ?> entry : operators.entrySet()) {
                        if (!(entry.getKey() instanceof String name)) {
                            throw malformed(at, "operator names must be strings");
                        }
                        terms.add(operator(column, name, entry.getValue(), at + "." + name));
                    }
                    return terms.size() == 1 ? terms.get(0) : new Expr.And(terms);
                }
                return operator(column, "eq", value, at);
            }
            int split = key.lastIndexOf("__");
            if (split > 0) {
                Column<T, ?> prefix = columns.get(key.substring(0, split));
                if (prefix != null) {
                    return operator(prefix, key.substring(split + 2), value, at);
                }
            }
            QueryTrees.Relations relations = QueryTrees.relations();
            QueryTrees.Related related = relations == null ? null : relations.related(table, key);
            if (related != null) {
                return related(key, related, value, at, depth);
            }
            throw unknownColumn(at, key);
        }

        /** {@code {"posts": {"any": {...}, ...}}}: one predicate per operator, AND-ed. */
        private Expr related(String name, QueryTrees.Related related, @Nullable Object value, String at, int depth) {
            if (!(value instanceof Map<?, ?> operators) || operators.isEmpty()) {
                throw malformed(
                        at,
                        "relationship '" + name + "' takes an object of operators ("
                                + String.join(", ", related.operators()) + ") with a filter on table '"
                                + related.target().name() + "', not " + describe(value));
            }
            if (depth >= MAX_DEPTH) {
                throw tooComplex(at, "nests deeper than " + MAX_DEPTH + " levels of and/or/not and relationships");
            }
            List<Expr> terms = new ArrayList<>();
            for (Map.Entry<?, ?> entry : operators.entrySet()) {
                if (!(entry.getKey() instanceof String op)) {
                    throw malformed(at, "operator names must be strings");
                }
                String opAt = at + "." + op;
                if (!related.operators().contains(op)) {
                    throw new FilterException(
                            ErrorCode.FILTER_UNKNOWN_OPERATOR,
                            context(table),
                            opAt,
                            "filter on table '" + table.name() + "' at " + shown(opAt) + ": unknown operator "
                                    + shown(op) + " for relationship '" + name + "'; its operators are "
                                    + String.join(", ", related.operators()),
                            "use one of the listed operators",
                            related.operators(),
                            null);
                }
                if (!(entry.getValue() instanceof Map<?, ?> nested)) {
                    throw malformed(
                            opAt,
                            "'" + op + "' takes a filter object on table '"
                                    + related.target().name() + "', not " + describe(entry.getValue()));
                }
                if (++budget.conditions > MAX_CONDITIONS) {
                    throw tooComplex(opAt, "holds more than " + MAX_CONDITIONS + " conditions");
                }
                Expr condition = nested.isEmpty()
                        ? new Expr.And(List.of())
                        : new Parser<>(related.target(), budget).conjunction(nested, opAt, depth + 1);
                terms.add(related.predicate().apply(op, Filter.of(condition)).expr());
            }
            return terms.size() == 1 ? terms.get(0) : new Expr.And(terms);
        }

        private Expr operator(Column<T, ?> column, String name, @Nullable Object value, String at) {
            Kind kind = column.type().kind();
            DynamicOperator op = DynamicOperator.named(name);
            if (op == null || !op.appliesTo(kind)) {
                List<String> allowed = DynamicOperator.spellingsFor(kind);
                throw new FilterException(
                        ErrorCode.FILTER_UNKNOWN_OPERATOR,
                        context(table),
                        at,
                        "filter on table '" + table.name() + "' at " + shown(at) + ": "
                                + (op == null
                                        ? "unknown operator " + shown(name)
                                        : "operator " + shown(name) + " does not apply to the " + kind + " column '"
                                                + column.name() + "'")
                                + "; the operators for this column are " + String.join(", ", allowed),
                        "use one of the listed operators",
                        allowed,
                        null);
            }
            if (value instanceof Map<?, ?>) {
                throw malformed(at, "an operator takes a value or a list, not an object");
            }
            if (++budget.conditions > MAX_CONDITIONS) {
                throw tooComplex(at, "holds more than " + MAX_CONDITIONS + " conditions");
            }
            Expr ref = column.expr();
            return switch (op) {
                case EQ, NE -> {
                    if (value == null) {
                        yield new Expr.IsNull(ref, op == DynamicOperator.NE);
                    }
                    yield new Expr.Compare(
                            ref,
                            op == DynamicOperator.EQ ? Expr.CompareOp.EQ : Expr.CompareOp.NE,
                            param(column, value, at));
                }
                case LT -> new Expr.Compare(ref, Expr.CompareOp.LT, param(column, value, at));
                case LE -> new Expr.Compare(ref, Expr.CompareOp.LE, param(column, value, at));
                case GT -> new Expr.Compare(ref, Expr.CompareOp.GT, param(column, value, at));
                case GE -> new Expr.Compare(ref, Expr.CompareOp.GE, param(column, value, at));
                case BETWEEN, NOT_BETWEEN -> {
                    List<?> bounds = list(value, at);
                    if (bounds.size() != 2) {
                        throw invalid(at, column, "a list of two bounds, [low, high]");
                    }
                    yield new Expr.Between(
                            ref,
                            param(column, bounds.get(0), at + "[0]"),
                            param(column, bounds.get(1), at + "[1]"),
                            op == DynamicOperator.NOT_BETWEEN);
                }
                case IN, NOT_IN -> {
                    List<Expr> params = new ArrayList<>();
                    List<?> candidates = list(value, at);
                    for (int i = 0; i < candidates.size(); i++) {
                        params.add(param(column, candidates.get(i), at + "[" + i + "]"));
                    }
                    yield new Expr.In(ref, params, op == DynamicOperator.NOT_IN);
                }
                case LIKE, NOT_LIKE, ILIKE, NOT_ILIKE ->
                    new Expr.Like(
                            ref,
                            param(column, value, at),
                            op == DynamicOperator.NOT_LIKE || op == DynamicOperator.NOT_ILIKE,
                            op == DynamicOperator.ILIKE || op == DynamicOperator.NOT_ILIKE);
                case CONTAINS -> search(column, value, at, LikeText.Match.CONTAINS, false, false);
                case NOT_CONTAINS -> search(column, value, at, LikeText.Match.CONTAINS, true, false);
                case ICONTAINS -> search(column, value, at, LikeText.Match.CONTAINS, false, true);
                case STARTS_WITH -> search(column, value, at, LikeText.Match.STARTS_WITH, false, false);
                case ISTARTS_WITH -> search(column, value, at, LikeText.Match.STARTS_WITH, false, true);
                case ENDS_WITH -> search(column, value, at, LikeText.Match.ENDS_WITH, false, false);
                case IENDS_WITH -> search(column, value, at, LikeText.Match.ENDS_WITH, false, true);
                case IS_NULL, IS_NOT_NULL -> {
                    if (!(value instanceof Boolean flag)) {
                        throw invalid(at, column, "true or false");
                    }
                    yield new Expr.IsNull(ref, flag == (op == DynamicOperator.IS_NOT_NULL));
                }
            };
        }

        private Expr search(
                Column<T, ?> column,
                @Nullable Object value,
                String at,
                LikeText.Match match,
                boolean negated,
                boolean caseInsensitive) {
            if (!(value instanceof String text)) {
                throw invalid(at, column, "a string");
            }
            if (text.indexOf('\0') >= 0) {
                throw invalid(at, column, "a string without NUL characters");
            }
            count(at);
            Expr.Param pattern = new Expr.Param(new LikeText(text, match), column.type());
            return new Expr.Like(column.expr(), pattern, negated, caseInsensitive, true);
        }

        private List<?> list(@Nullable Object value, String at) {
            if (value instanceof List<?> list) {
                return list;
            }
            throw malformed(at, "expected a list, not " + describe(value));
        }

        private Expr.Param param(Column<T, ?> column, @Nullable Object value, String at) {
            if (value == null) {
                throw invalid(at, column, "a value, not null (use is_null to match NULL)");
            }
            count(at);
            if (column instanceof EnumColumn<?, ?> enumColumn
                    && !enumColumn.constantNames().isEmpty()) {
                // Chosen stored values: a filter names the constant, as the record does; never the stored value,
                // which could be another constant's name.
                String stored = value instanceof String name ? enumColumn.storedByName(name) : null;
                if (stored == null) {
                    throw invalid(
                            at,
                            column,
                            "one of " + String.join(", ", enumColumn.constantNames()) + ", not " + describe(value));
                }
                return column.sqlParam(stored);
            }
            try {
                return column.sqlParam(ValueCoercion.coerce(column.type(), value));
            } catch (ValueCoercion.Mismatch e) {
                throw invalid(at, column, e.getMessage() + ", not " + describe(value));
            }
        }

        private void count(String at) {
            if (++budget.values > MAX_VALUES) {
                throw tooComplex(at, "holds more than " + MAX_VALUES + " values");
            }
        }

        FilterException unknownColumn(String at, String name) {
            return unknownColumn(at, name, true);
        }

        /** An unknown column; for a filter (not an ordering) the table's relationships are choices too. */
        FilterException unknownColumn(String at, String name, boolean relationshipsToo) {
            List<String> allowed = new ArrayList<>(columns.keySet());
            QueryTrees.Relations relations = QueryTrees.relations();
            List<String> relationships = relations == null || !relationshipsToo ? List.of() : relations.names(table);
            allowed.addAll(relationships);
            return new FilterException(
                    ErrorCode.FILTER_UNKNOWN_COLUMN,
                    context(table),
                    at,
                    "filter on table '" + table.name() + "': unknown column " + shown(name) + "; the columns are "
                            + String.join(", ", columns.keySet())
                            + (relationships.isEmpty()
                                    ? ""
                                    : "; the relationships are " + String.join(", ", relationships)),
                    relationships.isEmpty()
                            ? "use a listed column, optionally with an operator suffix such as rating__gte"
                            : "use a listed column, optionally with an operator suffix such as rating__gte, or a"
                                    + " listed relationship with an operator object such as {\"any\": {...}}",
                    List.copyOf(allowed),
                    null);
        }

        private FilterException invalid(String at, Column<T, ?> column, String expected) {
            return new FilterException(
                    ErrorCode.FILTER_INVALID_VALUE,
                    context(table),
                    at,
                    "filter on table '" + table.name() + "' at " + shown(at) + ": the "
                            + column.type().kind() + " column '" + column.name() + "' needs " + expected,
                    "send a value of the column's type",
                    List.of(),
                    null);
        }

        FilterException malformed(String at, String problem) {
            return new FilterException(
                    ErrorCode.FILTER_MALFORMED,
                    context(table),
                    at,
                    "filter on table '" + table.name() + "'" + (at.isEmpty() ? "" : " at " + shown(at)) + ": "
                            + problem,
                    "write {\"column\": value}, {\"column\": {\"operator\": value}}, {\"column__operator\": value},"
                            + " {\"and\": [...]}, {\"or\": [...]} or {\"not\": {...}}",
                    List.of(),
                    null);
        }

        private FilterException tooComplex(String at, String problem) {
            return new FilterException(
                    ErrorCode.FILTER_TOO_COMPLEX,
                    context(table),
                    at,
                    "filter on table '" + table.name() + "'" + (at.isEmpty() ? "" : " at " + shown(at)) + " " + problem,
                    "split the query or use an in list of fewer values",
                    List.of(),
                    null);
        }
    }
}
