package dev.ormdantic.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Every naming rule of the processor: table and column names, column constants, generated classes and indexes. The
 * snake_case rule is the seed library's, so that a model keeps its table names when it moves from Python.
 */
public final class GeneratedNames {

    private GeneratedNames() {}

    /**
     * The snake_case of a name: split on {@code _}, {@code -} and white space, before an upper-case letter that
     * follows a lower-case one, and before a letter that follows a digit; lower-case every word; join them with
     * {@code _}. A run of capitals stays one word: {@code UserID} → {@code user_id}, {@code HTTPServer} →
     * {@code httpserver}, {@code Coffee2Flavor} → {@code coffee2_flavor}.
     *
     * @param name a Java name or any text
     * @return the snake_case form, empty when the name holds only separators
     */
    public static String snakeCase(String name) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        int previous = 0;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (c == '_' || c == '-' || Character.isWhitespace(c)) {
                flush(word, words);
                previous = 0;
                continue;
            }
            boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(c);
            boolean digitToLetter = Character.isDigit(previous) && Character.isLetter(c);
            if (lowerToUpper || digitToLetter) {
                flush(word, words);
            }
            word.appendCodePoint(c);
            previous = c;
        }
        flush(word, words);
        return String.join("_", words).toLowerCase(Locale.ROOT);
    }

    private static void flush(StringBuilder word, List<String> words) {
        if (!word.isEmpty()) {
            words.add(word.toString());
            word.setLength(0);
        }
    }

    /**
     * The name of a component's column constant: the upper-case snake_case of the component name
     * ({@code createdAt} → {@code CREATED_AT}), or the upper-cased component name when that would not be a Java
     * identifier ({@code _1st} → {@code _1ST}). {@value #TABLE_CONSTANT} names the table itself in every generated
     * class, so a component named {@code table} gets {@code TABLE_COLUMN}.
     *
     * @param componentName the component name, a Java identifier
     * @return the constant name
     */
    public static String constantName(String componentName) {
        String constant = snakeCase(componentName).toUpperCase(Locale.ROOT);
        if (constant.isEmpty() || !Character.isJavaIdentifierStart(constant.codePointAt(0))) {
            constant = componentName.toUpperCase(Locale.ROOT);
        }
        return constant.equals(TABLE_CONSTANT) ? TABLE_CONSTANT + "_COLUMN" : constant;
    }

    /** The name of the table singleton every generated class declares. */
    public static final String TABLE_CONSTANT = "TABLE";

    /**
     * The simple name of the generated table class: the record's nested simple names joined with {@code _}, then
     * {@code Table} ({@code Flavor} → {@code FlavorTable}, {@code Outer.Inner} → {@code Outer_InnerTable}).
     *
     * @param simpleNames the record's simple names, outermost first
     * @return the class name
     */
    public static String tableClassName(List<String> simpleNames) {
        return String.join("_", simpleNames) + "Table";
    }

    /**
     * The name of a single-column index: {@code <table>_<column>_idx}, or {@code <table>_<column>_unique_idx} for a
     * unique one.
     *
     * @param table the table name
     * @param column the column name
     * @param unique whether the index is unique
     * @return the index name
     */
    public static String indexName(String table, String column, boolean unique) {
        return table + "_" + column + (unique ? "_unique_idx" : "_idx");
    }
}
