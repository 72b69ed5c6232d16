package dev.ormdantic.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Median and MAD as the seed's harness computes them. */
class MeasurementTest {

    @Test
    void medianAndMadOfOddAndEvenSamples() {
        Measurement odd = measurement(List.of(5.0, 1.0, 3.0, 100.0, 2.0));
        assertEquals(3.0, odd.medianMs());
        assertEquals(2.0, odd.madMs()); // deviations 0, 1, 2, 2, 97
    }

    @Test
    void noSamplesHaveNoMedian() {
        assertTrue(Double.isNaN(measurement(List.of()).medianMs()));
    }

    private static Measurement measurement(List<Double> samples) {
        return new Measurement(Backend.SQLITE, BenchCase.COUNT_ALL, 1, "jdbc", Measurement.Status.OK, "", samples);
    }
}
