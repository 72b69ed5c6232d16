package dev.ormdantic.internal.observe;

import jdk.jfr.Category;
import jdk.jfr.Description;
import jdk.jfr.Event;
import jdk.jfr.FlightRecorder;
import jdk.jfr.Label;
import jdk.jfr.Name;
import org.jspecify.annotations.Nullable;

/**
 * The JDK Flight Recorder event of one step of a transaction, {@code dev.ormdantic.Transaction}: begin, commit,
 * rollback, or a savepoint's set, release or rollback. Made only while a recording has it enabled.
 */
@Name(TransactionFlight.NAME)
@Label("Ormdantic Transaction")
@Category({"Ormdantic"})
@Description("A step of an Ormdantic transaction: begin, commit, rollback, or a savepoint's set, release or rollback")
class TransactionFlight extends Event {

    /** The event's name. */
    static final String NAME = "dev.ormdantic.Transaction";

    @Label("Step")
    @Nullable
    String step;

    @Label("Savepoint")
    @Nullable
    String savepoint;

    @Label("Dialect")
    @Nullable
    String dialect;

    @Label("Attempt")
    @Description("The transaction's attempt, from 1; above 1 when retry(n) ran it again after a conflict")
    int attempt;

    @Label("Outcome")
    @Description("success or error")
    @Nullable
    String outcome;

    /**
     * A started event, or {@code null} when no recording wants it.
     *
     * @return the event, its timer started
     */
    static @Nullable TransactionFlight start() {
        if (!FlightRecorder.isInitialized()) {
            return null;
        }
        TransactionFlight event = new TransactionFlight();
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
        return FlightRecorder.isInitialized() && new TransactionFlight().isEnabled();
    }
}
