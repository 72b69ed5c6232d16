package dev.ormdantic.processor.generate;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays out calls the way the house formatter would: on one line when it fits in 120 columns; else the arguments
 * together on the next line, eight columns further in, when they fit there; else one argument per line. A method
 * chain ({@code builder().a(x).b(y)}) that does not fit puts each call on its own line, eight columns in. JavaPoet
 * does not wrap lines itself, and a fixed rule keeps the output stable.
 *
 * <p>Every piece of code knows its printed width when it is built, so laying out a large initializer measures each
 * leaf once instead of printing every subtree again at every level.
 */
final class Layout {

    private static final int MAX_WIDTH = 120;
    private static final int CONTINUATION = 8;
    /** Package qualifiers, which the written file imports away, so that widths are measured as printed. */
    private static final Pattern QUALIFIER = Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.)+(?=[A-Z])");

    private Layout() {}

    /** An expression to lay out: a leaf, a call whose arguments may go on their own lines, or a chain of calls. */
    sealed interface Code {
        /** The width of the code printed on one line. */
        int width();
    }

    /**
     * Code that is never split.
     *
     * @param code the code
     * @param width its width as printed
     */
    record Leaf(CodeBlock code, int width) implements Code {
        Leaf(CodeBlock code) {
            this(code, Layout.width(code));
        }
    }

    /**
     * A call or constructor invocation: {@code head(arg, arg)}.
     *
     * @param head what precedes the parenthesis ({@code new $T}, {@code $T.of})
     * @param args the arguments
     * @param width its width printed on one line
     */
    record Call(CodeBlock head, List<Code> args, int width) implements Code {
        Call {
            args = List.copyOf(args);
        }
    }

    /**
     * A receiver followed by calls on it: {@code receiver.link(...).link(...)}.
     *
     * @param receiver the first expression
     * @param links the calls, each printed after a dot
     * @param width its width printed on one line
     */
    record Chain(Code receiver, List<Call> links, int width) implements Code {
        Chain {
            links = List.copyOf(links);
        }
    }

    /** A leaf; its width is measured once, and without the qualifier pattern unless it names a type. */
    static Leaf leaf(String format, Object... args) {
        CodeBlock code = CodeBlock.of(format, args);
        for (Object arg : args) {
            if (arg instanceof TypeName) {
                return new Leaf(code);
            }
        }
        return new Leaf(code, code.toString().length());
    }

    static Call call(CodeBlock head, List<Code> args) {
        int width = width(head) + 2 + Math.max(0, 2 * (args.size() - 1));
        for (Code arg : args) {
            width += arg.width();
        }
        return new Call(head, args, width);
    }

    /** A call of a method by name, as a link of a {@link Chain}. */
    static Call method(String name, List<Code> args) {
        return call(CodeBlock.of("$N", name), args);
    }

    static Chain chain(Code receiver, List<Call> links) {
        int width = receiver.width();
        for (Call link : links) {
            width += 1 + link.width();
        }
        return new Chain(receiver, links, width);
    }

    /**
     * Renders an expression that starts at {@code column} on a line indented by {@code indent}, followed on its last
     * line by {@code trailing} more characters.
     */
    static CodeBlock render(Code code, int indent, int column, int trailing) {
        if (column + code.width() + trailing <= MAX_WIDTH) {
            return flat(code);
        }
        return switch (code) {
            case Leaf leaf -> leaf.code();
            case Call call
            when call.args().size() == 1 && call.args().get(0) instanceof Chain chain ->
                // a lone chain argument starts on the call's line, as in
                // .upsert(StatementShape.of(...)\n.followedBy(...))
                CodeBlock.builder()
                        .add(call.head())
                        .add("(")
                        .add(renderChain(chain, indent, column + width(call.head()) + 1, trailing + 1))
                        .add(")")
                        .build();
            case Call call -> renderCall(call, indent, trailing);
            case Chain chain -> renderChain(chain, indent, column, trailing);
        };
    }

    private static CodeBlock renderCall(Call call, int indent, int trailing) {
        CodeBlock.Builder block = CodeBlock.builder().add(call.head()).add("(\n$>$>");
        int inner = indent + CONTINUATION;
        int arguments = Math.max(0, 2 * (call.args().size() - 1));
        for (Code arg : call.args()) {
            arguments += arg.width();
        }
        if (inner + arguments + 1 + trailing <= MAX_WIDTH) {
            return block.add(joined(call.args())).add("$<$<)").build();
        }
        for (int i = 0; i < call.args().size(); i++) {
            boolean last = i == call.args().size() - 1;
            block.add(render(call.args().get(i), inner, inner, last ? 1 + trailing : 1));
            block.add(last ? "" : ",\n");
        }
        return block.add("$<$<)").build();
    }

    private static CodeBlock renderChain(Chain chain, int indent, int column, int trailing) {
        CodeBlock.Builder block = CodeBlock.builder()
                .add(render(chain.receiver(), indent, column, 0))
                .add("$>$>");
        int inner = indent + CONTINUATION;
        for (int i = 0; i < chain.links().size(); i++) {
            boolean last = i == chain.links().size() - 1;
            block.add("\n.").add(render(chain.links().get(i), inner, inner + 1, last ? trailing : 0));
        }
        return block.add("$<$<").build();
    }

    /** The width of code as printed, with package qualifiers dropped. */
    static int width(CodeBlock code) {
        return QUALIFIER.matcher(code.toString()).replaceAll("").length();
    }

    private static CodeBlock joined(List<Code> args) {
        return args.stream().map(Layout::flat).collect(CodeBlock.joining(", "));
    }

    private static CodeBlock flat(Code code) {
        return switch (code) {
            case Leaf leaf -> leaf.code();
            case Call call ->
                CodeBlock.builder()
                        .add(call.head())
                        .add("(")
                        .add(joined(call.args()))
                        .add(")")
                        .build();
            case Chain chain -> {
                CodeBlock.Builder block = CodeBlock.builder().add(flat(chain.receiver()));
                chain.links().forEach(link -> block.add(".").add(flat(link)));
                yield block.build();
            }
        };
    }
}
