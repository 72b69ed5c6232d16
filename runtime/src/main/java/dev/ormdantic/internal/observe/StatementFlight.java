package dev.ormdantic.internal.observe;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;
import org.jspecify.annotations.Nullable;

/**
 * The JDK Flight Recorder event of one statement, {@code dev.ormdantic.Statement}: from its execution until its result
 * was read, with its SQL (never its values), rows and outcome. Made only while a recording has it enabled.
 */
@Name(StatementFlight.NAME)
@Label("Ormdantic Statement")
@Category({"Ormdantic"})
@Description("A SQL statement Ormdantic ran: from its execution until its result was read and closed")
class StatementFlight extends Event {

    /** The event's name. */
    static final String NAME = "dev.ormdantic.Statement";

    @Label("Operation")
    @Description("The API method that ran the statement")
    @Nullable
    String operation;

    @Label("Table")
    @Nullable
    String table;

    @Label("Dialect")
    @Nullable
    String dialect;

    @Label("SQL")
    @Description("The statement's text, with ? for each bound value")
    @Nullable
    String sql;

    @Label("Rows")
    @Description("The rows a query returned or a write changed; -1 when unknown")
    long rows;

    @Label("Outcome")
    @Description("success or error")
    @Nullable
    String outcome;

    @Label("SQLState")
    @Description("The driver's SQLState of a failure")
    @Nullable
    String sqlState;

    /**
     * A started event, or {@code null} when no recording wants it: without a recording, one volatile read.
     *
     * @return the event, its timer started
     */
    static @Nullable StatementFlight start() {
        if (!FlightRecorder.isInitialized()) {
            return null;
        }
        StatementFlight event = new StatementFlight();
        if (!event.isEnabled()) {
            return null;
        }
        event.begin();
        return event;
    }

    /**
     * Whether a recording wants the event.
     *
     * @return {@code true} while one does
     */
    static boolean wanted() {
        return FlightRecorder.isInitialized() && new StatementFlight().isEnabled();
    }
}
