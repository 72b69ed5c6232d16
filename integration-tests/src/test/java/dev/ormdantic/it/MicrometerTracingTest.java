package dev.ormdantic.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ormdantic.Ormdantic;
import dev.ormdantic.it.model.Flavor;
import dev.ormdantic.it.model.FlavorTable;
import dev.ormdantic.micrometer.ObservationListener;
import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.handler.DefaultTracingObservationHandler;
import io.micrometer.tracing.otel.bridge.OtelCurrentTraceContext;
import io.micrometer.tracing.otel.bridge.OtelTracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;

/**
 * The OpenTelemetry setup of docs/observability.md, run: Ormdantic's observations become spans through Micrometer
 * Tracing's OpenTelemetry bridge, exported here to OpenTelemetry's in-memory exporter. A statement is a span named
 * {@code ormdantic <operation>} with its table, dialect, outcome, SQL text and row count; a transaction a span named
 * {@code ormdantic transaction}.
 */
class MicrometerTracingTest {

    @BackendTest
    void statementsAndTransactionsBecomeOpenTelemetrySpans(TestDatabase test) {
        InMemorySpanExporter exporter = InMemorySpanExporter.create();
        try (SdkTracerProvider spans = SdkTracerProvider.builder()
                .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                .build()) {
            OtelTracer tracer = new OtelTracer(spans.get("ormdantic"), new OtelCurrentTraceContext(), event -> {});
            ObservationRegistry traced = ObservationRegistry.create();
            traced.observationConfig().observationHandler(new DefaultTracingObservationHandler(tracer));
            test.db(); // creates the tables
            try (Ormdantic db = Ormdantic.builder(test.url())
                    .tables(FlavorTable.TABLE)
                    .listener(new ObservationListener(traced))
                    .open()) {
                db.blocking()
                        .inTransaction(
                                tx -> tx.blockingTable(FlavorTable.TABLE).insert(new Flavor("traced", "Traced", 5)));
            }
            List<SpanData> finished = exporter.getFinishedSpanItems();
            SpanData insert = finished.stream()
                    .filter(span -> span.getName().equals("ormdantic insert"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no insert span among " + finished));
            assertEquals("flavor", insert.getAttributes().get(AttributeKey.stringKey("table")));
            assertEquals("insert", insert.getAttributes().get(AttributeKey.stringKey("operation")));
            assertEquals(test.backend().label(), insert.getAttributes().get(AttributeKey.stringKey("dialect")));
            assertEquals("success", insert.getAttributes().get(AttributeKey.stringKey("outcome")));
            assertEquals("1", insert.getAttributes().get(AttributeKey.stringKey("rows")));
            String sql = String.valueOf(insert.getAttributes().get(AttributeKey.stringKey("sql")));
            assertTrue(sql.startsWith("INSERT INTO "), sql);
            assertTrue(!sql.contains("Traced"), "values are bound, never in the SQL text: " + sql);
            SpanData transaction = finished.stream()
                    .filter(span -> span.getName().equals("ormdantic transaction"))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no transaction span among " + finished));
            assertEquals("committed", transaction.getAttributes().get(AttributeKey.stringKey("outcome")));
        }
    }
}
