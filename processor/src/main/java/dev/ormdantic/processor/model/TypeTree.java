package dev.ormdantic.processor.model;

import java.util.List;

/**
 * A generic type as written, such as {@code Map<String, List<Integer>>}: a class and its type arguments. The
 * generated code names it in full so that a JSON component reads back as exactly its type.
 *
 * @param type the class
 * @param arguments its type arguments, empty for a non-generic class
 */
public record TypeTree(TypeRef type, List<TypeTree> arguments) {

    /** Copies the arguments. */
    public TypeTree {
        arguments = List.copyOf(arguments);
    }
}
