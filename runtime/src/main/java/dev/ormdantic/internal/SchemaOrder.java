package dev.ormdantic.internal;

import dev.ormdantic.ConfigurationException;
import dev.ormdantic.ErrorCode;
import dev.ormdantic.ErrorContext;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.support.GeneratedTable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order in which {@code init()} creates the managed tables: every table after the tables its foreign keys
 * reference (among the managed ones; a reference to another table is assumed to exist), otherwise in registration
 * order, and every view after every table. {@code dropAll()} drops in the reverse order.
 *
 * <p>A cycle of foreign keys between tables is refused ({@code ORM2120}) rather than broken with
 * {@code ALTER TABLE ... ADD CONSTRAINT}, which no database makes idempotent; a table that references itself is fine.
 */
final class SchemaOrder {

    private SchemaOrder() {}

    /**
     * The creation order.
     *
     * @param tables the managed tables, in registration order
     * @param dialect the dialect's name, for the error
     * @return the tables in creation order
     * @throws ConfigurationException when the foreign keys form a cycle
     */
    static List<GeneratedTable<?, ?>> creation(List<GeneratedTable<?, ?>> tables, String dialect) {
        Map<String, GeneratedTable<?, ?>> byName = new HashMap<>();
        for (GeneratedTable<?, ?> table : tables) {
            byName.putIfAbsent(key(table.spec().schema(), table.name()), table);
        }
        Set<GeneratedTable<?, ?>> done = new LinkedHashSet<>();
        for (GeneratedTable<?, ?> table : tables) {
            if (!table.spec().isView()) {
                visit(table, byName, done, new ArrayList<>(), dialect);
            }
        }
        for (GeneratedTable<?, ?> table : tables) {
            if (table.spec().isView()) {
                done.add(table);
            }
        }
        return List.copyOf(done);
    }

    private static void visit(
            GeneratedTable<?, ?> table,
            Map<String, GeneratedTable<?, ?>> byName,
            Set<GeneratedTable<?, ?>> done,
            List<GeneratedTable<?, ?>> path,
            String dialect) {
        if (done.contains(table)) {
            return;
        }
        int at = path.indexOf(table);
        if (at >= 0) {
            List<String> cycle = new ArrayList<>();
            for (GeneratedTable<?, ?> member : path.subList(at, path.size())) {
                cycle.add(member.name());
            }
            cycle.add(table.name());
            throw new ConfigurationException(
                    ErrorCode.FOREIGN_KEY_CYCLE,
                    new ErrorContext("init", table.name(), dialect),
                    "init: the foreign keys of tables " + String.join(" -> ", cycle)
                            + " form a cycle, so none of them can be created before the others; nothing was created",
                    "drop one foreign key of the cycle (keep the column, remove @References or the @ForeignKey), or"
                            + " create that constraint yourself with ALTER TABLE after init()",
                    null);
        }
        path.add(table);
        TableSpec spec = table.spec();
        for (ForeignKeySpec foreignKey : spec.foreignKeys()) {
            GeneratedTable<?, ?> target = byName.get(key(foreignKey.targetSchema(), foreignKey.targetTable()));
            if (target != null && !target.equals(table) && !target.spec().isView()) {
                visit(target, byName, done, path, dialect);
            }
        }
        path.removeLast();
        done.add(table);
    }

    private static String key(String schema, String name) {
        return schema + "\0" + name;
    }
}
