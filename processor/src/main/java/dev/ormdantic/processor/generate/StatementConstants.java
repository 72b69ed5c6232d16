package dev.ormdantic.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The initializer of one dialect's {@code TableStatements} constant: every fixed statement of the table, rendered now
 * by the dialect and written as string literals through the named builder ({@code .selectByKey("SELECT ...")}), so
 * that the runtime never renders them and a reader sees which statement is which. A statement equal to an earlier
 * dialect's is written once: MariaDB's block is MySQL's but for its {@code CREATE TABLE}.
 */
final class StatementConstants {

    private static final int DROP_AFTER_TABLE = 2;

    private StatementConstants() {}

    /**
     * The initializer of a dialect's constant, given the constants already written (statements → constant name, in
     * writing order): the earlier constant when all statements are equal ({@code MARIADB = MYSQL}); else the earlier
     * one that shares the most statements, at least half, with only the differing ones set on its
     * {@code toBuilder()}; else every statement on a new builder.
     */
    static Layout.Code initializer(TableStatements statements, Map<TableStatements, String> written) {
        String same = written.get(statements);
        if (same != null) {
            return Layout.leaf("$N", same);
        }
        List<Object> values = values(statements);
        String closest = null;
        List<Integer> differing = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            differing.add(i);
        }
        for (Map.Entry<TableStatements, String> earlier : written.entrySet()) {
            List<Object> others = values(earlier.getKey());
            List<Integer> changed = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                if (!values.get(i).equals(others.get(i))) {
                    changed.add(i);
                }
            }
            if (changed.size() * 2 <= values.size() && changed.size() < differing.size()) {
                closest = earlier.getValue();
                differing = changed;
            }
        }
        List<Layout.Call> parts = parts(statements);
        List<Layout.Call> links = new ArrayList<>();
        Layout.Code receiver;
        if (closest == null) {
            receiver = Layout.leaf("$T.builder()", SupportTypes.TABLE_STATEMENTS);
            for (int i = 0; i < parts.size(); i++) {
                // only a table with sequences has statements to run after DROP TABLE
                if (i != DROP_AFTER_TABLE || !statements.dropAfterTable().isEmpty()) {
                    links.add(parts.get(i));
                }
            }
        } else {
            receiver = Layout.leaf("$N.toBuilder()", closest);
            differing.forEach(i -> links.add(parts.get(i)));
        }
        links.add(Layout.method("build", List.of()));
        return Layout.chain(receiver, links);
    }

    /** Every statement, in the order of {@link #parts}, to compare. */
    private static List<Object> values(TableStatements statements) {
        return List.of(
                statements.createTable(),
                statements.dropTable(),
                statements.dropAfterTable(),
                statements.insert(),
                statements.upsert(),
                statements.selectByKey(),
                statements.selectAll(),
                statements.updateByKey(),
                statements.deleteByKey(),
                statements.count());
    }

    /** Every statement as the builder call that sets it, in a fixed order. */
    private static List<Layout.Call> parts(TableStatements statements) {
        return List.of(
                Layout.method("createTable", strings(statements.createTable())),
                Layout.method("dropTable", List.of(Layout.leaf("$S", statements.dropTable()))),
                Layout.method("dropAfterTable", strings(statements.dropAfterTable())),
                Layout.method("insert", List.of(shape(statements.insert()))),
                Layout.method("upsert", List.of(shape(statements.upsert()))),
                Layout.method("selectByKey", List.of(Layout.leaf("$S", statements.selectByKey()))),
                Layout.method("selectAll", List.of(Layout.leaf("$S", statements.selectAll()))),
                Layout.method("updateByKey", List.of(Layout.leaf("$S", statements.updateByKey()))),
                Layout.method("deleteByKey", List.of(Layout.leaf("$S", statements.deleteByKey()))),
                Layout.method("count", List.of(Layout.leaf("$S", statements.count()))));
    }

    /** The constant's preferred name: the dialect id, as in {@code case SQLITE -> SQLITE}. */
    static String name(Dialect dialect) {
        return dialect.id().name();
    }

    private static List<Layout.Code> strings(List<String> statements) {
        List<Layout.Code> leaves = new ArrayList<>();
        for (String statement : statements) {
            leaves.add(Layout.leaf("$S", statement));
        }
        return leaves;
    }

    /** {@code StatementShape.of(prefix, row)}, then only the parts that differ from a plain {@code VALUES} list. */
    private static Layout.Code shape(StatementShape shape) {
        Layout.Call of = Layout.call(
                CodeBlock.of("$T.of", SupportTypes.STATEMENT_SHAPE),
                List.of(Layout.leaf("$S", shape.prefix()), Layout.leaf("$S", shape.row())));
        StatementShape plain = StatementShape.of(shape.prefix(), shape.row());
        List<Layout.Call> links = new ArrayList<>();
        if (shape.separator().isEmpty()) {
            links.add(Layout.method("oneRowPerStatement", List.of()));
        } else if (!shape.separator().equals(plain.separator())) {
            links.add(Layout.method("joinedBy", List.of(Layout.leaf("$S", shape.separator()))));
        }
        if (!shape.suffix().equals(plain.suffix())) {
            links.add(Layout.method("followedBy", List.of(Layout.leaf("$S", shape.suffix()))));
        }
        return links.isEmpty() ? of : Layout.chain(of, links);
    }
}
