package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import newsdesk.pipeline.IngestReport;
import org.junit.jupiter.api.Test;

/** The summary line of {@code fetch} and {@code demo}: counts in the right number, true skip reasons. */
class IngestSummaryTest {
  private static IngestReport report(int sources, int added, int duplicates, int stored, int repeated, int briefed,
      Map<String, Duration> times) {
    return new IngestReport(sources, Map.of(), added + stored + repeated, added, duplicates, stored, List.of(), briefed,
        times, Map.of(), repeated, 0, 0, 0, Set.of());
  }

  @Test
  void oneOfEachIsSingular() {
    assertThat(IngestSummary.counts(report(1, 1, 1, 1, 1, 1, Map.of()), Duration.ofMillis(2500)))
        .isEqualTo("Ingested 1 new article (1 duplicate attached) from 1 source; skipped 1 entry already stored and "
            + "1 entry listed again in this run's feeds (same link); 1 story briefed; 2.5 s");
  }

  @Test
  void aFirstRunOverFeedsThatShareArticlesSaysTheyRepeatNotThatTheyWereStored() {
    assertThat(IngestSummary.counts(report(6, 291, 0, 0, 291, 279, Map.of()), Duration.ofMillis(9700)))
        .isEqualTo("Ingested 291 new articles (0 duplicates attached) from 6 sources; skipped 291 entries listed again "
            + "in this run's feeds (same link); 279 stories briefed; 9.7 s");
  }

  @Test
  void nothingSkippedSaysNothingAboutSkipping() {
    assertThat(IngestSummary.counts(report(2, 0, 0, 0, 0, 0, Map.of()), Duration.ZERO))
        .isEqualTo("Ingested 0 new articles (0 duplicates attached) from 2 sources; 0 stories briefed; 0.0 s");
  }

  @Test
  void articlesRewrittenFromUpdatedEntriesAreCounted() {
    IngestReport r = new IngestReport(1, Map.of(), 3, 0, 0, 1, List.of(), 2, Map.of(), Map.of(), 0, 2, 0, 0, Set.of());
    assertThat(IngestSummary.counts(r, Duration.ofMillis(300)))
        .isEqualTo("Ingested 0 new articles (0 duplicates attached) from 1 source; 2 updated; skipped 1 entry already "
            + "stored; 2 stories briefed; 0.3 s");
  }

  @Test
  void emptyEntriesAreSaidToBeSkipped() {
    IngestReport r = new IngestReport(1, Map.of(), 4, 2, 0, 0, List.of(), 2, Map.of(), Map.of(), 0, 0, 2, 0, Set.of());
    assertThat(IngestSummary.counts(r, Duration.ofMillis(300)))
        .isEqualTo("Ingested 2 new articles (0 duplicates attached) from 1 source; skipped 2 empty entries (no title, "
            + "text or link); 2 stories briefed; 0.3 s");
  }

  @Test
  void aStoppedRunSaysWhatItLeftForTheNextOne() {
    IngestReport r = new IngestReport(6, Map.of(), 582, 6, 0, 0, List.of(), 6, Map.of(), Map.of(), 291, 0, 0, 285, Set.of());
    assertThat(IngestSummary.counts(r, Duration.ofMillis(3200)))
        .isEqualTo("Ingested 6 new articles (0 duplicates attached) from 6 sources; skipped 291 entries listed again "
            + "in this run's feeds (same link); 6 stories briefed; stopped: 285 articles left for the next run; 3.2 s");
  }

  @Test
  void stageTimesSayTheyAreSummedOverThreads() {
    Map<String, Duration> times = new LinkedHashMap<>();
    times.put("fetch", Duration.ofMillis(10_760));
    times.put("index", Duration.ofMillis(50));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    IngestSummary.print(report(1, 1, 0, 0, 0, 1, times), Duration.ofMillis(9700), new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).containsExactly(
        "Ingested 1 new article (0 duplicates attached) from 1 source; 1 story briefed; 9.7 s",
        "  thread time by stage (summed over parallel threads, so it can exceed the run's time): fetch 10.76 s, index 0.05 s");
  }

  @Test
  void aSourceRefusedByTheAddressRuleIsSaidRefusedNotFailed() {
    // QA: `fetch` said "source failed" where `sources list` says refused: nothing was fetched.
    IngestReport r = new IngestReport(2, Map.of("http://127.0.0.1:9/a.xml", "127.0.0.1 is a private address; --allow-private-network allows it",
        "https://down.example/feed", "HTTP 503"), 0, 0, 0, 0, List.of(), 0, Map.of(), Map.of(), 0, 0, 0, 0,
        Set.of("http://127.0.0.1:9/a.xml"));
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    IngestSummary.print(r, Duration.ofSeconds(1), new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    assertThat(bytes.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("  source refused: http://127.0.0.1:9/a.xml \u2014 127.0.0.1 is a private address")
        .contains("  source failed: https://down.example/feed \u2014 HTTP 503")
        .doesNotContain("source failed: http://127.0.0.1");
  }
}
