package dev.ormdantic.it;

import dev.ormdantic.dialect.DialectId;
import dev.ormdantic.dialect.TableStatements;
import dev.ormdantic.query.Column;
import dev.ormdantic.relation.Relationship;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.Params;
import dev.ormdantic.support.Row;
import java.util.List;

/**
 * A generated table with relationships, made by hand until the processor generates {@code relationships()}: it
 * delegates everything to the generated table and adds the hand-made constants of {@link Relations}, for
 * {@code Filters.of} to resolve relationship names with.
 *
 * @param <T> the record type
 * @param <K> the key type
 */
final class RelatedTables<T extends Record, K> extends GeneratedTable<T, K> {

    private final GeneratedTable<T, K> table;
    private final List<Relationship<T, ?>> relationships;

    RelatedTables(GeneratedTable<T, K> table, List<Relationship<T, ?>> relationships) {
        super(FORMAT, table.recordType(), table.spec());
        this.table = table;
        this.relationships = List.copyOf(relationships);
    }

    @Override
    public List<Column<T, ?>> columns() {
        return table.columns();
    }

    @Override
    public List<Relationship<T, ?>> relationships() {
        return relationships;
    }

    @Override
    public TableStatements statements(DialectId dialect) {
        return table.statements(dialect);
    }

    @Override
    public T read(Row row) {
        return table.read(row);
    }

    @Override
    public void bindRow(Params params, T row) {
        table.bindRow(params, row);
    }

    @Override
    public void bindUpdate(Params params, T row) {
        table.bindUpdate(params, row);
    }

    @Override
    public void bindKey(Params params, K key) {
        table.bindKey(params, key);
    }

    @Override
    public K key(T row) {
        return table.key(row);
    }
}
