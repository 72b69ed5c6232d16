package dev.ormdantic.processor.diag;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;
import org.jspecify.annotations.Nullable;

/**
 * Prints the processor's diagnostics through javac's {@link Messager}, each prefixed with its code and attached to
 * its {@link Location}, and counts the errors. Every message the processor prints goes through here.
 */
public final class Diagnostics {

    private final Messager messager;
    private int errors;

    /**
     * Creates the reporter.
     *
     * @param messager javac's messager
     */
    public Diagnostics(Messager messager) {
        this.messager = messager;
    }

    /**
     * Prints a catalog message at a location, as an error or a warning according to the message.
     *
     * @param message the message
     * @param location where it belongs
     * @param args the message's arguments
     */
    public void report(Message message, Location location, Object... args) {
        print(message.severity(), message.format(args), location);
    }

    /**
     * Reports a bug in the processor ({@link Message#ORM9999}) with its stack trace, so that the user can report it
     * and javac carries on with the other elements.
     *
     * @param subject what was being processed, for the message
     * @param element the element to attach the message to, or {@code null} for none
     * @param failure what was thrown
     */
    public void internalError(Object subject, @Nullable Element element, Throwable failure) {
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        String text = Message.ORM9999.format(subject, failure) + System.lineSeparator() + trace;
        errors++;
        if (element == null) {
            messager.printMessage(Diagnostic.Kind.ERROR, text);
        } else {
            messager.printMessage(Diagnostic.Kind.ERROR, text, element);
        }
    }

    /**
     * The number of errors printed so far.
     *
     * @return the error count
     */
    public int errorCount() {
        return errors;
    }

    private void print(Message.Severity severity, String text, Location location) {
        Diagnostic.Kind kind = switch (severity) {
            case ERROR -> Diagnostic.Kind.ERROR;
            case WARNING -> Diagnostic.Kind.WARNING;
        };
        if (kind == Diagnostic.Kind.ERROR) {
            errors++;
        }
        AnnotationMirror annotation = location.annotation();
        AnnotationValue value = location.value();
        if (annotation == null) {
            messager.printMessage(kind, text, location.element());
        } else if (value == null) {
            messager.printMessage(kind, text, location.element(), annotation);
        } else {
            messager.printMessage(kind, text, location.element(), annotation, value);
        }
    }
}
