/**
 * The annotation processor that writes a typed {@code <Record>Table} class for every {@code @Table} record, and the
 * table index the runtime reads.
 *
 * <p>Build tools put the processor on the processor path ({@code annotationProcessorPaths} in Maven,
 * {@code annotationProcessor} in Gradle), where this descriptor is ignored and the processor is found through
 * {@code META-INF/services/javax.annotation.processing.Processor}; on a processor module path
 * ({@code --processor-module-path}) the {@code provides} below finds it. Either way it never loads a runtime class: it
 * names them as strings in the code it writes.
 *
 * <p>JavaPoet and AutoService's annotations have no descriptor but declare a stable {@code Automatic-Module-Name},
 * which is what the two automatic-module requires below name.
 */
@SuppressWarnings("requires-automatic")
module dev.ormdantic.processor {
    requires java.compiler;
    requires com.palantir.javapoet;
    requires dev.ormdantic.dialect;
    requires static com.google.auto.service;

    provides javax.annotation.processing.Processor with
            dev.ormdantic.processor.OrmdanticProcessor;
}
