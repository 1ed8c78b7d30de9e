package newsdesk.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance gate of issue 4 on the feedparser-derived conformance corpus
 * ({@code ../shared/bench/feeds}): tier A >= 97%, tier B >= 90%, dates >= 95%, and no exception on
 * any of the 2,079 documents.
 */
class FeedConformanceTest {
  private static ConformanceBenchmark.Result result;

  @BeforeAll
  static void runCorpus() {
    FeedDates dates = new FeedDates();
    result = new ConformanceBenchmark().run(FeedTestFiles.corpus(), new StandardFeedParser()::parseResponse, dates::parse);
  }

  @Test
  void everyDocumentParsesWithoutException() {
    assertThat(result.documents()).isEqualTo(2079);
    assertThat(result.exceptions())
        .as("documents on which the parser threw:%n%s", failures("EXCEPTION"))
        .isZero();
  }

  @Test
  void tierAAtLeast97Percent() {
    assertThat(result.tierATotal()).isEqualTo(974);
    assertThat(result.tierAPassed()).as("tier A failures:%n%s", failures("A ")).isGreaterThanOrEqualTo(945);
  }

  @Test
  void tierBAtLeast90Percent() {
    assertThat(result.tierBTotal()).isEqualTo(919);
    assertThat(result.tierBPassed()).as("tier B failures:%n%s", failures("B ")).isGreaterThanOrEqualTo(828);
  }

  @Test
  void datesAtLeast95Percent() {
    assertThat(result.datesTotal()).isEqualTo(129);
    assertThat(result.datesPassed()).as("date failures:%n%s", failures("D ")).isGreaterThanOrEqualTo(123);
  }

  private static String failures(String marker) {
    StringBuilder sb = new StringBuilder();
    for (String f : result.failures()) if (f.startsWith(marker) || f.contains(marker)) sb.append(f).append('\n');
    return sb.toString();
  }
}
