package dev.ormdantic.processor.generate;

import com.palantir.javapoet.CodeBlock;
import dev.ormdantic.dialect.Dialect;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import java.util.ArrayList;
import java.util.List;

/**
 * The initializer of one dialect's {@code TableStatements} constant: every fixed statement of the table, rendered now
 * by the dialect and written as string literals, so that the runtime never renders them.
 */
final class StatementConstants {

    private StatementConstants() {}

    static Layout.Call initializer(TableStatements statements) {
        List<Layout.Code> create = new ArrayList<>();
        for (String statement : statements.createTable()) {
            create.add(Layout.leaf("$S", statement));
        }
        List<Layout.Code> head = new ArrayList<>(List.of(
                Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), create),
                Layout.leaf("$S", statements.dropTable())));
        // Only a table with sequences has statements to run after DROP TABLE; others use the shorter constructor.
        if (!statements.dropAfterTable().isEmpty()) {
            List<Layout.Code> after = new ArrayList<>();
            for (String statement : statements.dropAfterTable()) {
                after.add(Layout.leaf("$S", statement));
            }
            head.add(Layout.call(CodeBlock.of("$T.of", SupportTypes.LIST), after));
        }
        List<Layout.Code> all = new ArrayList<>(head);
        all.addAll(List.of(
                shape(statements.insert()),
                shape(statements.upsert()),
                Layout.leaf("$S", statements.selectByKey()),
                Layout.leaf("$S", statements.selectAll()),
                Layout.leaf("$S", statements.updateByKey()),
                Layout.leaf("$S", statements.deleteByKey()),
                Layout.leaf("$S", statements.count())));
        return Layout.call(CodeBlock.of("new $T", SupportTypes.TABLE_STATEMENTS), all);
    }

    /** The constant's preferred name: the dialect id, as in {@code case SQLITE -> SQLITE}. */
    static String name(Dialect dialect) {
        return dialect.id().name();
    }

    private static Layout.Call shape(StatementShape shape) {
        return Layout.call(
                CodeBlock.of("new $T", SupportTypes.STATEMENT_SHAPE),
                List.of(
                        Layout.leaf("$S", shape.prefix()),
                        Layout.leaf("$S", shape.row()),
                        Layout.leaf("$S", shape.separator()),
                        Layout.leaf("$S", shape.suffix())));
    }
}
