package dev.ormdantic.internal.exec;

import dev.ormdantic.error.ValidationException;
import dev.ormdantic.error.Violation;
import dev.ormdantic.internal.error.Call;
import dev.ormdantic.support.GeneratedTable;
import dev.ormdantic.support.Violations;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Runs a table's generated validation on every row of a write before anything is written, and refuses the whole
 * write with one {@link ValidationException} that lists every violation of every row.
 */
final class RowValidator {

    /** Invalid rows listed in full in a message; the rest are counted. */
    static final int MAX_LISTED_ROWS = 20;

    private RowValidator() {}

    /**
     * Validates rows.
     *
     * @param table the generated table
     * @param call the write
     * @param rows the rows
     * @param batch whether the write is a batch, whose message names each row's index
     * @param <T> the record type
     * @throws ValidationException when a row breaks a constraint
     */
    static <T extends Record> void validate(GeneratedTable<T, ?> table, Call call, List<T> rows, boolean batch) {
        Map<Integer, List<Violation>> byRow = new LinkedHashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            Violations violations = new Violations();
            table.validate(rows.get(i), violations);
            if (!violations.isEmpty()) {
                byRow.put(i, violations.list());
            }
        }
        if (byRow.isEmpty()) {
            return;
        }
        StringJoiner listed = new StringJoiner("; ");
        int shown = 0;
        for (Map.Entry<Integer, List<Violation>> entry : byRow.entrySet()) {
            if (shown++ == MAX_LISTED_ROWS) {
                listed.add("and " + (byRow.size() - MAX_LISTED_ROWS) + " more rows (see violationsByRow())");
                break;
            }
            StringJoiner row = new StringJoiner(", ", batch ? "row " + entry.getKey() + ": " : "", "");
            entry.getValue().forEach(violation -> row.add(violation.toString()));
            listed.add(row.toString());
        }
        String summary = batch
                ? byRow.size() + " of " + rows.size() + " rows break constraints: "
                : "the record breaks constraints: ";
        throw new ValidationException(
                call.context(),
                call.failed() + ": " + summary + listed,
                "correct the values; nothing was written",
                byRow);
    }
}
