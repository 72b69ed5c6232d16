package dev.ormdantic.processor.generate;

import com.palantir.javapoet.ClassName;
import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.StatementShape;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.List;

/**
 * The classes generated code refers to. The runtime's are named by string, because the processor does not depend on
 * the runtime; the dialects module's are taken from the classes themselves.
 */
final class SupportTypes {

    static final String PROCESSOR = "dev.ormdantic.processor.OrmdanticProcessor";

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName LIST = ClassName.get(List.class);

    static final ClassName GENERATED_TABLE = ClassName.get("dev.ormdantic.support", "GeneratedTable");
    static final ClassName ROW = ClassName.get("dev.ormdantic.support", "Row");
    static final ClassName PARAMS = ClassName.get("dev.ormdantic.support", "Params");
    static final ClassName CHECKS = ClassName.get("dev.ormdantic.support", "Checks");
    static final ClassName TEXT_CHECKS = ClassName.get("dev.ormdantic.support", "TextChecks");
    static final ClassName NUMBER_CHECKS = ClassName.get("dev.ormdantic.support", "NumberChecks");
    static final ClassName TIME_CHECKS = ClassName.get("dev.ormdantic.support", "TimeChecks");

    /**
     * The support class that holds a check method, by the check's family.
     *
     * @param check the check method's name
     * @return its class
     */
    static ClassName checksFor(String check) {
        return switch (check) {
            case "size", "notBlank", "notEmpty", "pattern", "email" -> TEXT_CHECKS;
            case "past", "pastOrPresent", "future", "futureOrPresent" -> TIME_CHECKS;
            case "notNull", "isNull", "assertTrue", "assertFalse" -> CHECKS;
            default -> NUMBER_CHECKS;
        };
    }

    static final ClassName ENUM_VALUES = ClassName.get("dev.ormdantic.support", "EnumValues");
    static final ClassName CHANGES = ClassName.get("dev.ormdantic.support", "Changes");
    static final ClassName VIOLATIONS = ClassName.get("dev.ormdantic.support", "Violations");
    static final ClassName COLUMNS = ClassName.get("dev.ormdantic.support", "Columns");
    static final ClassName PROVIDER_CHECKS = ClassName.get("dev.ormdantic.support", "ProviderChecks");

    static final ClassName COLUMN = ClassName.get("dev.ormdantic.query", "Column");
    static final ClassName COMPARABLE_COLUMN = ClassName.get("dev.ormdantic.query", "ComparableColumn");
    static final ClassName NUMERIC_COLUMN = ClassName.get("dev.ormdantic.query", "NumericColumn");
    static final ClassName STRING_COLUMN = ClassName.get("dev.ormdantic.query", "StringColumn");
    static final ClassName ENUM_COLUMN = ClassName.get("dev.ormdantic.query", "EnumColumn");
    static final ClassName JSON_COLUMN = ClassName.get("dev.ormdantic.query", "JsonColumn");
    static final ClassName JSON_TYPE = ClassName.get("dev.ormdantic.support", "JsonType");
    static final ClassName OPTIONALS = ClassName.get("dev.ormdantic.support", "Optionals");
    static final ClassName RELATIONS = ClassName.get("dev.ormdantic.support", "Relations");

    static final ClassName REF = ClassName.get("dev.ormdantic.relation", "Ref");
    static final ClassName MANY = ClassName.get("dev.ormdantic.relation", "Many");
    static final ClassName TO_ONE = ClassName.get("dev.ormdantic.relation", "ToOne");
    static final ClassName TO_MANY = ClassName.get("dev.ormdantic.relation", "ToMany");
    static final ClassName RELATIONSHIP = ClassName.get("dev.ormdantic.relation", "Relationship");

    static final ClassName COLUMN_TYPE = ClassName.get(ColumnType.class);
    static final ClassName COLUMN_KIND = ClassName.get(ColumnType.Kind.class);
    static final ClassName TABLE_SPEC = ClassName.get(TableSpec.class);
    static final ClassName INDEX_SPEC = ClassName.get(IndexSpec.class);
    static final ClassName DIALECT_ID = ClassName.get(DialectId.class);
    static final ClassName TABLE_STATEMENTS = ClassName.get(TableStatements.class);
    static final ClassName STATEMENT_SHAPE = ClassName.get(StatementShape.class);

    private SupportTypes() {}
}
