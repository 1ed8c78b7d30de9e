package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ArticleLeadTest {
  @Test
  void theDescriptionWins() {
    assertThat(ArticleLead.of("  Floods hit the valley. ", "It was the worst flooding in decades.")).isEqualTo("Floods hit the valley.");
  }

  @Test
  void withoutADescriptionTheFirstSentencesOfTheFirstParagraph() {
    String text = "The river burst its banks on Sunday. Hundreds of homes were flooded in the lower town, officials said."
        + " Rescue teams worked through the night to reach families trapped upstairs, and schools were closed. More rain"
        + " is expected on Tuesday.\n\nIt was the worst flooding in decades.";
    String lead = ArticleLead.of(null, text);
    assertThat(lead).startsWith("The river burst its banks on Sunday. Hundreds of homes")
        .endsWith("schools were closed.").doesNotContain("worst flooding");
  }

  @Test
  void aVeryLongFirstSentenceIsCutAtAWord() {
    String lead = ArticleLead.of("", "word ".repeat(200));
    assertThat(lead).hasSizeLessThanOrEqualTo(ArticleLead.MAX_CHARS + 1).endsWith("word\u2026");
  }

  @Test
  void nothingGivesNothing() {
    assertThat(ArticleLead.of(null, null)).isEmpty();
    assertThat(ArticleLead.of(" ", "\n ")).isEmpty();
  }
}
