package dev.ormdantic.processor.model;

import java.util.List;

/**
 * A class named by its package and its simple names from the outermost type inwards ({@code Outer}, {@code Inner}
 * for {@code Outer.Inner}), as generated code refers to it.
 *
 * @param packageName the package, empty for the unnamed package
 * @param simpleNames the simple names, outermost first; at least one
 */
public record TypeRef(String packageName, List<String> simpleNames) {

    /**
     * Copies the names.
     *
     * @throws IllegalArgumentException when there is no simple name
     */
    public TypeRef {
        simpleNames = List.copyOf(simpleNames);
        if (simpleNames.isEmpty()) {
            throw new IllegalArgumentException("a type needs a simple name");
        }
    }

    /**
     * The innermost simple name ({@code Inner}).
     *
     * @return the simple name
     */
    public String simpleName() {
        return simpleNames.getLast();
    }

    /**
     * The name as written in the same package ({@code Outer.Inner}), used in messages.
     *
     * @return the nested name
     */
    public String displayName() {
        return String.join(".", simpleNames);
    }

    /**
     * The canonical name ({@code com.example.Outer.Inner}).
     *
     * @return the qualified name
     */
    public String qualifiedName() {
        return packageName.isEmpty() ? displayName() : packageName + "." + displayName();
    }
}
