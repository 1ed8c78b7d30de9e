package newsdesk.dedup;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import newsdesk.extract.Article;
import org.junit.jupiter.api.Test;

class DuplicateDetectorTest {
  private static Article article(String url, String canonical, String title, String text) {
    return new Article(url, canonical, title, List.of(), null, null, "en", null, null, text);
  }

  @Test
  void aSyndicatedCopyOnAnotherSiteIsAttachedToTheOriginal() {
    DuplicateDetector detector = DuplicateDetector.withDefaults();
    DedupResult first = detector.check("1", article("https://www.courier.example/news/flood?utm_source=rss",
        null, "Millbrook flooded", SampleTexts.FLOOD));
    DedupResult copy = detector.check("2", article("https://m.ledger.example/world/flood-millbrook/amp/",
        "https://ledger.example/world/flood-millbrook", "River bursts its banks", SampleTexts.FLOOD_SYNDICATED));
    assertThat(first.isNewArticle()).isTrue();
    assertThat(first.canonicalUrl()).isEqualTo("https://courier.example/news/flood");
    assertThat(copy.isNewArticle()).isFalse();
    assertThat(copy.canonicalUrl()).isEqualTo("https://ledger.example/world/flood-millbrook");
    assertThat(copy.duplicateOf()).get().extracting(DuplicateMatch::originalId).isEqualTo("1");
  }

  @Test
  void aPageWithoutContentNeverJoinsAndIsNeverAnOriginal() {
    DuplicateDetector detector = DuplicateDetector.withDefaults();
    DedupResult wall = detector.check("1", article("https://a.example/x", null, "News", SampleTexts.COOKIE_WALL));
    DedupResult wall2 = detector.check("2", article("https://b.example/y", null, "News", SampleTexts.COOKIE_WALL));
    DedupResult empty = detector.check("3", article("https://b.example/z", null, null, null));
    assertThat(wall.isNewArticle()).isFalse();
    assertThat(wall.content().status()).isEqualTo(ContentVerdict.Status.NO_CONTENT_PAGE);
    assertThat(wall2.duplicateOf()).isEmpty();
    assertThat(empty.content().status()).isEqualTo(ContentVerdict.Status.EMPTY);
  }
}
