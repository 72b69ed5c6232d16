package dev.ormdantic.internal.schema;

import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.error.ConfigurationException;
import dev.ormdantic.error.ErrorCode;
import dev.ormdantic.error.ErrorContext;
import dev.ormdantic.support.GeneratedTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The order in which {@code init()} creates the managed tables: every table after the tables its foreign keys
 * reference (among the managed ones; a reference to another table is assumed to exist), otherwise in registration
 * order, and every view after every table. {@code dropAll()} drops in the reverse order.
 *
 * <p>A cycle of foreign keys between tables is refused ({@code ORM2120}) rather than broken with
 * {@code ALTER TABLE ... ADD CONSTRAINT}, which no database makes idempotent; a table that references itself is fine.
 */
public final class SchemaOrder {

    private SchemaOrder() {}

    /**
     * The creation order.
     *
     * @param tables the managed tables, in registration order
     * @param specOf the schema of a table
     * @param dialect the dialect's name, for the error
     * @param <T> the table type
     * @return the tables in creation order
     * @throws ConfigurationException when the foreign keys form a cycle
     */
    public static <T> List<T> creation(List<T> tables, Function<T, TableSpec> specOf, String dialect) {
        Map<String, T> byName = new HashMap<>();
        for (T table : tables) {
            TableSpec spec = specOf.apply(table);
            byName.putIfAbsent(key(spec.schema(), spec.name()), table);
        }
        Set<T> done = new LinkedHashSet<>();
        for (T table : tables) {
            if (!specOf.apply(table).isView()) {
                visit(table, specOf, byName, done, new ArrayList<>(), dialect);
            }
        }
        for (T table : tables) {
            if (specOf.apply(table).isView()) {
                done.add(table);
            }
        }
        return List.copyOf(done);
    }

    /**
     * The creation order of generated tables.
     *
     * @param tables the managed tables, in registration order
     * @param dialect the dialect's name, for the error
     * @return the tables in creation order
     * @throws ConfigurationException when the foreign keys form a cycle
     */
    public static List<GeneratedTable<?, ?>> creation(List<GeneratedTable<?, ?>> tables, String dialect) {
        return creation(tables, GeneratedTable::spec, dialect);
    }

    private static <T> void visit(
            T table, Function<T, TableSpec> specOf, Map<String, T> byName, Set<T> done, List<T> path, String dialect) {
        if (done.contains(table)) {
            return;
        }
        TableSpec spec = specOf.apply(table);
        int at = path.indexOf(table);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>();
            for (T member : path.subList(at, path.size())) {
                cycle.add(specOf.apply(member).name());
            }
            cycle.add(spec.name());
            throw new ConfigurationException(
                    ErrorCode.FOREIGN_KEY_CYCLE,
                    new ErrorContext("init", spec.name(), dialect),
                    "init: the foreign keys of tables " + String.join(" -> ", cycle)
                            + " form a cycle, so none of them can be created before the others; nothing was created",
                    "drop one foreign key of the cycle (keep the column, remove @References or the @ForeignKey), or"
                            + " create that constraint yourself with ALTER TABLE after init()",
                    null);
        }
        path.add(table);
        for (ForeignKeySpec foreignKey : spec.foreignKeys()) {
            T target = byName.get(key(foreignKey.targetSchema(), foreignKey.targetTable()));
            if (target != null && !target.equals(table) && !specOf.apply(target).isView()) {
                visit(target, specOf, byName, done, path, dialect);
            }
        }
        path.removeLast();
        done.add(table);
    }

    private static String key(String schema, String name) {
        return schema + "\0" + name;
    }
}
