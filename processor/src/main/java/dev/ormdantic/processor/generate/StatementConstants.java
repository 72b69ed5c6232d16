package dev.ormdantic.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import java.util.ArrayList;
import java.util.List;

/**
 * The initializer of one dialect's {@code TableStatements} constant: every fixed statement of the table, rendered now
 * by the dialect and written as string literals through the named builder ({@code .selectByKey("SELECT ...")}), so
 * that the runtime never renders them and a reader sees which statement is which.
 */
final class StatementConstants {

    private StatementConstants() {}

    static Layout.Chain initializer(TableStatements statements) {
        List<Layout.Call> links = new ArrayList<>();
        links.add(Layout.method("createTable", strings(statements.createTable())));
        links.add(Layout.method("dropTable", List.of(Layout.leaf("$S", statements.dropTable()))));
        // Only a table with sequences has statements to run after DROP TABLE.
        if (!statements.dropAfterTable().isEmpty()) {
            links.add(Layout.method("dropAfterTable", strings(statements.dropAfterTable())));
        }
        links.add(Layout.method("insert", List.of(shape(statements.insert()))));
        links.add(Layout.method("upsert", List.of(shape(statements.upsert()))));
        links.add(Layout.method("selectByKey", List.of(Layout.leaf("$S", statements.selectByKey()))));
        links.add(Layout.method("selectAll", List.of(Layout.leaf("$S", statements.selectAll()))));
        links.add(Layout.method("updateByKey", List.of(Layout.leaf("$S", statements.updateByKey()))));
        links.add(Layout.method("deleteByKey", List.of(Layout.leaf("$S", statements.deleteByKey()))));
        links.add(Layout.method("count", List.of(Layout.leaf("$S", statements.count()))));
        links.add(Layout.method("build", List.of()));
        return Layout.chain(Layout.leaf("$T.builder()", SupportTypes.TABLE_STATEMENTS), links);
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
