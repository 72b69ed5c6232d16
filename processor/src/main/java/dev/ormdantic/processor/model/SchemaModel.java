package dev.ormdantic.processor.model;

import dev.ormdantic.dialect.schema.ColumnType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What a {@code @Table} record declares about its place in the schema beyond its columns: the schema it lives in,
 * the {@code @Table(indexes)}, {@code @Table(uniques)}, its foreign keys ({@code @References} on components and
 * {@code @Table(foreignKeys)}) and {@code @View}.
 *
 * @param schema the schema name, or the empty string for the default one
 * @param indexes the entries of {@code @Table(indexes)}, in declaration order
 * @param uniques the entries of {@code @Table(uniques)}, in declaration order
 * @param foreignKeys the {@code @References} components in component order, then the {@code @Table(foreignKeys)}
 * @param view the {@code @View} annotation, or {@code null} for a table
 */
public record SchemaModel(
        String schema,
        List<IndexDecl> indexes,
        List<UniqueDecl> uniques,
        List<ForeignKeyModel> foreignKeys,
        @Nullable ViewModel view) {

    /** Copies the lists. */
    public SchemaModel {
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        foreignKeys = List.copyOf(foreignKeys);
    }

    /**
     * A table in the default schema that declares none of these.
     *
     * @return the model
     */
    public static SchemaModel none() {
        return new SchemaModel("", List.of(), List.of(), List.of(), null);
    }

    /**
     * One entry of {@code @Table(indexes)}.
     *
     * @param name the declared name, or the empty string for the default one
     * @param components the indexed components, in index order
     * @param unique whether the index is unique
     * @param where the partial-index predicate, or the empty string
     * @param position the entry's position in {@code indexes}
     */
    public record IndexDecl(String name, List<String> components, boolean unique, String where, int position) {
        /** Copies the list. */
        public IndexDecl {
            components = List.copyOf(components);
        }
    }

    /**
     * One entry of {@code @Table(uniques)}.
     *
     * @param name the declared name, or the empty string for {@code <table>_unique_<i>}
     * @param components the constrained components
     * @param position the entry's position in {@code uniques}
     */
    public record UniqueDecl(String name, List<String> components, int position) {
        /** Copies the list. */
        public UniqueDecl {
            components = List.copyOf(components);
        }
    }

    /**
     * A foreign key, from {@code @References} on a component or an entry of {@code @Table(foreignKeys)}.
     *
     * @param name the declared name, or the empty string for {@code <table>_<column>_foreign_key}
     * @param components the referencing components, in the order of the referenced key
     * @param position the entry's position in {@code @Table(foreignKeys)}, or {@code -1} for {@code @References}
     * @param target the referenced record
     * @param targetTable what the referenced record declares, or {@code null} when it is not a {@code @Table} record
     * @param onDelete the {@code ReferentialAction} constant's name for deletes
     * @param onUpdate the {@code ReferentialAction} constant's name for key changes
     */
    public record ForeignKeyModel(
            String name,
            List<String> components,
            int position,
            String target,
            @Nullable TargetTable targetTable,
            String onDelete,
            String onUpdate) {
        /** Copies the list. */
        public ForeignKeyModel {
            components = List.copyOf(components);
        }

        /**
         * How the foreign key is declared, for messages.
         *
         * @return {@code @References} or {@code @ForeignKey}
         */
        public String annotation() {
            return position < 0 ? "@References" : "@ForeignKey";
        }
    }

    /**
     * The referenced {@code @Table} record, as its annotations declare it.
     *
     * @param table its table name
     * @param schema its schema, or the empty string
     * @param view whether it is a view
     * @param key its key components, in key order; empty when its key names no component
     */
    public record TargetTable(String table, String schema, boolean view, List<TargetKey> key) {
        /** Copies the list. */
        public TargetTable {
            key = List.copyOf(key);
        }
    }

    /**
     * One key component of a referenced record.
     *
     * @param component its name
     * @param column its column name
     * @param type its Java type
     * @param columnType its column type, which the referencing column takes
     */
    public record TargetKey(String component, String column, JavaType type, ColumnType columnType) {}

    /**
     * The {@code @View} annotation.
     *
     * @param query the defining query
     * @param materialized whether the view is materialized
     */
    public record ViewModel(String query, boolean materialized) {}
}
