package dev.ormdantic.dialect;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.EnumSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * Renders the {@code CHECK} constraints of a table: the column checks in column order, then the table checks. The
 * condition of each is built from the dialect's hooks ({@link Dialect#lengthOf}, {@link Dialect#regexMatch}, ...), so
 * that only the functions that differ are written per dialect.
 */
final class CheckRenderer {

    private final Dialect dialect;

    CheckRenderer(Dialect dialect) {
        this.dialect = dialect;
    }

    /** Every check of the table as a {@code CONSTRAINT "name" CHECK (...)} clause. */
    List<String> constraints(TableSpec table) {
        List<String> clauses = new ArrayList<>();
        for (ColumnSpec column : table.columns()) {
            EnumSpec enumType = column.enumType();
            // A native enum type admits its labels only: the list of allowed values would say it twice.
            boolean nativeEnum = dialect.nativeEnums() && enumType != null && enumType.isNative();
            for (CheckSpec check : column.checks()) {
                if (nativeEnum && check instanceof CheckSpec.OneOf) {
                    continue;
                }
                clauses.add(clause(check.name(), condition(check, column)));
            }
        }
        for (CheckSpec check : table.checks()) {
            if (!(check instanceof CheckSpec.Sql sql)) {
                throw new IllegalArgumentException("a table check is written in SQL: " + check);
            }
            clauses.add(clause(sql.name(), sql.sql()));
        }
        return clauses;
    }

    /**
     * The {@code CONSTRAINT "name" CHECK (...)} clause of the check with the given name, or {@code null} when the
     * table has none or the dialect needs none (a native enum type's list of values).
     */
    @Nullable
    String constraint(TableSpec table, String name) {
        for (ColumnSpec column : table.columns()) {
            EnumSpec enumType = column.enumType();
            boolean nativeEnum = dialect.nativeEnums() && enumType != null && enumType.isNative();
            for (CheckSpec check : column.checks()) {
                if (check.name().equals(name)) {
                    return nativeEnum && check instanceof CheckSpec.OneOf
                            ? null
                            : clause(check.name(), condition(check, column));
                }
            }
        }
        for (CheckSpec check : table.checks()) {
            if (check.name().equals(name) && check instanceof CheckSpec.Sql sql) {
                return clause(sql.name(), sql.sql());
            }
        }
        return null;
    }

    private String clause(String name, String condition) {
        return "CONSTRAINT " + dialect.quote(name) + " CHECK (" + condition + ")";
    }

    private String condition(CheckSpec check, ColumnSpec column) {
        String quoted = dialect.quote(column.name());
        return switch (check) {
            case CheckSpec.Compare compare -> dialect.compare(quoted, column.type(), compare);
            case CheckSpec.Length length
            when length.atLeast() -> dialect.lengthOf(quoted) + " >= " + leastLength(length.length());
            case CheckSpec.Length length -> dialect.lengthOf(quoted) + " <= " + length.length();
            case CheckSpec.NotBlank notBlank -> dialect.notBlank(quoted);
            case CheckSpec.Matches matches -> dialect.regexMatch(quoted, "^(" + matches.regexp() + ")$");
            case CheckSpec.OneOf oneOf -> {
                StringJoiner values = new StringJoiner(", ", quoted + " IN (", ")");
                for (String value : oneOf.values()) {
                    values.add(dialect.stringLiteral(value));
                }
                yield values.toString();
            }
            case CheckSpec.Sql sql -> sql.sql();
        };
    }

    /**
     * The least length the database checks. Java counts UTF-16 code units, in which a character beyond the Basic
     * Multilingual Plane (an emoji) counts 2; a database that counts characters counts it 1. So that the database
     * never refuses a text the Java validation accepts, it checks half the least length, rounded up, unless it counts
     * code units too.
     */
    private int leastLength(int length) {
        return dialect.lengthCountsUtf16Units() || length <= 1 ? length : (length + 1) / 2;
    }

    /** The plain comparison most dialects use for every numeric kind. */
    static String plainCompare(String column, ColumnType type, CheckSpec.Compare compare) {
        return column + " " + compare.comparison().operator() + " " + compare.bound();
    }
}
