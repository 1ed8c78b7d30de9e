package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsdesk.publish.DigestStory;
import org.junit.jupiter.api.Test;

/** The web card is dated as the text card is: its newest article's day, and a later correction's as a note. */
class FrontItemDateTest {
  private static final Instant NOV_27 = Instant.parse("2026-11-27T09:00:00Z");

  private static DigestStory story(Instant updated, Instant lastPublished, List<DigestStory.Coverage> outlets) {
    return new DigestStory("s-1", "Plan approved", List.of("Text."), List.of(), null, outlets, List.of(), NOV_27, updated,
        null, lastPublished);
  }

  @Test
  void aCorrectionDaysLaterIsANoteNotTheCardsDay() {
    FrontItem corrected = FrontItem.of(story(Instant.parse("2026-11-30T16:00:00Z"), NOV_27,
        List.of(new DigestStory.Coverage("Outlet", "https://example.org/1", "Plan", NOV_27))), false);
    assertThat(corrected.dateLabel()).isEqualTo("2026-11-27 (updated 2026-11-30)");
    FrontItem plain = FrontItem.of(story(NOV_27, NOV_27,
        List.of(new DigestStory.Coverage("Outlet", "https://example.org/1", "Plan", NOV_27))), false);
    assertThat(plain.dateLabel()).isEqualTo("2026-11-27");
  }

  @Test
  void anUndatedArticleStillReadsFirstSeenWhenCorrectedLater() {
    FrontItem item = FrontItem.of(story(Instant.parse("2026-11-30T16:00:00Z"), NOV_27,
        List.of(new DigestStory.Coverage("Outlet", "https://example.org/1", "Plan", null, NOV_27))), false);
    assertThat(item.dateLabel()).isEqualTo(ArticleView.FIRST_SEEN + "2026-11-27 (updated 2026-11-30)");
  }
}
