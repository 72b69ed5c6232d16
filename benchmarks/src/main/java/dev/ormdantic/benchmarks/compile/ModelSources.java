package dev.ormdantic.benchmarks.compile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the models the compile-cost measurement compiles: {@code Model0} ... {@code Model<N-1>}, each an eight-column
 * {@code @Table} record of the kinds applications use most (text with a bound, numbers, a decimal, a date, a flag,
 * a nullable number), with one index and a few constraints, in one package.
 */
public final class ModelSources {

    /** The package of the models. */
    public static final String PACKAGE = "bench.models";

    private ModelSources() {}

    /**
     * Writes {@code count} model sources under {@code root}.
     *
     * @param root the source root; the files go into the package's directory below it
     * @param count how many models
     * @return the files written
     */
    public static List<Path> write(Path root, int count) {
        Path dir = root.resolve(PACKAGE.replace('.', '/'));
        List<Path> files = new ArrayList<>(count);
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < count; i++) {
                Path file = dir.resolve("Model" + i + ".java");
                Files.writeString(file, source(i));
                files.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * The source of one model.
     *
     * @param i the model's number
     * @return the source text
     */
    static String source(int i) {
        return """
                package %s;

                import dev.ormdantic.annotation.Table;
                import jakarta.validation.constraints.Digits;
                import jakarta.validation.constraints.Min;
                import jakarta.validation.constraints.Size;
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import org.jspecify.annotations.Nullable;

                @Table(name = "model_%d", pk = "id", indexed = {"name"})
                public record Model%d(
                        String id,
                        @Size(min = 1, max = 80) String name,
                        @Min(0) int quantity,
                        long total,
                        boolean active,
                        @Digits(integer = 10, fraction = 2) BigDecimal price,
                        LocalDate created,
                        @Nullable Integer rating) {}
                """.formatted(PACKAGE, i, i);
    }
}
