package dev.ormdantic.internal.exec;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.sql.Expr;
import dev.ormdantic.dialect.sql.OrderItem;
import dev.ormdantic.dialect.sql.SortItem;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.FilterException;
import dev.ormdantic.error.InvalidArgumentException;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.internal.jdbc.ValueCoercion;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Keyset (seek) paging: the ordering made total by the key, the predicate "after this row" and the opaque cursor
 * that carries the last row's values. The cursor is base64url of {@code {"o": ordering, "v": [values]}}; reading it
 * back checks the ordering and converts every value to its column's type, so a damaged or forged cursor is refused
 * with {@code ORM2507}, and its values are bound parameters like any other.
 */
final class Keyset {

    private static final JsonMapper JSON = new JsonMapper();
    private static final int MAX_CURSOR_LENGTH = 8_192;

    private final List<OrderItem> order;
    private final List<ColumnSpec> columns;
    private final String signature;

    private Keyset(List<OrderItem> order, List<ColumnSpec> columns) {
        this.order = List.copyOf(order);
        this.columns = List.copyOf(columns);
        StringJoiner joiner = new StringJoiner(",");
        for (OrderItem item : order) {
            joiner.add((item.descending() ? "-" : "") + item.column());
        }
        this.signature = joiner.toString();
    }

    /** The ordering with the key columns appended, so that it is total; every column must be non-null. */
    static Keyset plan(TableSpec spec, List<SortItem> requested, Call call) {
        List<OrderItem> order = new ArrayList<>();
        List<ColumnSpec> columns = new ArrayList<>();
        for (SortItem item : requested) {
            if (!(item.expr() instanceof Expr.Column ref) || ref.qualifier() != null) {
                throw new InvalidArgumentException(
                        ErrorCode.INVALID_ARGUMENT,
                        call.context(),
                        call.failed() + ": keyset paging orders by columns of the table only, not by " + item.expr()
                                + ", since the cursor carries column values",
                        "order findPage by columns, or page with findMany(filter, orderBy, limit, offset)",
                        null);
            }
            ColumnSpec column = spec.column(ref.name());
            if (column.nullable()) {
                throw new InvalidArgumentException(
                        ErrorCode.INVALID_ARGUMENT,
                        call.context(),
                        call.failed() + ": keyset paging cannot order by the nullable column '" + column.name()
                                + "', since NULL has no place in a seek predicate",
                        "order by non-null columns, or page with findMany(filter, orderBy, limit, offset)",
                        null);
            }
            order.add(new OrderItem(ref.name(), item.descending()));
            columns.add(column);
        }
        for (String key : spec.primaryKey()) {
            if (order.stream().noneMatch(item -> item.column().equals(key))) {
                order.add(new OrderItem(key, false));
                columns.add(spec.column(key));
            }
        }
        return new Keyset(order, columns);
    }

    /** The ordering, as the select renders it. */
    List<SortItem> order() {
        List<SortItem> items = new ArrayList<>(order.size());
        for (OrderItem item : order) {
            items.add(new SortItem(new Expr.Column(item.column()), item.descending(), item.nulls()));
        }
        return items;
    }

    List<ColumnSpec> columns() {
        return columns;
    }

    /** Rows after the one holding {@code values}: {@code a > ? OR (a = ? AND b > ?) OR ...}, flipped for DESC. */
    Expr after(List<Object> values) {
        List<Expr> branches = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            List<Expr> terms = new ArrayList<>();
            for (int j = 0; j < i; j++) {
                terms.add(compare(j, Expr.CompareOp.EQ, values));
            }
            terms.add(compare(i, order.get(i).descending() ? Expr.CompareOp.LT : Expr.CompareOp.GT, values));
            branches.add(terms.size() == 1 ? terms.get(0) : new Expr.And(terms));
        }
        return new Expr.Or(branches);
    }

    private Expr compare(int index, Expr.CompareOp op, List<Object> values) {
        ColumnSpec column = columns.get(index);
        return new Expr.Compare(new Expr.Column(column.name()), op, new Expr.Param(values.get(index), column.type()));
    }

    /** The cursor of the row holding {@code values}. */
    String encode(List<@Nullable Object> values) {
        List<@Nullable Object> json = new ArrayList<>();
        for (Object value : values) {
            json.add(
                    switch (value) {
                        case null -> null;
                        case String s -> s;
                        case Boolean b -> b;
                        case Integer i -> i;
                        case Long l -> l;
                        case Short s -> s;
                        case Double d -> d;
                        case Float f -> f.doubleValue();
                        case BigDecimal d -> d.toPlainString();
                        case byte[] bytes -> Base64.getEncoder().encodeToString(bytes);
                        default -> value.toString();
                    });
        }
        Map<String, Object> cursor = new LinkedHashMap<>();
        cursor.put("o", signature);
        cursor.put("v", json);
        try {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(cursor));
        } catch (JacksonException e) {
            throw new IllegalStateException("cannot write a cursor", e);
        }
    }

    /** The values a cursor carries, checked against this ordering and converted to the columns' types. */
    List<Object> decode(String cursor, Call call) {
        Object document;
        try {
            if (cursor.length() > MAX_CURSOR_LENGTH) {
                throw invalid(call, "it is longer than " + MAX_CURSOR_LENGTH + " characters");
            }
            document = JSON.readValue(
                    new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8), Object.class);
        } catch (IllegalArgumentException | JacksonException e) {
            throw invalid(call, "it is not a cursor findPage wrote");
        }
        if (!(document instanceof Map<?, ?> map)
                || !signature.equals(map.get("o"))
                || !(map.get("v") instanceof List<?> raw)
                || raw.size() != columns.size()) {
            throw invalid(call, "it was not written for the ordering " + signature);
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            Object value = raw.get(i);
            try {
                if (value == null) {
                    throw new ValueCoercion.Mismatch("a value");
                }
                values.add(ValueCoercion.coerce(columns.get(i).type(), value));
            } catch (ValueCoercion.Mismatch e) {
                throw invalid(call, "its value for column '" + columns.get(i).name() + "' is not " + e.getMessage());
            }
        }
        return values;
    }

    private static FilterException invalid(Call call, String why) {
        return new FilterException(
                ErrorCode.INVALID_CURSOR,
                call.context(),
                "",
                call.failed() + ": the cursor is refused because " + why,
                "pass the nextCursor of a page of the same query, or null for the first page",
                List.of(),
                null);
    }
}
