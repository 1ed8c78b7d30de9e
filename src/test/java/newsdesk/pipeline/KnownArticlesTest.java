package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import newsdesk.dedup.UrlCanonicalizer;
import newsdesk.feed.FeedEntry;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When an entry's link agrees with a stored article's, so that its id may be trusted. */
class KnownArticlesTest {
  @TempDir Path dir;

  private static FeedEntry entry(String link) {
    return new FeedEntry("g-1", link, "t", null, null, List.of(), null, null, List.of(), null, null, List.of(), List.of(),
        List.of(), List.of(), List.of(), List.of(), null, null, null, null);
  }

  private static StoredArticle stored(String url, String canonical) {
    return new StoredArticle(1, "a-1", 1L, "g-1", url, canonical, "x", "t", List.of(), null, Instant.EPOCH, null, null, null,
        "text", "page", "h", null, null);
  }

  @Test
  void linksAgreeByCanonicalUrlOrStoredLinkWhateverTheSchemeOrTracking() {
    try (SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("n.db"))) {
      KnownArticles known = new KnownArticles(store, UrlCanonicalizer.withBundledRules());
      StoredArticle a = stored("https://x.example/story.html", "https://x.example/2026/story-declared");
      assertThat(known.sameLink(a, entry("https://x.example/story.html?utm_source=rss#top"))).isTrue();
      assertThat(known.sameLink(a, entry("http://www.x.example/story.html"))).isTrue();
      assertThat(known.sameLink(a, entry("https://x.example/2026/story-declared"))).isTrue();
      assertThat(known.sameLink(a, entry("https://x.example/other.html"))).isFalse();
      assertThat(known.sameLink(a, entry(null))).as("no link: nothing to disagree with").isTrue();
      assertThat(known.sameLink(stored("", "https://x.example/feed#entry=g-1"), entry("https://x.example/a"))).isTrue();
      StoredArticle route = stored("https://x.example/#!/story/1", "https://x.example/");
      assertThat(known.sameLink(route, entry("https://x.example/#!/story/1"))).isTrue();
      assertThat(known.sameLink(route, entry("https://x.example/#!/story/2"))).isFalse();
    }
  }
}
