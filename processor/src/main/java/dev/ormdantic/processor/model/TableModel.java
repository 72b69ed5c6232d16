package dev.ormdantic.processor.model;

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
 * @param key the components named by {@code @Table(pk)}, in key order (perhaps some do not exist)
 * @param components the record components, in declaration order
 * @param indexes one per entry of {@code @Table(indexed)}, then of {@code @Table(unique)}, in declaration order
 */
public record TableModel(
        DeclarationKind declarationKind,
        TypeRef record,
        List<String> typeParameters,
        Reach reach,
        String tableName,
        boolean tableNameExplicit,
        List<String> key,
        List<ComponentModel> components,
        List<IndexModel> indexes) {

    /** Copies the lists. */
    public TableModel {
        typeParameters = List.copyOf(typeParameters);
        key = List.copyOf(key);
        components = List.copyOf(components);
        indexes = List.copyOf(indexes);
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
     * The primary-key components, in key order.
     *
     * @return the components
     * @throws IllegalStateException when {@code pk} names no component (the validator reports that first)
     */
    public List<ComponentModel> keyComponents() {
        List<ComponentModel> keys = new ArrayList<>();
        for (String name : key) {
            keys.add(component(name)
                    .orElseThrow(
                            () -> new IllegalStateException("no component " + name + " in " + record.displayName())));
        }
        return keys;
    }

    /**
     * Whether the key has several components, so that the generated class has a nested {@code Key} record.
     *
     * @return {@code true} for a composite key
     */
    public boolean compositeKey() {
        return key.size() > 1;
    }

    /**
     * Whether a component is part of the key.
     *
     * @param component the component
     * @return {@code true} for a key component
     */
    public boolean isKey(ComponentModel component) {
        return key.contains(component.name());
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
            columns.add(component.columnSpec().withGeneration(component.columnGeneration(tableName)));
        }
        List<IndexSpec> indexSpecs = new ArrayList<>();
        for (IndexModel index : indexes) {
            String column = component(index.component())
                    .orElseThrow(() -> new IllegalStateException("no component " + index.component()))
                    .columnName();
            indexSpecs.add(new IndexSpec(
                    GeneratedNames.indexName(tableName, column, index.unique()), List.of(column), index.unique()));
        }
        List<String> keyColumns = new ArrayList<>();
        for (ComponentModel component : keyComponents()) {
            keyColumns.add(component.columnName());
        }
        return new TableSpec(tableName, columns, keyColumns, indexSpecs);
    }
}
