package dev.ormdantic.studio;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.Slice;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.error.OrmdanticException;
import dev.ormdantic.query.Column;
import dev.ormdantic.query.Filter;
import dev.ormdantic.query.Filters;
import dev.ormdantic.query.OrderBy;
import dev.ormdantic.query.TableRef;
import dev.ormdantic.support.GeneratedTable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The data browser: pages of a table's rows, filtered with the JSON filter language ({@link Filters#fromJson}), and,
 * when writes are allowed, deleting the rows a filter matches after a typed confirmation.
 */
final class DataBrowser {

    static final int MAX_PAGE_SIZE = 500;
    static final int DEFAULT_PAGE_SIZE = 50;

    private final @Nullable Ormdantic db;
    private final Map<String, TableRef<?, ?>> tables = new LinkedHashMap<>();
    private final boolean writes;

    DataBrowser(@Nullable Ormdantic db, List<TableRef<?, ?>> browsable, boolean writes) {
        this.db = db;
        for (TableRef<?, ?> table : browsable) {
            tables.put(table.name(), table);
        }
        this.writes = writes;
    }

    Map<String, Object> tables() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (TableRef<?, ?> table : tables.values()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("name", table.name());
            entry.put("columns", table.columns().stream().map(Column::name).toList());
            list.add(entry);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("writable", writes);
        out.put("tables", list);
        return out;
    }

    Map<String, Object> rows(Map<String, String> query) {
        TableRef<?, ?> table = table(query.get("table"));
        int page = number(query, "page", 0, 0, Integer.MAX_VALUE / MAX_PAGE_SIZE);
        int size = number(query, "size", DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        String filter = query.getOrDefault("filter", "").strip();
        return page(table, filter.isEmpty() ? "{}" : filter, page, size);
    }

    private <T extends Record, K> Map<String, Object> page(TableRef<T, K> table, String json, int page, int size) {
        Filter<T> filter = Filters.fromJson(table, json);
        Ormdantic database = Objects.requireNonNull(db);
        List<String> order = new ArrayList<>();
        if (table instanceof GeneratedTable<?, ?> generated) {
            order.addAll(generated.spec().primaryKey());
        }
        OrderBy<T> orderBy = Filters.orderBy(table, order);
        var handle = database.table(table);
        long total = handle.count(filter).join();
        List<T> data = handle.findMany(filter, orderBy, Slice.limit(size).offset((long) page * size))
                .join()
                .data();
        List<String> columns = new ArrayList<>();
        RecordComponent[] components = table.recordType().getRecordComponents();
        for (RecordComponent component : components) {
            columns.add(component.getName());
        }
        List<List<Object>> rows = new ArrayList<>();
        for (T row : data) {
            List<Object> values = new ArrayList<>();
            for (RecordComponent component : components) {
                values.add(cell(component, row));
            }
            rows.add(values);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("table", table.name());
        out.put("columns", columns);
        out.put("rows", rows);
        out.put("page", page);
        out.put("size", size);
        out.put("total", total);
        return out;
    }

    private static Object cell(RecordComponent component, Record row) {
        Object value;
        try {
            var accessor = component.getAccessor();
            accessor.trySetAccessible();
            value = accessor.invoke(row);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return "(unreadable: " + e.getClass().getSimpleName() + ")";
        }
        if (value == null) {
            return "null";
        }
        if (value instanceof Boolean
                || value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Double
                || value instanceof Float
                || value instanceof BigDecimal
                || value instanceof BigInteger) {
            return value;
        }
        if (value instanceof byte[] bytes) {
            return "(" + bytes.length + " bytes)";
        }
        return String.valueOf(value);
    }

    Map<String, Object> delete(Map<String, Object> body) {
        if (!writes) {
            throw new OrmdanticException(
                    ErrorCode.STUDIO_READ_ONLY,
                    new ErrorContext("studio delete", null, null),
                    "the studio is read-only: it refused to delete rows",
                    "start it with Studio.builder(...).allowWrites(true) to change data from the page",
                    null);
        }
        Object name = body.get("table");
        TableRef<?, ?> table = table(name instanceof String s ? s : null);
        Object filter = body.get("filter");
        Object confirm = body.get("confirm");
        if (!table.name().equals(confirm)) {
            throw new OrmdanticException(
                    ErrorCode.STUDIO_CONFIRMATION_MISMATCH,
                    new ErrorContext("studio delete", table.name(), null),
                    "deleting rows of table '" + table.name() + "' needs the table's name typed as the confirmation,"
                            + " and '" + confirm + "' was typed; nothing was deleted",
                    "type " + table.name() + " exactly",
                    null);
        }
        String json = filter instanceof String s && !s.isBlank() ? s : "{}";
        long deleted = deleteWhere(table, json);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("table", table.name());
        out.put("deleted", deleted);
        return out;
    }

    private <T extends Record, K> long deleteWhere(TableRef<T, K> table, String json) {
        Filter<T> filter = Filters.fromJson(table, json);
        return Objects.requireNonNull(db).table(table).deleteWhere(filter).join();
    }

    private TableRef<?, ?> table(@Nullable String name) {
        TableRef<?, ?> table = name == null ? null : tables.get(name);
        if (table == null) {
            throw new OrmdanticException(
                    ErrorCode.STUDIO_TABLE_NOT_BROWSABLE,
                    new ErrorContext("studio browse", name, null),
                    "the data browser has no table '" + name + "'; it browses " + tables.keySet(),
                    "pick one of those, or add the table to Studio.builder(...).browse(...)",
                    null);
        }
        return table;
    }

    private static int number(Map<String, String> query, String name, int fallback, int min, int max) {
        String text = query.get(name);
        if (text == null || text.isEmpty()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(text);
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw StudioApi.badRequest(
                "parameter '" + name + "' is '" + text + "'; use a whole number from " + min + " to " + max);
    }
}
