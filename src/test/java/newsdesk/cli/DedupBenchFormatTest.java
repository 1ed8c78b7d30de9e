package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import newsdesk.dedup.eval.DedupReport;
import org.junit.jupiter.api.Test;

class DedupBenchFormatTest {
  @Test
  void formatsTheReportAsTheGoldenFileShows() throws IOException {
    DedupReport report = new DedupReport(291, 200,
        new DedupReport.PairFigures(190, 1, 10, 99, Map.of(
            "REORDERED", new DedupReport.KindFigures(true, 190, 200, 0.8061),
            "SAME_SECTION", new DedupReport.KindFigures(false, 1, 100, 0.7))),
        new DedupReport.StreamFigures(291, 200, 195, 1, List.of("x#reordered -> y")));
    try (InputStream golden = getClass().getResourceAsStream("dedup-bench-report.txt")) {
      assertThat(DedupBenchCommand.format(report)).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
