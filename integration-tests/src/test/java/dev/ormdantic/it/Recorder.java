package dev.ormdantic.it;

import dev.ormdantic.event.HydrationEvent;
import dev.ormdantic.event.KeysEvent;
import dev.ormdantic.event.OrmdanticListener;
import dev.ormdantic.event.RecordsEvent;
import dev.ormdantic.event.StatementEvent;
import dev.ormdantic.event.StatementResult;
import dev.ormdantic.event.TransactionEvent;
import dev.ormdantic.event.TransactionResult;
import java.util.ArrayList;
import java.util.List;

/**
 * A listener that writes down every event as a line: the callback, then what identifies the event ({@code
 * beforeStatement insert flavor}, {@code afterStatement insert flavor rows=1}, {@code afterTransaction COMMIT ok}).
 * It keeps the events themselves too.
 */
final class Recorder implements OrmdanticListener {

    private final List<String> lines = new ArrayList<>();
    private final List<StatementEvent> statements = new ArrayList<>();
    private final List<StatementResult> results = new ArrayList<>();
    private final List<TransactionResult> steps = new ArrayList<>();

    /** The lines so far, and forgets them. */
    synchronized List<String> take() {
        List<String> taken = List.copyOf(lines);
        lines.clear();
        statements.clear();
        results.clear();
        steps.clear();
        return taken;
    }

    synchronized List<StatementEvent> statements() {
        return List.copyOf(statements);
    }

    synchronized List<StatementResult> results() {
        return List.copyOf(results);
    }

    synchronized List<TransactionResult> steps() {
        return List.copyOf(steps);
    }

    private synchronized void line(String line) {
        lines.add(line);
    }

    private static String records(RecordsEvent event) {
        return event.table() + " " + event.recordType().getSimpleName() + " " + event.records();
    }

    private static String keys(KeysEvent event) {
        return event.table() + " " + event.recordType().getSimpleName() + " " + event.keys();
    }

    @Override
    public void beforeInsert(RecordsEvent event) {
        line("beforeInsert " + records(event));
    }

    @Override
    public void afterInsert(RecordsEvent event) {
        line("afterInsert " + records(event));
    }

    @Override
    public void beforeUpdate(RecordsEvent event) {
        line("beforeUpdate " + records(event));
    }

    @Override
    public void afterUpdate(RecordsEvent event) {
        line("afterUpdate " + records(event));
    }

    @Override
    public void beforeUpsert(RecordsEvent event) {
        line("beforeUpsert " + records(event));
    }

    @Override
    public void afterUpsert(RecordsEvent event) {
        line("afterUpsert " + records(event));
    }

    @Override
    public void beforeDelete(KeysEvent event) {
        line("beforeDelete " + keys(event));
    }

    @Override
    public void afterDelete(KeysEvent event) {
        line("afterDelete " + keys(event));
    }

    @Override
    public synchronized void beforeStatement(StatementEvent event) {
        statements.add(event);
        line("beforeStatement " + event.operation() + " " + event.table());
    }

    @Override
    public synchronized void afterStatement(StatementResult result) {
        results.add(result);
        StatementEvent event = result.statement();
        line("afterStatement " + event.operation() + " " + event.table() + (result.succeeded() ? "" : " failed"));
    }

    @Override
    public void afterHydration(HydrationEvent event) {
        line("afterHydration " + event.operation() + " " + event.table() + " "
                + event.recordType().getSimpleName() + " rows=" + event.rows());
    }

    @Override
    public void beforeTransaction(TransactionEvent event) {
        line("beforeTransaction " + event.step() + (event.savepoint() == null ? "" : " " + event.savepoint()));
    }

    @Override
    public synchronized void afterTransaction(TransactionResult result) {
        steps.add(result);
        TransactionEvent event = result.event();
        line("afterTransaction " + event.step() + (event.savepoint() == null ? "" : " " + event.savepoint())
                + (result.succeeded() ? "" : " failed"));
    }
}
