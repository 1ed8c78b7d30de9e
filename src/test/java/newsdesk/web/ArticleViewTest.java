package newsdesk.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;

class ArticleViewTest {
  private static final Instant FETCHED = Instant.parse("2026-11-29T22:05:40Z");

  private static StoredArticle article(Instant published) {
    return new StoredArticle(1, "a-1", null, null, "https://example.org/1", "https://example.org/1", "Outlet", "Title",
        List.of(), published, FETCHED, "en", null, null, "Text", "page", "h", null, "s-1");
  }

  @Test
  void anUndatedArticleIsLabelledFirstSeenAtItsFetchTime() {
    ArticleView undated = ArticleView.of(article(null), 1);
    assertThat(undated.time()).isEqualTo(FETCHED);
    assertThat(undated.timeLabel()).isEqualTo("first seen 29 Nov 2026, 22:05 UTC");
    ArticleView dated = ArticleView.of(article(Instant.parse("2026-11-29T08:00:00Z")), 1);
    assertThat(dated.timeLabel()).isEqualTo("29 Nov 2026, 08:00 UTC");
  }

  @Test
  void theTimelineSaysFirstSeenAsTheCoverageListDoes() {
    assertThat(ArticleView.of(article(null), 1).timelineLabel()).isEqualTo("first seen 22:05");
    assertThat(ArticleView.of(article(Instant.parse("2026-11-29T08:00:00Z")), 1).timelineLabel()).isEqualTo("08:00");
  }

  private static StoredArticle dayOnly(Instant published) {
    return new StoredArticle(1, "a-1", null, null, "https://example.org/1", "https://example.org/1", "Outlet", "Title",
        List.of(), published, FETCHED, "en", null, null, "Text", "page", "h", null, "s-1", null, null, false, null, null,
        true);
  }

  @Test
  void aDayOnlyDateShowsTheDayWithoutATimeOfDay() {
    ArticleView v = ArticleView.of(dayOnly(Instant.parse("2020-08-25T00:00:00Z")), 1);
    assertThat(v.dayOnly()).isTrue();
    assertThat(v.timeLabel()).isEqualTo("25 Aug 2020");
    assertThat(v.timelineLabel()).isEmpty();
    assertThat(v.datetime()).isEqualTo("2020-08-25");
    assertThat(v.day()).isEqualTo("2020-08-25");
  }

  @Test
  void aMidnightGivenWithItsTimeStillShowsTheTime() {
    ArticleView v = ArticleView.of(article(Instant.parse("2020-08-25T00:00:00Z")), 1);
    assertThat(v.timeLabel()).isEqualTo("25 Aug 2020, 00:00 UTC");
    assertThat(v.timelineLabel()).isEqualTo("00:00");
    assertThat(v.datetime()).isEqualTo("2020-08-25T00:00:00Z");
  }

  @Test
  void anUndatedArticleIsNeverDayOnly() {
    // No publication day was given: the fetch time is a time newsdesk knows.
    ArticleView v = ArticleView.of(dayOnly(null), 1);
    assertThat(v.dayOnly()).isFalse();
    assertThat(v.timeLabel()).isEqualTo("first seen 29 Nov 2026, 22:05 UTC");
  }
}
