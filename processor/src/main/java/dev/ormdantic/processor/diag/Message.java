package dev.ormdantic.processor.diag;

import java.text.MessageFormat;
import java.util.Locale;

/**
 * Every message the processor prints, with its stable code. A message says what is wrong, then how to fix it; the
 * code is printed first ({@code [ORM1001] ...}) so that builds, tests and documentation can refer to it while the
 * wording improves. Codes {@code ORM10xx} are errors in a {@code @Table} record, {@code ORM11xx} warnings about it,
 * and {@code ORM9999} a bug in the processor itself.
 *
 * <p>Texts are {@link MessageFormat} patterns: {@code {0}} is an argument and a literal single quote is written
 * twice.
 */
public enum Message {

    /**
     * {@code @Table(pk)} names no record component. Points at the {@code pk} value; the text lists the components.
     */
    ORM1001(
            Severity.ERROR,
            "@Table(pk = \"{0}\") names no component of record {1}; components: {2}. Set pk to the name of the"
                    + " component that holds the primary key"),

    /** {@code @Table} is on a class, interface, enum or annotation interface instead of a record. */
    ORM1002(
            Severity.ERROR,
            "@Table is on {0} {1}, but only a record can be a table. Declare {1} as a record whose components are"
                    + " its columns, such as: public record {1}(String id, String name) '{}'"),

    /** A record component has a type Ormdantic cannot store in a column; the text lists the supported types. */
    ORM1003(
            Severity.ERROR,
            "component ''{0}'' of record {1} has type {2}, which Ormdantic cannot store in a column. Use one of:"
                    + " String, boolean, short, int, long, float, double (or their boxed types), BigDecimal, UUID,"
                    + " LocalDate, LocalDateTime, Instant, byte[] or an enum"),

    /** Two components map to the same column name, directly or through {@code @Column(name)}. */
    ORM1004(
            Severity.ERROR,
            "components ''{0}'' and ''{1}'' of record {2} both map to column \"{3}\". Give one of them another"
                    + " column name with @Column(name = \"...\")"),

    /** An entry of {@code @Table(indexed)} or {@code @Table(unique)} names no record component. */
    ORM1005(
            Severity.ERROR,
            "\"{0}\" in @Table({1} = ...) names no component of record {2}; components: {3}. List component names"
                    + " (not column names)"),

    /**
     * A table or column name is blank, holds a control character or is longer than 63 characters (PostgreSQL's
     * limit, the shortest of the six databases).
     */
    ORM1006(
            Severity.ERROR,
            "{0} \"{1}\" of record {2} is not a valid name: {3}. Choose a name of 1 to 63 characters without control"
                    + " characters, with {4}"),

    /** A constraint annotation is on a component whose type it does not apply to. */
    ORM1007(
            Severity.ERROR,
            "@{0} on component ''{1}'' of record {2} does not apply to its type {3}. Remove it, or put it on {4}"),

    /** A primitive component is annotated {@code @Nullable}. */
    ORM1008(
            Severity.ERROR,
            "component ''{0}'' of record {1} has the primitive type {2}, which cannot be @Nullable. Use {3} to allow"
                    + " NULL, or remove @Nullable"),

    /** The primary-key component is annotated {@code @Nullable}. */
    ORM1009(
            Severity.ERROR,
            "component ''{0}'' of record {1} is the primary key and cannot be @Nullable. Remove @Nullable: a key"
                    + " column is always NOT NULL"),

    /**
     * The generated class could not use the record: it is private, nested in a private type or declared in a method,
     * or it has type parameters.
     */
    ORM1010(
            Severity.ERROR,
            "record {0} cannot be a table because {1}. Make it a top-level or nested record that is not private, not"
                    + " inside a private type or a method, and has no type parameters"),

    /** An enum component's type is private (or nested in a private type), so the generated class cannot use it. */
    ORM1011(
            Severity.ERROR,
            "component ''{0}'' of record {1} has the enum type {2}, which the generated {3} cannot use because it is"
                    + " private or nested in a private type. Make {2} package-private or public"),

    /**
     * A constraint's attributes contradict each other or are invalid (a negative size, a bound that is not a number,
     * a regular expression that does not compile), or it contradicts {@code @Nullable}.
     */
    ORM1012(Severity.ERROR, "{0} on component ''{1}'' of record {2} is invalid: {3}. Change it so that {4}"),

    /** Two components would get the same column constant in the generated class. */
    ORM1013(
            Severity.ERROR,
            "components ''{0}'' and ''{1}'' of record {2} both become the constant {3}.{4}. Rename one of the"
                    + " components"),

    /** The same component is listed twice in {@code @Table(indexed)} or {@code @Table(unique)}. */
    ORM1014(Severity.ERROR, "\"{0}\" is listed twice in @Table({1} = ...) of record {2}. Remove the second entry"),

    /** A component's type was still unresolved when the last processing round ended. */
    ORM1015(
            Severity.ERROR,
            "record {0} was not processed because the type {1} of component ''{2}'' could not be resolved. Fix the"
                    + " errors reported for that type, or add the library or processor that provides it"),

    /**
     * A {@code @Pattern} uses syntax or flags that the databases' regular expressions read differently from
     * {@code java.util.regex}, so the column's {@code CHECK} could not match the same texts.
     */
    ORM1030(
            Severity.ERROR,
            "{0} on component ''{1}'' of record {2} uses {3}, which the databases that check it in the column''s"
                    + " CHECK read differently from java.util.regex. Write it with the syntax they share: literals,"
                    + " [...] classes, plain (...) groups, | ? * + '{'n,m'}', ^ $ and \\d \\w \\s"),

    /** An entry of {@code @Table(checks)} has a blank or invalid name, a blank condition, or a repeated name. */
    ORM1031(
            Severity.ERROR,
            "@Check(name = \"{0}\") in @Table(checks = ...) of record {1} is invalid: {2}. Give each check a distinct"
                    + " name of 1 to 63 characters and a condition in SQL, such as @Check(name = \"{3}_dates_check\","
                    + " sql = \"ends_on >= starts_on\")"),

    /** Some constants of an enum carry {@code @EnumValue} and others do not. */
    ORM1032(
            Severity.ERROR,
            "constant {0}.{1} has no @EnumValue, but other constants of {0} (stored by component ''{2}'' of record"
                    + " {3}) have one. Give every constant an @EnumValue, or remove them all to store the names"),

    /** An {@code @EnumValue} is empty or repeats another constant's. */
    ORM1033(
            Severity.ERROR,
            "@EnumValue(\"{2}\") on constant {0}.{1} is invalid: {3}. Give each constant of {0} (stored by"
                    + " component ''{4}'') a distinct, non-empty value"),

    /**
     * A constraint Ormdantic does not check: a custom one (an annotation meta-annotated
     * {@code @jakarta.validation.Constraint}) or one of a later Bean Validation version; it is ignored.
     */
    ORM1101(
            Severity.WARNING,
            "@{0} on component ''{1}'' of record {2} is not checked by Ormdantic, which checks only the built-in"
                    + " jakarta.validation constraints and does not delegate others to a Bean Validation provider;"
                    + " it is ignored when writing. Validate the record yourself before writing it, or remove the"
                    + " annotation"),

    /** A bug in the processor; the stack trace follows the message. */
    ORM9999(Severity.ERROR, "internal error in the Ormdantic processor while processing {0}: {1}; please report it");

    /** Whether a message fails the build. */
    public enum Severity {
        /** Fails the compilation; the table is not generated. */
        ERROR,
        /** Reported, but the table is generated (javac's {@code -Werror} makes it fail the build). */
        WARNING
    }

    private final Severity severity;
    private final String pattern;

    Message(Severity severity, String pattern) {
        this.severity = severity;
        this.pattern = pattern;
    }

    /**
     * Whether this message is an error or a warning.
     *
     * @return the severity
     */
    public Severity severity() {
        return severity;
    }

    /**
     * The text to print: {@code [ORMxxxx] } followed by the pattern filled with the arguments.
     *
     * @param args the pattern's arguments, in order
     * @return the message text
     */
    public String format(Object... args) {
        return "[" + name() + "] " + new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
