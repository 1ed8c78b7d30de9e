package newsdesk.dedup.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import newsdesk.dedup.DedupConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The acceptance figure of issue 5 for near-duplicates: on copies made from the demo corpus,
 * precision >= 0.99 and recall >= 0.95, both as labelled pairs and as one stream.
 */
class DedupAcceptanceTest {
  static final Path CORPUS = Path.of("../shared/corpus/wikinews/wikinews-2019-2020.jsonl");
  private static DedupReport report;

  @BeforeAll
  static void evaluate() {
    assertThat(Files.isRegularFile(CORPUS))
        .as("the demo corpus %s is needed (the shared folder beside the worktree)", CORPUS.toAbsolutePath())
        .isTrue();
    List<CorpusArticle> corpus = new CorpusReader(w -> { throw new AssertionError(w); }).read(CORPUS);
    report = new DedupEvaluation(DedupConfig.defaults(), 20191).evaluate(corpus, 200);
  }

  @Test
  void pairsReachTheAcceptanceFigures() {
    assertThat(report.pairs().precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(report.pairs().recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void streamReachesTheAcceptanceFigures() {
    assertThat(report.stream().precision()).isGreaterThanOrEqualTo(0.99);
    assertThat(report.stream().recall()).isGreaterThanOrEqualTo(0.95);
  }

  @Test
  void theTestSetHasEveryKindInNumbers() {
    assertThat(report.corpusArticles()).isGreaterThan(250);
    assertThat(report.pairs().kinds()).containsKeys("BOILERPLATE", "REORDERED", "PARAGRAPH_ADDED",
        "PARAGRAPH_REMOVED", "HEADLINE_CHANGED", "WORDS_EDITED", "SYNDICATED", "SAME_SECTION",
        "MOST_SIMILAR", "MOST_SIMILAR_SAME_OUTLET");
    report.pairs().kinds().forEach((kind, figures) -> assertThat(figures.pairs()).as(kind).isGreaterThan(150));
    assertThat(report.pairs().truePositives() + report.pairs().falseNegatives()).isEqualTo(1400);
  }

  /** SYNDICATED compounds four edits; it is reported, and counts in the recall above. */
  @Test
  void everySingleEditKindIsFoundAtLeastNineteenTimesInTwenty() {
    report.pairs().kinds().forEach((kind, figures) -> {
      if (figures.duplicates() && !kind.equals("SYNDICATED")) {
        assertThat((double) figures.calledDuplicate() / figures.pairs()).as(kind).isGreaterThanOrEqualTo(0.95);
      }
    });
  }
}
