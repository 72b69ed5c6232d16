package dev.ormdantic.processor.model;

import dev.ormdantic.dialect.schema.CheckSpec;
import dev.ormdantic.dialect.schema.ColumnSpec;
import dev.ormdantic.dialect.schema.ColumnType;
import dev.ormdantic.dialect.schema.ForeignKeySpec;
import dev.ormdantic.dialect.schema.IndexSpec;
import dev.ormdantic.dialect.schema.TableSpec;
import dev.ormdantic.dialect.schema.UniqueSpec;
import dev.ormdantic.dialect.schema.ViewSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

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
 * @param schemaModel the schema, composite indexes, unique constraints, foreign keys and view
 * @param checks one per entry of {@code @Table(checks)}, in declaration order
 * @param recordConstraints the custom constraints on the record itself (class-level), in declaration order
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
        List<IndexModel> indexes,
        SchemaModel schemaModel,
        List<CheckSpec.Sql> checks,
        List<Constraint.Custom> recordConstraints) {

    /**
     * A table that declares no schema, composite index, unique constraint, foreign key, view or table check.
     *
     * @param declarationKind what kind of type carries {@code @Table}
     * @param record the annotated type
     * @param typeParameters the type's type parameter names
     * @param reach whether the generated class can name the type
     * @param tableName the table name
     * @param tableNameExplicit whether the table name comes from {@code @Table(name)}
     * @param key the key components' names, in key order
     * @param components the record components
     * @param indexes the single-column indexes
     */
    public TableModel(
            DeclarationKind declarationKind,
            TypeRef record,
            List<String> typeParameters,
            Reach reach,
            String tableName,
            boolean tableNameExplicit,
            List<String> key,
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
                SchemaModel.none(),
                List.of(),
                List.of());
    }

    /** Copies the lists. */
    public TableModel {
        typeParameters = List.copyOf(typeParameters);
        key = List.copyOf(key);
        components = List.copyOf(components);
        indexes = List.copyOf(indexes);
        checks = List.copyOf(checks);
        recordConstraints = List.copyOf(recordConstraints);
    }

    /**
     * The canonical names of the custom constraints on the record and its components, sorted and distinct: those a
     * Bean Validation provider checks at run time.
     *
     * @return the names, empty when the record has none
     */
    public List<String> customConstraints() {
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        recordConstraints.forEach(custom -> names.add(custom.annotation()));
        for (ComponentModel component : components) {
            for (Constraint constraint : component.constraints()) {
                if (constraint instanceof Constraint.Custom custom) {
                    names.add(custom.annotation());
                }
            }
        }
        return List.copyOf(names);
    }

    /**
     * The components that are columns: all but the {@code Many} relationships, in declaration order.
     *
     * @return the column components
     */
    public List<ComponentModel> columns() {
        List<ComponentModel> columns = new ArrayList<>();
        for (ComponentModel component : components) {
            if (component.isColumn()) {
                columns.add(component);
            }
        }
        return columns;
    }

    /**
     * The components that are relationships ({@code Ref} and {@code Many}), in declaration order.
     *
     * @return the relationship components
     */
    public List<ComponentModel> relationships() {
        List<ComponentModel> relationships = new ArrayList<>();
        for (ComponentModel component : components) {
            if (component.ref() != null || component.many() != null) {
                relationships.add(component);
            }
        }
        return relationships;
    }

    /**
     * The foreign key a {@code Ref} component implies.
     *
     * @param component a {@code Ref} component of this table
     * @return its foreign key
     * @throws IllegalStateException when it has none (the scanner gives every {@code Ref} one)
     */
    public SchemaModel.ForeignKeyModel foreignKey(ComponentModel component) {
        for (SchemaModel.ForeignKeyModel foreignKey : schemaModel.foreignKeys()) {
            if (foreignKey.position() < 0 && foreignKey.components().equals(List.of(component.name()))) {
                return foreignKey;
            }
        }
        throw new IllegalStateException("no foreign key for " + component.name());
    }

    /**
     * The column component with the given name.
     *
     * @param name the component name
     * @return the component, or empty when the record has no column component of that name
     */
    public Optional<ComponentModel> component(String name) {
        for (ComponentModel component : components) {
            if (component.isColumn() && component.name().equals(name)) {
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
     * The {@code @Version} component, the row's optimistic-locking counter.
     *
     * @return the first component carrying {@code @Version}, or {@code null} when none does
     */
    public @Nullable ComponentModel versionComponent() {
        for (ComponentModel component : components) {
            if (component.version()) {
                return component;
            }
        }
        return null;
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
        for (ComponentModel component : columns()) {
            ColumnSpec own = component.columnSpec(tableName);
            columns.add(new ColumnSpec(
                    own.name(), columnType(component), own.nullable(), own.generation(), own.checks(), own.enumType()));
        }
        List<IndexSpec> indexSpecs = new ArrayList<>();
        for (IndexModel index : indexes) {
            String column = component(index.component())
                    .orElseThrow(() -> new IllegalStateException("no component " + index.component()))
                    .columnName();
            indexSpecs.add(new IndexSpec(
                    GeneratedNames.indexName(tableName, column, index.unique()), List.of(column), index.unique()));
        }
        for (SchemaModel.IndexDecl index : schemaModel.indexes()) {
            List<String> indexColumns = columnNames(index.components());
            indexSpecs.add(new IndexSpec(
                    index.name().isEmpty()
                            ? GeneratedNames.indexName(tableName, String.join("_", indexColumns), index.unique())
                            : index.name(),
                    indexColumns,
                    index.unique(),
                    index.where()));
        }
        List<String> keyColumns = new ArrayList<>();
        for (ComponentModel component : keyComponents()) {
            keyColumns.add(component.columnName());
        }
        List<UniqueSpec> uniques = new ArrayList<>();
        int unnamed = 0;
        for (SchemaModel.UniqueDecl unique : schemaModel.uniques()) {
            uniques.add(new UniqueSpec(
                    unique.name().isEmpty() ? tableName + "_unique_" + unnamed++ : unique.name(),
                    columnNames(unique.components())));
        }
        List<ForeignKeySpec> foreignKeys = new ArrayList<>();
        for (SchemaModel.ForeignKeyModel foreignKey : schemaModel.foreignKeys()) {
            foreignKeys.add(foreignKeySpec(foreignKey));
        }
        SchemaModel.ViewModel view = schemaModel.view();
        return new TableSpec(
                tableName,
                columns,
                keyColumns,
                indexSpecs,
                schemaModel.schema(),
                uniques,
                foreignKeys,
                view == null ? null : new ViewSpec(view.query(), view.materialized()),
                List.copyOf(checks));
    }

    /**
     * The name of a foreign key: the declared one, else {@code <table>_<column>_<column>_foreign_key}.
     *
     * @param foreignKey the foreign key
     * @return the constraint name
     */
    public String foreignKeyName(SchemaModel.ForeignKeyModel foreignKey) {
        return foreignKey.name().isEmpty()
                ? tableName + "_" + String.join("_", columnNames(foreignKey.components())) + "_foreign_key"
                : foreignKey.name();
    }

    private ForeignKeySpec foreignKeySpec(SchemaModel.ForeignKeyModel foreignKey) {
        SchemaModel.TargetTable target = Objects.requireNonNull(foreignKey.targetTable(), "target table");
        return new ForeignKeySpec(
                foreignKeyName(foreignKey),
                columnNames(foreignKey.components()),
                target.schema(),
                target.table(),
                target.key().stream().map(SchemaModel.TargetKey::column).toList(),
                ForeignKeySpec.Action.valueOf(foreignKey.onDelete()),
                ForeignKeySpec.Action.valueOf(foreignKey.onUpdate()));
    }

    private List<String> columnNames(List<String> componentNames) {
        List<String> names = new ArrayList<>();
        for (String name : componentNames) {
            names.add(component(name)
                    .orElseThrow(() -> new IllegalStateException("no component " + name))
                    .columnName());
        }
        return names;
    }

    /**
     * The column type of a component: a foreign-key column takes the type of the key column it references (a
     * {@code @Size(max = 40)} key gives both a 40-character string), any other column its own.
     *
     * @param component a component of this table
     * @return the column type
     */
    public ColumnType columnType(ComponentModel component) {
        for (SchemaModel.ForeignKeyModel foreignKey : schemaModel.foreignKeys()) {
            SchemaModel.TargetTable target = foreignKey.targetTable();
            int at = foreignKey.components().indexOf(component.name());
            if (target != null && at >= 0 && at < target.key().size()) {
                ColumnType referenced = target.key().get(at).columnType();
                if (referenced.kind() == component.columnType().kind()) {
                    return referenced;
                }
            }
        }
        return component.columnType();
    }
}
