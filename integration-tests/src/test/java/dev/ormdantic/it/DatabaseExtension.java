package dev.ormdantic.it;

import dev.ormdantic.Ormdantic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands each test a fresh, initialised database: an {@link Ormdantic} on its own SQLite file with every generated
 * table of this module created, closed and deleted after the test. Tests declare an {@code Ormdantic} parameter.
 */
public final class DatabaseExtension implements ParameterResolver, AfterEachCallback {

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(DatabaseExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Ormdantic.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        return store.computeIfAbsent("db", key -> open(store), Ormdantic.class);
    }

    private static Ormdantic open(ExtensionContext.Store store) {
        try {
            Path dir = Files.createTempDirectory("ormdantic-it");
            store.put("dir", dir);
            Ormdantic db = Ormdantic.open("sqlite:" + dir.resolve("test.sqlite3"));
            db.init().join();
            return db;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void afterEach(ExtensionContext context) throws IOException {
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        Ormdantic db = store.remove("db", Ormdantic.class);
        if (db != null) {
            db.close();
        }
        Path dir = store.remove("dir", Path.class);
        if (dir != null) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }
}
