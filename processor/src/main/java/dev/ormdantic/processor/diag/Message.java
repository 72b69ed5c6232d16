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

    /** {@code @Table(pk)} names no record component. Points at the {@code pk} value; the text lists the components. */
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
                    + " String, boolean, byte, short, int, long, float, double (or their boxed types), BigDecimal,"
                    + " BigInteger, UUID, LocalDate, LocalTime, LocalDateTime, OffsetDateTime, Instant, byte[], an enum,"
                    + " Map<String, ...>, List<...>, Set<...> or a record that is not a table (stored as JSON), or an"
                    + " Optional of one of these"),

    /** Two components map to the same column name (compared ignoring case, as MySQL and SQL Server do). */
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
     * A table or column name is blank, holds a control character or is longer than 63 characters (PostgreSQL's limit,
     * the shortest of the six databases).
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
     * The generated class could not use the record: it is private, nested in a private type or declared in a method, or
     * it has type parameters.
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
     * A constraint's attributes contradict each other or are invalid (a negative size, a bound that is not a number, a
     * regular expression that does not compile), or it contradicts {@code @Nullable}.
     */
    ORM1012(Severity.ERROR, "{0} on component ''{1}'' of record {2} is invalid: {3}. Change it so that {4}"),

    /** Two components would get the same column constant ({@code createdAt} and {@code created_at}). */
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
     * A JSON component's type ({@code Map}, {@code List}, {@code Set} or a record that is not a table) is one Jackson
     * would not read back as itself: a raw type, a wildcard, a type variable, a map whose keys are not strings, a
     * {@code java.time} type or another class that is not a record, an array where the generated class names the type;
     * the message says which part (see docs/types.md).
     */
    ORM1020(Severity.ERROR, "component ''{0}'' of record {1} has the JSON type {2}, which cannot be stored: {3}"),

    /** An {@code Optional} component wraps a type that cannot be stored (or another {@code Optional}). */
    ORM1021(
            Severity.ERROR,
            "component ''{0}'' of record {1} has type {2}, which cannot be stored: {3}. Use an Optional of a"
                    + " supported type (String, a boxed number, BigDecimal, UUID, a date or time, byte[], an enum or a"
                    + " JSON type)"),

    /** The primary-key component is an {@code Optional}. */
    ORM1022(
            Severity.ERROR,
            "component ''{0}'' of record {1} is the primary key and cannot be an Optional. Use {2}: a key column is"
                    + " always NOT NULL"),

    /** An {@code Optional} component is also annotated {@code @Nullable}. */
    ORM1023(
            Severity.ERROR,
            "component ''{0}'' of record {1} is an Optional and also @Nullable. Remove @Nullable: an empty Optional"
                    + " is already stored as NULL (and a null Optional reference is treated as empty)"),
    /** A component is listed twice in {@code @Table(pk)}. Points at the second entry. */
    ORM1040(Severity.ERROR, "\"{0}\" is listed twice in @Table(pk = ...) of record {1}. List each key component once"),

    /**
     * {@code @Identity} is on a component whose type is not {@code int}, {@code long}, {@code Integer} or {@code Long}.
     */
    ORM1041(
            Severity.ERROR,
            "@Identity on component ''{0}'' of record {1} needs an integer type, but it is {2}. Declare it int, long,"
                    + " Integer or Long"),

    /** {@code @Identity} is on a component that is not the table's only key component. */
    ORM1042(
            Severity.ERROR,
            "@Identity on component ''{0}'' of record {1} must be on the table''s only key component, but the key is"
                    + " ({2}). Put @Identity on a single-component key (@Table(pk = \"{0}\")), or remove it"),

    /** A component carries two of {@code @Identity}, {@code @ServerDefault}, {@code @Computed}, {@code @Sequence}. */
    ORM1043(
            Severity.ERROR,
            "component ''{0}'' of record {1} has both {2} and {3}, but a column is filled by the database in one way"
                    + " only. Keep one of them"),

    /**
     * An attribute of {@code @ServerDefault}, {@code @Computed} or {@code @Sequence} is invalid (blank SQL, increment
     * 0, a bad sequence name).
     */
    ORM1044(Severity.ERROR, "{0} on component ''{1}'' of record {2} is invalid: {3}. {4}"),

    /** {@code @Sequence} is on a component that is not a whole number. */
    ORM1045(
            Severity.ERROR,
            "@Sequence on component ''{0}'' of record {1} needs a whole-number type, but it is {2}. Declare it short,"
                    + " int or long (or their boxed types)"),

    /** {@code @Computed} is on a key component. */
    ORM1046(
            Severity.ERROR,
            "@Computed on component ''{0}'' of record {1} cannot be part of the primary key, which every write"
                    + " needs to know. Remove it from @Table(pk), or drop @Computed"),

    /** Every component is filled by the database, so an insert would have no column to write. */
    ORM1047(
            Severity.ERROR,
            "every component of record {0} is filled by the database (@Identity, @ServerDefault, @Computed or"
                    + " @Sequence), so an insert has no column to write. Add a component the application writes, or"
                    + " drop one of those annotations"),
    /**
     * A foreign key ({@code @References} or {@code @Table(foreignKeys)}) references a record that is not a
     * {@code @Table} record, or whose {@code pk} names no component.
     */
    ORM1050(
            Severity.ERROR,
            "{0} on {1} of record {2} references {3}, {4}. Reference a record annotated @Table whose pk names its"
                    + " key components"),

    /**
     * A referencing component's Java type differs from the referenced key component's ({@code long} referencing a
     * {@code String} key); a primitive and its box match.
     */
    ORM1051(
            Severity.ERROR,
            "component ''{0}'' of record {1} has type {2}, but it references {3}, of type {4}. Declare ''{0}'' as"
                    + " {4} (or its boxed type when it is @Nullable)"),

    /**
     * A foreign key lists a different number of components than the referenced key has ({@code @References} to a
     * composite key).
     */
    ORM1052(
            Severity.ERROR,
            "{0} on {1} of record {2} lists {3} component(s), but {4}. List one component per key component, in"
                    + " key order"),

    /** {@code SET_NULL} on a foreign key whose column is not nullable. */
    ORM1053(
            Severity.ERROR,
            "{0} on {1} of record {2} sets component ''{3}'' to NULL {4}, but ''{3}'' is not nullable. Make it"
                    + " @Nullable (with a boxed type), or choose another action"),

    /**
     * An entry of {@code @Table(indexes)}, {@code @Table(uniques)} or {@code @Table(foreignKeys)} lists no component,
     * or names one the record does not have.
     */
    ORM1054(
            Severity.ERROR,
            "{0} of record {1} {2}; components: {3}. List one or more component names (not column names)"),

    /** Two indexes or constraints of a table have the same name (explicit or generated). */
    ORM1055(
            Severity.ERROR,
            "{0} \"{1}\" of record {2} has the same name as {3}. Give one of them another name with name = \"...\""),

    /** A {@code @View} record declares indexes, constraints or foreign keys, or has a blank query. */
    ORM1056(Severity.ERROR, "record {0} is a @View, which cannot {1}. {2}"),

    /** A foreign key references a {@code @View} record. */
    ORM1057(
            Severity.ERROR,
            "{0} on {1} of record {2} references {3}, which is a @View. Reference the table the view reads"),

    /**
     * A {@code Ref} or {@code Many} component whose type cannot be a relationship: raw, with type arguments that are
     * not a record and a key type, or wrapped in {@code Optional}.
     */
    ORM1080(Severity.ERROR, "component ''{0}'' of record {1} has type {2}, {3}, which cannot be a relationship. {4}"),

    /** A {@code Ref} references a record that is not a {@code @Table} record, whose pk names nothing, or a view. */
    ORM1081(
            Severity.ERROR,
            "component ''{0}'' of record {1} is a {2}, but {3} {4}. A Ref references a record annotated @Table (not"
                    + " @View) by its single key component; reference such a record"),

    /** A {@code Ref} references a record with a composite key. */
    ORM1082(
            Severity.ERROR,
            "component ''{0}'' of record {1} is a {2}, but the key of {3} has {4} components ({5}) and a Ref holds a"
                    + " single key. Reference a composite key with plain components, one per key component, and"
                    + " @Table(foreignKeys = @ForeignKey(columns = '{'...'}', references = {3}.class))"),

    /** The key type of a {@code Ref} is not the referenced record's key type (a primitive key and its box match). */
    ORM1083(
            Severity.ERROR,
            "component ''{0}'' of record {1} is a {2}, but the key component ''{3}'' of {4} has type {5}. Declare it"
                    + " as Ref<{4}, {6}>"),

    /** A {@code @References} on a {@code Ref} component names another record than the one the {@code Ref} does. */
    ORM1084(
            Severity.ERROR,
            "@References({2}.class) on component ''{0}'' of record {1} names {2}, but the component is a {3}, which"
                    + " references {4}. Write @References({4}.class) to name the foreign key or set its actions, or"
                    + " remove @References"),

    /**
     * A {@code Many} component has neither {@code @BackReference} nor {@code @Through}, or both (the seed's
     * UndefinedBackReference).
     */
    ORM1085(
            Severity.ERROR,
            "component ''{0}'' of record {1} is a {2} with {3}, so it is not known which rows of {4} it holds."
                    + " Declare exactly one of @BackReference(\"...\") (one-to-many: the component of {4} that is a"
                    + " Ref to {1}) and @Through(Association.class) (many-to-many through a @Table record with a Ref"
                    + " to each side)"),

    /**
     * A {@code @BackReference} names no component of the element record, or a component that is not a {@code Ref}, or
     * is empty while the element record has no or several {@code Ref}s to this record.
     */
    ORM1086(Severity.ERROR, "@BackReference(\"{0}\") on component ''{1}'' of record {2} {3}. {4}"),

    /**
     * A {@code @BackReference} names a {@code Ref} to another record than this one (the seed's
     * MismatchingBackReference).
     */
    ORM1087(
            Severity.ERROR,
            "@BackReference(\"{0}\") on component ''{1}'' of record {2} names component ''{0}'' of {3}, a Ref to"
                    + " {4}, not to {2}. Name a component of {3} that is a Ref to {2}{5}"),

    /**
     * A {@code @Through} record is not a {@code @Table} record, or lacks a single {@code Ref} to either side (or one
     * its {@code source} or {@code target} names).
     */
    ORM1088(Severity.ERROR, "@Through({0}.class) on component ''{1}'' of record {2} {3}. {4}"),

    /** The element record of a {@code Many} is not a {@code @Table} record, or is a {@code @View}. */
    ORM1089(
            Severity.ERROR,
            "component ''{0}'' of record {1} is a {2}, but {3} {4}. A Many holds rows of a record annotated @Table"
                    + " (not @View); use a List of {3} (stored as JSON) for values that are no table''s rows"),

    /**
     * An annotation a relationship component cannot carry: {@code @Nullable} or a constraint on a {@code Many}, a
     * generation annotation, {@code @Column} or {@code @NativeEnum} where there is no column of that kind, or
     * {@code @BackReference}/{@code @Through} on a component that is not a {@code Many}.
     */
    ORM1090(Severity.ERROR, "component ''{0}'' of record {1} is {2}, which cannot {3}. {4}"),

    /**
     * Non-nullable {@code Ref}s form a cycle between tables (a non-nullable self-reference included): no row of them
     * can be inserted first.
     */
    ORM1091(
            Severity.ERROR,
            "component ''{0}'' of record {1} is a non-nullable {2} that closes a cycle of non-nullable references"
                    + " ({3}), so no row of these tables can be inserted before the others. Make one of them @Nullable"
                    + " (insert the row with null, then update it), such as @Nullable {2} {0}"),

    /**
     * A {@code @Pattern} uses syntax the databases' regular expressions read differently from {@code java.util.regex}
     * (lookarounds, {@code (?...)} groups, possessive quantifiers, {@code \p{..}} and other letter escapes, nested or
     * POSIX classes); see docs/constraints.md.
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

    /** {@code @NativeEnum} on a component whose type is not an enum (or an {@code Optional} of one). */
    ORM1060(
            Severity.ERROR,
            "@NativeEnum on component ''{0}'' of record {1} needs an enum, but its type is {2}. Remove @NativeEnum, or"
                    + " give the component an enum type (or an Optional of one)"),

    /** The name of a {@code @NativeEnum} type is not a valid name (control characters, more than 63 characters). */
    ORM1061(
            Severity.ERROR,
            "@NativeEnum(name = \"{0}\") on component ''{1}'' of record {2} is not a valid type name: {3}. Choose a"
                    + " name of 1 to 63 characters without control characters, or leave name out for \"{4}\""),

    /** A native enum type would have the name of the table, whose row type PostgreSQL names the same. */
    ORM1062(
            Severity.ERROR,
            "the native enum type of component ''{0}'' of record {1} is named \"{2}\", like the table: PostgreSQL"
                    + " gives every table a row type of the table''s name, so both cannot exist in one schema. Name the"
                    + " type with @NativeEnum(name = \"{2}_kind\") or rename the table"),

    /** Two components of a record use one native enum type name for enums with different stored values. */
    ORM1063(
            Severity.ERROR,
            "components ''{0}'' and ''{1}'' of record {2} both use the native enum type \"{3}\", but their enums store"
                    + " different values ({4}). Give one of them another @NativeEnum(name = \"...\")"),

    /**
     * A custom constraint (an annotation meta-annotated {@code @jakarta.validation.Constraint}) on a component, and no
     * Bean Validation provider on the compile class path: it is checked only if one is present at run time, otherwise
     * writes fail with ORM2130.
     */
    ORM1101(
            Severity.WARNING,
            "@{0} on component ''{1}'' of record {2} is a custom constraint, which Ormdantic delegates to a Bean"
                    + " Validation provider, and none is on the compile class path: it is checked only if one is"
                    + " present at run time, otherwise every write of {2} fails with ORM2130. Add a provider such as"
                    + " org.hibernate.validator:hibernate-validator and org.glassfish.expressly:expressly"),

    /**
     * A custom constraint on the record itself, and no Bean Validation provider on the compile class path: it is
     * checked only if one is present at run time, otherwise writes fail with ORM2130.
     */
    ORM1065(
            Severity.WARNING,
            "@{0} on record {1} is a custom constraint, which Ormdantic delegates to a Bean Validation provider, and"
                    + " none is on the compile class path: it is checked only if one is present at run time, otherwise"
                    + " every write of {1} fails with ORM2130. Add a provider such as"
                    + " org.hibernate.validator:hibernate-validator and org.glassfish.expressly:expressly"),

    /**
     * A {@code jakarta.validation.constraints} annotation of a later Bean Validation version, which Ormdantic does not
     * know; it is ignored.
     */
    ORM1066(
            Severity.WARNING,
            "@{0} on component ''{1}'' of record {2} is a jakarta.validation constraint this version of Ormdantic"
                    + " does not know; it is ignored when writing. Validate the record yourself before writing it, or"
                    + " remove the annotation"),

    /**
     * A custom constraint on a component whose {@code @Target} does not include {@code FIELD}: it does not reach the
     * record's field, where a Bean Validation provider looks, so it could never be checked.
     */
    ORM1067(
            Severity.ERROR,
            "@{0} on component ''{1}'' of record {2} cannot be checked: its @Target does not include"
                    + " ElementType.FIELD, so it does not propagate to the record''s field, where the Bean Validation"
                    + " provider looks for it (record accessors are not getters). Add ElementType.FIELD to the"
                    + " @Target of @{0}"),

    /**
     * Tables generated in a named module (one with a {@code module-info.java}) that its {@code provides} directive does
     * not list: on the module path {@link java.util.ServiceLoader} ignores the module's
     * {@code META-INF/services/dev.ormdantic.support.GeneratedTable}, so the runtime would not find them. Points at the
     * module declaration; the text is the complete directive to declare.
     */
    ORM1102(
            Severity.WARNING,
            "module {0} does not provide {1}, so Ormdantic cannot find {2} when the application runs on the module"
                    + " path (a named module''s META-INF/services index is ignored there). Declare in module-info.java:"
                    + " provides dev.ormdantic.support.GeneratedTable with {3};"),

    /**
     * The compilation's source level is below Java 21, the least Ormdantic runs on: the generated classes would compile,
     * then fail at run time with {@code UnsupportedClassVersionError}. Reported once, on the first {@code @Table}
     * record, and nothing is generated.
     */
    ORM1070(
            Severity.ERROR,
            "Ormdantic needs Java 21 or newer, but this compilation''s source level is {0} (record {1} is a @Table): the"
                    + " runtime is compiled for Java 21 and its generated table classes would fail to load. Compile"
                    + " with --release 21 or newer (maven.compiler.release in Maven, options.release in Gradle)"),

    /** {@code @RenamedFrom} with a blank earlier name. Points at the value. */
    ORM1110(
            Severity.ERROR,
            "@RenamedFrom on {0} of record {1} has a blank earlier name. Set it to the column or table name the"
                    + " database has now, or remove the annotation"),

    /** {@code @RenamedFrom} names the current name, which is no rename. Points at the value. */
    ORM1111(
            Severity.ERROR,
            "@RenamedFrom(\"{0}\") on {1} of record {2} names its current name \"{0}\". Set the name the column or"
                    + " table had before, or remove the annotation"),

    /** Two components of one record claim the same earlier column name. Points at the second. */
    ORM1112(
            Severity.ERROR,
            "components ''{0}'' and ''{1}'' of record {2} both declare @RenamedFrom(\"{3}\"): one earlier column"
                    + " can become only one column. Keep the annotation on the component that continues \"{3}\""),

    /** {@code @RenamedFrom} on a component names a column the record still has. Points at the value. */
    ORM1113(
            Severity.ERROR,
            "@RenamedFrom(\"{0}\") on component ''{1}'' of record {2} names column \"{0}\", which the record still"
                    + " has (component ''{3}''). Rename in two steps, one migration each, or remove the annotation"),

    // ---- sessions and optimistic locking (ORM1120-ORM1129)

    /** A {@code @Version} component whose type is not {@code int} or {@code long}. */
    ORM1120(
            Severity.ERROR,
            "@Version on component ''{0}'' of record {1} needs an int or a long, not {2}: the version is a counter"
                    + " that every write raises by one (a timestamp would let two writes in one clock tick look"
                    + " alike). Declare it as long {0}"),

    /** More than one {@code @Version} component in one record. */
    ORM1121(
            Severity.ERROR,
            "record {0} has more than one @Version component (''{1}'' and ''{2}''); a row has one version. Keep"
                    + " @Version on one of them"),

    /** A {@code @Version} component that is part of the key, generated by the database, or a relationship. */
    ORM1122(
            Severity.ERROR,
            "@Version on component ''{0}'' of record {1} cannot be used because the component {2}; the version must be"
                    + " a plain column that Ormdantic writes. Move @Version to a component of its own, such as long"
                    + " version"),

    /** A bug in the processor; the message carries the stack trace, please report it. */
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
