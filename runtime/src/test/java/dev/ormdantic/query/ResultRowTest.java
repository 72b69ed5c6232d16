package dev.ormdantic.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class ResultRowTest {

    private static final List<String> COLUMNS = List.of("id", "score", "note");

    @Test
    void readsByNameInAnyCaseAndByPositionFromOne() {
        ResultRow row = ResultRow.of(COLUMNS, new @Nullable Object[] {"a", 7, null});
        assertEquals("a", row.get("ID"));
        assertEquals("a", row.getString(1));
        assertEquals(7L, row.getLong(2));
        assertEquals(7L, row.getLong("Score"));
        assertEquals(new BigDecimal("7"), row.getBigDecimal("score"));
        assertNull(row.get(3));
        assertEquals(3, row.size());
        assertEquals(Arrays.asList("a", 7, null), row.values());
    }

    @Test
    void theArrayIsCopiedSoTheNextRowCannotChangeThisOne() {
        @Nullable Object[] values = {"a", 1, null};
        ResultRow row = ResultRow.of(COLUMNS, values);
        values[0] = "b";
        assertEquals("a", row.get(1));
    }

    @Test
    void equalRowsAreEqualWhicheverWayTheyWereMade() {
        ResultRow fromArray = ResultRow.of(COLUMNS, new @Nullable Object[] {"a", 1, null});
        ResultRow fromList = new ResultRow(COLUMNS, Arrays.asList("a", 1, null));
        assertEquals(fromArray, fromList);
        assertEquals(fromArray.hashCode(), fromList.hashCode());
        assertEquals("ResultRow[id=a, score=1, note=null]", fromArray.toString());
    }

    @Test
    void missingColumnsAndWrongShapesSayWhatIsThere() {
        ResultRow row = ResultRow.of(COLUMNS, new @Nullable Object[] {"a", 1, null});
        IllegalArgumentException byName = assertThrows(IllegalArgumentException.class, () -> row.get("total"));
        assertEquals("no result column total; the columns are [id, score, note]", byName.getMessage());
        IndexOutOfBoundsException byPosition = assertThrows(IndexOutOfBoundsException.class, () -> row.get(0));
        assertEquals("no result column at position 0; positions run from 1 to 3", byPosition.getMessage());
        IllegalStateException notNumber = assertThrows(IllegalStateException.class, () -> row.getLong("note"));
        assertEquals("result column note holds NULL, not a number", notNumber.getMessage());
        IllegalArgumentException shape =
                assertThrows(IllegalArgumentException.class, () -> ResultRow.of(COLUMNS, new @Nullable Object[] {"a"}));
        assertEquals("3 column names for 1 values: [id, score, note]", shape.getMessage());
    }
}
