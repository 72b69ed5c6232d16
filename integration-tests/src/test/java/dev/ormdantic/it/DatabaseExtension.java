package dev.ormdantic.it;

import dev.ormdantic.Ormdantic;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * For a plain {@code @Test}: hands it a fresh SQLite database ({@code Ormdantic} or {@link TestDatabase} parameter).
 * Behaviour that must hold on every backend belongs in a {@link BackendTest} instead.
 */
public final class DatabaseExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DatabaseExtension.class);

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

    private static TestDatabase open() {
        try {
            return new TestDatabase(Backend.SQLITE);
        } catch (Exception e) {
            throw new IllegalStateException("cannot create a SQLite test database", e);
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
