package dev.ormdantic.processor.generate;

import com.palantir.javapoet.CodeBlock;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays out calls the way the house formatter would: on one line when it fits in 120 columns; else the arguments
 * together on the next line, eight columns further in, when they fit there; else one argument per line. JavaPoet does
 * not wrap lines itself, and a fixed rule keeps the output stable.
 */
final class Layout {

    private static final int MAX_WIDTH = 120;
    private static final int CONTINUATION = 8;
    /** Package qualifiers, which the written file imports away, so that widths are measured as printed. */
    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])");

    private Layout() {}

    /** An expression to lay out: a leaf, or a call whose arguments may go on their own lines. */
    sealed interface Code {}

    /**
     * Code that is never split.
     *
     * @param code the code
     */
    record Leaf(CodeBlock code) implements Code {}

    /**
     * A call or constructor invocation: {@code head(arg, arg)}.
     *
     * @param head what precedes the parenthesis ({@code new $T}, {@code $T.of})
     * @param args the arguments
     */
    record Call(CodeBlock head, List<Code> args) implements Code {
        Call {
            args = List.copyOf(args);
        }
    }

    static Leaf leaf(String format, Object... args) {
        return new Leaf(CodeBlock.of(format, args));
    }

    static Call call(CodeBlock head, List<Code> args) {
        return new Call(head, args);
    }

    /**
     * Renders an expression that starts at {@code column} on a line indented by {@code indent}, followed on its last
     * line by {@code trailing} more characters.
     */
    static CodeBlock render(Code code, int indent, int column, int trailing) {
        CodeBlock flat = flat(code);
        if (!(code instanceof Call call) || column + width(flat) + trailing <= MAX_WIDTH) {
            return flat;
        }
        CodeBlock.Builder block = CodeBlock.builder().add(call.head()).add("(\n$>$>");
        int inner = indent + CONTINUATION;
        CodeBlock arguments = call.args().stream().map(Layout::flat).collect(CodeBlock.joining(", "));
        if (inner + width(arguments) + 1 + trailing <= MAX_WIDTH) {
            return block.add(arguments).add("$<$<)").build();
        }
        for (int i = 0; i < call.args().size(); i++) {
            boolean last = i == call.args().size() - 1;
            block.add(render(call.args().get(i), inner, inner, last ? 1 + trailing : 1));
            block.add(last ? "" : ",\n");
        }
        return block.add("$<$<)").build();
    }

    /** The width of code as printed, with package qualifiers dropped. */
    static int width(CodeBlock code) {
        return QUALIFIER.matcher(code.toString()).replaceAll("").length();
    }

    private static CodeBlock flat(Code code) {
        return switch (code) {
            case Leaf leaf -> leaf.code();
            case Call call ->
                CodeBlock.builder()
                        .add(call.head())
                        .add("(")
                        .add(call.args().stream().map(Layout::flat).collect(CodeBlock.joining(", ")))
                        .add(")")
                        .build();
        };
    }
}
