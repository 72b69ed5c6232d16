package dev.ormdantic.processor.model;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A type annotated {@code @Table}, as read from the source: a record to be stored as a table, or something else the
 * validator rejects.
 *
 * @param declarationKind what kind of type carries {@code @Table}
 * @param record the annotated type
 * @param typeParameters the type's type parameter names, if any (a table cannot have any)
 * @param reach whether the generated class can name the type
 * @param tableName the table name: {@code @Table(name)}, else the snake_case of the simple name
 * @param tableNameExplicit whether the table name comes from {@code @Table(name)}
 * @param key the component named by {@code @Table(pk)} (perhaps none exists)
 * @param components the record components, in declaration order
 * @param indexes one per entry of {@code @Table(indexed)}, then of {@code @Table(unique)}, in declaration order
 * @param checks one per entry of {@code @Table(checks)}, in declaration order
 */
public record TableModel(
        DeclarationKind declarationKind,
        TypeRef record,
        List<String> typeParameters,
        Reach reach,
        String tableName,
        boolean tableNameExplicit,
        String key,
        List<ComponentModel> components,
        List<IndexModel> indexes,
        List<CheckSpec.Sql> checks) {

    /** Copies the lists. */
    public TableModel {
        typeParameters = List.copyOf(typeParameters);
        components = List.copyOf(components);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
    }

    /**
     * A table without {@code @Table(checks)}.
     *
     * @param declarationKind what kind of type carries {@code @Table}
     * @param record the annotated type
     * @param typeParameters the type's type parameter names
     * @param reach whether the generated class can name the type
     * @param tableName the table name
     * @param tableNameExplicit whether the table name comes from {@code @Table(name)}
     * @param key the key component's name
     * @param components the record components
     * @param indexes the indexes
     */
    public TableModel(
            DeclarationKind declarationKind,
            TypeRef record,
            List<String> typeParameters,
            Reach reach,
            String tableName,
            boolean tableNameExplicit,
            String key,
            List<ComponentModel> components,
            List<IndexModel> indexes) {
        this(
                declarationKind,
                record,
                typeParameters,
                reach,
                tableName,
                tableNameExplicit,
                key,
                components,
                indexes,
                List.of());
    }

    /**
     * The component with the given name.
     *
     * @param name the component name
     * @return the component, or empty when the record has none of that name
     */
    public Optional<ComponentModel> component(String name) {
        for (ComponentModel component : components) {
            if (component.name().equals(name)) {
                return Optional.of(component);
            }
        }
        return Optional.empty();
    }

    /**
     * The primary-key component.
     *
     * @return the component
     * @throws IllegalStateException when {@code pk} names no component (the validator reports that first)
     */
    public ComponentModel keyComponent() {
        return component(key)
                .orElseThrow(() -> new IllegalStateException("no component " + key + " in " + record.displayName()));
    }

    /**
     * The generated class: {@code <Record>Table} in the record's package, nested names joined with {@code _}.
     *
     * @return the generated class
     */
    public TypeRef generatedClass() {
        return new TypeRef(record.packageName(), List.of(GeneratedNames.tableClassName(record.simpleNames())));
    }

    /**
     * The table's schema, as the dialects render it.
     *
     * @return the schema
     * @throws IllegalStateException when the model is invalid (the validator reports that first)
     */
    public TableSpec spec() {
        List<ColumnSpec> columns = new ArrayList<>();
        for (ComponentModel component : components) {
            columns.add(component.columnSpec(tableName));
        }
        List<IndexSpec> indexSpecs = new ArrayList<>();
        for (IndexModel index : indexes) {
            String column = component(index.component())
                    .orElseThrow(() -> new IllegalStateException("no component " + index.component()))
                    .columnName();
            indexSpecs.add(new IndexSpec(
                    GeneratedNames.indexName(tableName, column, index.unique()), List.of(column), index.unique()));
        }
        return new TableSpec(tableName, columns, List.of(keyComponent().columnName()), indexSpecs, List.copyOf(checks));
    }
}
