package dev.ormdantic.processor.validate;

import dev.ormdantic.processor.diag.Message;
import dev.ormdantic.processor.model.Site;
import java.util.List;

/**
 * One thing wrong with a table model: a catalog message, its arguments and the place it concerns.
 *
 * @param message the message
 * @param site where in the record it belongs
 * @param args the message's arguments, in order
 */
public record Problem(Message message, Site site, List<String> args) {

    /** Copies the arguments. */
    public Problem {
        args = List.copyOf(args);
    }

    /**
     * Creates a problem.
     *
     * @param message the message
     * @param site where it belongs
     * @param args the message's arguments
     * @return the problem
     */
    public static Problem of(Message message, Site site, String... args) {
        return new Problem(message, site, List.of(args));
    }

    /**
     * Whether the problem stops the table from being generated.
     *
     * @return {@code true} for an error
     */
    public boolean isError() {
        return message.severity() == Message.Severity.ERROR;
    }
}
