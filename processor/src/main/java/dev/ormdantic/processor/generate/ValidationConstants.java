package dev.ormdantic.processor.generate;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import dev.ormdantic.processor.model.ComponentModel;
import dev.ormdantic.processor.model.Constraint;
import dev.ormdantic.processor.model.TableModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.StringJoiner;
import org.jspecify.annotations.Nullable;

/**
 * The private constants generated validation uses, made once per class rather than on every check: the compiled
 * {@code Pattern} of each {@code @Pattern} and {@code @Email(regexp)}, and the {@code BigDecimal} bound of each
 * {@code @DecimalMin} and {@code @DecimalMax}. Each is named after its component and constraint
 * ({@code SLUG_PATTERN}, {@code PRICE_DECIMAL_MIN}).
 */
final class ValidationConstants {

    static final ClassName PATTERN = ClassName.get(java.util.regex.Pattern.class);

    /**
     * One constant.
     *
     * @param name its name
     * @param type its type
     * @param initializer its value
     */
    record Entry(String name, TypeName type, Layout.Code initializer) {}

    private final IdentityHashMap<Constraint, Entry> entries = new IdentityHashMap<>();
    private final List<Entry> ordered = new ArrayList<>();

    ValidationConstants(TableModel table, NameAllocator names) {
        for (ComponentModel component : table.columns()) {
            for (Constraint constraint : component.constraints()) {
                Entry entry = entry(component, constraint, names);
                if (entry != null) {
                    entries.put(constraint, entry);
                    ordered.add(entry);
                }
            }
        }
    }

    /** The constants in component and constraint order. */
    List<Entry> all() {
        return List.copyOf(ordered);
    }

    /** The name of a constraint's constant, or {@code null} when it needs none. */
    @Nullable
    String name(Constraint constraint) {
        Entry entry = entries.get(constraint);
        return entry == null ? null : entry.name();
    }

    private static @Nullable Entry entry(ComponentModel component, Constraint constraint, NameAllocator names) {
        return switch (constraint) {
            case Constraint.DecimalBound bound ->
                new Entry(
                        names.newName(component.constantName() + "_"
                                + (bound.name().equals("DecimalMin") ? "DECIMAL_MIN" : "DECIMAL_MAX")),
                        ClassName.get(BigDecimal.class),
                        Layout.call(
                                CodeBlock.of("new $T", BigDecimal.class), List.of(Layout.leaf("$S", bound.value()))));
            case Constraint.Regex regex
            when regex.name().equals("Pattern") || !isPlainEmail(regex) ->
                new Entry(
                        names.newName(
                                component.constantName() + "_" + (regex.name().equals("Email") ? "EMAIL" : "PATTERN")),
                        PATTERN,
                        compile(regex));
            default -> null;
        };
    }

    /** Whether an {@code @Email} adds no expression of its own. */
    static boolean isPlainEmail(Constraint.Regex regex) {
        return regex.name().equals("Email")
                && regex.regexp().equals(".*")
                && regex.flags().isEmpty();
    }

    private static Layout.Code compile(Constraint.Regex regex) {
        List<Layout.Code> args = new ArrayList<>();
        args.add(Layout.leaf("$S", regex.regexp()));
        if (!regex.flags().isEmpty()) {
            StringJoiner flags = new StringJoiner(" | ");
            List<Object> types = new ArrayList<>();
            for (String flag : regex.flags()) {
                flags.add("$T." + flag);
                types.add(PATTERN);
            }
            args.add(Layout.leaf(flags.toString(), types.toArray()));
        }
        return Layout.call(CodeBlock.of("$T.compile", PATTERN), args);
    }
}
