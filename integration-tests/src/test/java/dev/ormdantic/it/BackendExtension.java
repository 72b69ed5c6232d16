package dev.ormdantic.it;

import dev.ormdantic.Ormdantic;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;

/**
 * Runs each {@link BackendTest} once per backend: SQLite, PostgreSQL, MariaDB and the MySQL dialect always (a server
 * that cannot be reached fails the test, it is never skipped silently), SQL Server and Oracle when their URL is set
 * (otherwise the invocation is reported as skipped, with the reason). At the end of the run it prints which backends
 * the suite ran on.
 */
public final class BackendExtension implements TestTemplateInvocationContextProvider {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BackendExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getRequiredTestMethod().isAnnotationPresent(BackendTest.class);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Summary summary = context.getRoot().getStore(NAMESPACE).computeIfAbsent(Summary.class);
        return Arrays.stream(Backend.values()).map(backend -> invocation(backend, summary));
    }

    private static TestTemplateInvocationContext invocation(Backend backend, Summary summary) {
        return new TestTemplateInvocationContext() {
            @Override
            public String getDisplayName(int invocationIndex) {
                return "[" + backend.label() + "]";
            }

            @Override
            public List<Extension> getAdditionalExtensions() {
                return List.of(new PerBackend(backend, summary));
            }
        };
    }

    /** Hands the test its database on one backend and drops it afterwards. */
    private static final class PerBackend implements ExecutionCondition, ParameterResolver, AfterEachCallback {

        private final Backend backend;
        private final Summary summary;

        PerBackend(Backend backend, Summary summary) {
            this.backend = backend;
            this.summary = summary;
        }

        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            String reason = backend.skipReason();
            if (reason != null) {
                summary.skipped(backend, reason);
                return ConditionEvaluationResult.disabled(reason);
            }
            return ConditionEvaluationResult.enabled(backend.label());
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            Class<?> type = parameter.getParameter().getType();
            return type == Ormdantic.class || type == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            TestDatabase database =
                    context.getStore(NAMESPACE).computeIfAbsent("database", key -> open(), TestDatabase.class);
            return parameter.getParameter().getType() == Ormdantic.class ? database.db() : database;
        }

        private TestDatabase open() {
            try {
                summary.ran(backend);
                return new TestDatabase(backend);
            } catch (Exception e) {
                throw new IllegalStateException(
                        "cannot prepare a database on " + backend.label() + " (" + backend.serverUrl()
                                + "): is the server running? .ci/run starts the local ones",
                        e);
            }
        }

        @Override
        public void afterEach(ExtensionContext context) throws Exception {
            TestDatabase database = context.getStore(NAMESPACE).remove("database", TestDatabase.class);
            if (database != null) {
                database.close();
            }
        }
    }

    /** Counts what ran where, and prints it when the run ends. */
    static final class Summary implements AutoCloseable {

        private final Map<Backend, AtomicInteger> ran = new EnumMap<>(Backend.class);
        private final Map<Backend, String> skipped = new EnumMap<>(Backend.class);

        synchronized void ran(Backend backend) {
            ran.computeIfAbsent(backend, b -> new AtomicInteger()).incrementAndGet();
        }

        synchronized void skipped(Backend backend, String reason) {
            skipped.putIfAbsent(backend, reason);
        }

        @Override
        public synchronized void close() {
            StringBuilder text = new StringBuilder("Ormdantic behaviour suite ran on:");
            for (Backend backend : Backend.values()) {
                @Nullable AtomicInteger count = ran.get(backend);
                if (count != null) {
                    text.append(' ')
                            .append(backend.label())
                            .append(" (")
                            .append(count.get())
                            .append(" tests)");
                }
            }
            for (Map.Entry<Backend, String> skip : skipped.entrySet()) {
                text.append("\n  ").append(skip.getValue());
            }
            System.out.println(text);
        }
    }
}
