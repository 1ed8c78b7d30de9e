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
}
