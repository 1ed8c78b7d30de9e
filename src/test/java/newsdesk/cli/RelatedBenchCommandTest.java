package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RelatedBenchCommandTest {
  @Test
  void neitherFileNorCostAndBothAreUserErrors() {
    CliRun none = CliRun.of("bench", "related");
    assertThat(none.exit()).isEqualTo(2);
    assertThat(none.err()).contains("missing FILE").doesNotContain("Exception");
    CliRun both = CliRun.of("bench", "related", "some.jsonl", "--cost", "100");
    assertThat(both.exit()).isEqualTo(2);
    assertThat(both.err()).contains("either FILE or --cost");
  }

  @Test
  void tooFewStoriesIsAUserError() {
    CliRun run = CliRun.of("bench", "related", "--cost", "5");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("at least 10 stories, got 5");
  }

  @Test
  void costRunsBothUpdatesOnTheSameStoreAndReportsTheirRatio() {
    CliRun run = CliRun.of("bench", "related", "--cost", "12");
    assertThat(run.exit()).as(run.err()).isZero();
    // 12 stories a month apart: the windows of the 4 changed ones read only them; the hull reads all 12.
    assertThat(run.out()).containsPattern("12 +4 +after \\(windows\\) +4 +4 ")
        .containsPattern("12 +3 +after, next run +3 +3 ")
        .containsPattern("12 +4 +before \\(hull\\) +12 +12 ")
        .contains("after/before");
  }
}
