package dev.ormdantic.processor.model;

/** What kind of type declaration carries {@code @Table}; only a record can be a table. */
public enum DeclarationKind {
    /** A record. */
    RECORD("record"),
    /** A class. */
    CLASS("class"),
    /** An interface. */
    INTERFACE("interface"),
    /** An enum. */
    ENUM("enum"),
    /** An annotation interface. */
    ANNOTATION("annotation interface");

    private final String word;

    DeclarationKind(String word) {
        this.word = word;
    }

    /**
     * The word for the declaration, as in {@code class Flavor}.
     *
     * @return the word
     */
    public String word() {
        return word;
    }
}
