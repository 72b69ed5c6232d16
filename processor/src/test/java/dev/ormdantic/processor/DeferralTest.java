package dev.ormdantic.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** A record whose component type another processor generates is processed once that type exists. */
class DeferralTest {

    /** Generates the enum {@code test.Size} in the first round, as another annotation processor would. */
    private static final class SizeGenerator extends AbstractProcessor {
        private boolean done;

        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            if (!done) {
                done = true;
                try (Writer writer =
                        processingEnv.getFiler().createSourceFile("test.Size").openWriter()) {
                    writer.write("package test; public enum Size { SMALL, MEDIUM, LARGE }");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return false;
        }
    }

    @Test
    void waitsForAGeneratedComponentType() {
        JavaFileObject source = JavaFileObjects.forSourceString("test.Cup", """
                package test;

                import dev.ormdantic.annotation.Table;

                @Table(pk = "id")
                public record Cup(String id, Size size) {}
                """);

        Compilation compilation = Compiler.javac()
                .withProcessors(new OrmdanticProcessor(), new SizeGenerator())
                .compile(source);

        assertThat(compilation).succeededWithoutWarnings();
        assertThat(compilation)
                .generatedSourceFile("test.CupTable")
                .contentsAsUtf8String()
                .contains("public static final EnumColumn<Cup, Size> SIZE = Columns.enumeration(\"size\","
                        + " ColumnType.string(6), false);");
    }
}
