package dev.ormdantic.benchmarks.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary's standing table compares this ORM with the peers only, never with one of its own variants. */
class MarkdownSummaryTest {

    private static final String HEADER = "profile,backend,case,rows,contender,status,median_ms,mad_ms,samples,"
            + "calls_per_sample,ratio_to_jdbc,ratio_to_jdbc_held,reason,samples_ms\n";

    @Test
    void theListenedVariantIsNotAPeer(@TempDir Path dir) throws Exception {
        String row = "default,sqlite,one-to-many relationship loading,80,";
        Files.writeString(
                dir.resolve("results-default.csv"),
                HEADER
                        + row + "ormdantic-blocking,ok,5.2576,1.7184,7,7,1.1969,1.1150,,5.2576\n"
                        + row + "ormdantic-listened,ok,4.3810,2.7612,7,7,0.9974,0.9291,,4.3810\n"
                        + row + "jdbc,ok,4.3926,1.0843,7,7,1.0000,0.9316,,4.3926\n"
                        + row + "jdbc-held,ok,4.7153,1.4396,7,7,1.0735,1.0000,,4.7153\n"
                        + row + "jdbi,ok,11.1226,2.7285,7,7,2.5321,2.3588,,11.1226\n");
        String summary = MarkdownSummary.render(dir, "default", 100);
        assertTrue(summary.contains("| one-to-many relationship loading | 1.20 | 1.12 | no | 2.53 | yes |"), summary);
    }
}
