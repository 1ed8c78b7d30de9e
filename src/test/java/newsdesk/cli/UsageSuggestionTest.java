package newsdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A mistyped command or option gets a suggestion only when one is actually close. */
class UsageSuggestionTest {
  @Test
  void aWordCloseToNoCommandGetsNoSuggestion() {
    // QA: "newsdesk frobnicate" answered "Did you mean: newsdesk cluster?".
    CliRun r = CliRun.of("frobnicate");
    assertThat(r.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(r.err()).isEqualTo("newsdesk: Unmatched argument at index 0: 'frobnicate'\nTry 'newsdesk --help' for usage.\n");
  }

  @Test
  void aTypoOfACommandSuggestsThatCommandOnly() {
    CliRun r = CliRun.of("serach", "volcano");
    assertThat(r.exit()).isEqualTo(ErrorReporter.USER_ERROR);
    assertThat(r.err()).contains("\nDid you mean: newsdesk search?\n").doesNotContain("serve").doesNotContain("extract")
        .endsWith("Try 'newsdesk --help' for usage.\n");
    assertThat(CliRun.of("summ").err()).contains("Did you mean: newsdesk summarize?");
  }

  @Test
  void aTypoOfAnOptionSuggestsTheCloseOptionAndAStrangeOptionNone() {
    CliRun typo = CliRun.of("digest", "--fromat", "json");
    assertThat(typo.err()).contains("\nPossible solutions: --format\n");
    CliRun strange = CliRun.of("digest", "--frobnicate");
    assertThat(strange.err()).isEqualTo("newsdesk digest: Unknown option: '--frobnicate'\nTry 'newsdesk digest --help' for usage.\n");
  }

  @Test
  void closenessIsAnEditDistanceThatGrowsWithTheWord() {
    assertThat(Suggestions.isClose("serach", "search")).as("a swap of two letters is one edit").isTrue();
    assertThat(Suggestions.isClose("fecth", "fetch")).isTrue();
    assertThat(Suggestions.isClose("frobnicate", "cluster")).isFalse();
    assertThat(Suggestions.isClose("serach", "serve")).isFalse();
    assertThat(Suggestions.isClose("sum", "summarize")).as("the start of the name").isTrue();
    assertThat(Suggestions.isClose("x", "extract")).isFalse();
  }
}
