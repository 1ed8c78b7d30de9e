package newsdesk.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A story whose article has no link still names its outlet in the text and Markdown digests. */
class LinklessCardTest {
  private static final Instant T = Instant.parse("2026-11-29T10:00:00Z");

  private static List<DigestStory> story(String outlet) {
    return List.of(new DigestStory("s-1", "Gasworks to become a park", List.of("Voters approved the plan."), List.of(),
        new DigestStory.Link(outlet, null), List.of(new DigestStory.Coverage(outlet, null, "Gasworks park", T)),
        List.of(), T, T));
  }

  @Test
  void textCardsNameTheOutlet() {
    assertThat(new TextDigestRenderer().render(story("Gazette Européenne")))
        .isEqualTo("Gasworks to become a park\n2026-11-29\nVoters approved the plan.\nFrom Gazette Européenne\n");
  }

  @Test
  void markdownCardsNameTheOutlet() {
    assertThat(new MarkdownDigestRenderer().render(story("Gazette_Européenne")))
        .isEqualTo("## Gasworks to become a park\n\n2026-11-29\n\nVoters approved the plan.\n\nFrom Gazette\\_Européenne\n\n");
  }

  @Test
  void anArticleWithNeitherLinkNorOutletGetsNoLine() {
    assertThat(new TextDigestRenderer().render(story(null))).isEqualTo("Gasworks to become a park\n2026-11-29\nVoters approved the plan.\n");
    assertThat(new MarkdownDigestRenderer().render(story(" "))).doesNotContain("From");
  }
}
