package newsdesk.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import newsdesk.feed.FeedEntry;
import org.junit.jupiter.api.Test;

class SitemapReaderTest {
  private static final Instant NOW = Instant.parse("2026-11-29T12:00:00Z");
  private static final URI URL = URI.create("https://news.example/news-sitemap.xml");

  static final String NEWS = """
      <?xml version="1.0" encoding="UTF-8"?>
      <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"
              xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
        <url><loc>https://news.example/2026/11/28/older</loc>
          <news:news><news:publication><news:name>Example News</news:name><news:language>en</news:language></news:publication>
            <news:publication_date>2026-11-28T08:00:00Z</news:publication_date><news:title>Older story</news:title>
            <news:keywords>budget, parliament</news:keywords></news:news></url>
        <url><loc>https://news.example/2026/11/29/newer</loc>
          <news:news><news:publication><news:name>Example News</news:name><news:language>en</news:language></news:publication>
            <news:publication_date>2026-11-29T09:30:00Z</news:publication_date><news:title>Newer story</news:title></news:news></url>
        <url><loc>https://news.example/2025/01/01/ancient</loc><lastmod>2025-01-01</lastmod></url>
      </urlset>
      """;

  @Test
  void readsRecentNewsUrlsNewestFirst() throws Exception {
    SitemapReader.Sitemap map = SitemapReader.defaults().read(NEWS.getBytes(StandardCharsets.UTF_8), "application/xml", URL, NOW);
    assertThat(map.news()).isTrue();
    assertThat(map.isIndex()).isFalse();
    assertThat(map.entries()).extracting(FeedEntry::title).containsExactly("Newer story", "Older story");
    FeedEntry older = map.entries().get(1);
    assertThat(older.link()).isEqualTo("https://news.example/2026/11/28/older");
    assertThat(older.id()).isEqualTo(older.link());
    assertThat(older.published()).isEqualTo(Instant.parse("2026-11-28T08:00:00Z"));
    assertThat(older.categories()).containsExactly("budget", "parliament");
  }

  @Test
  void keepsAtMostMaxEntries() throws Exception {
    SitemapReader.Sitemap map = new SitemapReader(1, Duration.ofDays(7), 1 << 20).read(NEWS.getBytes(StandardCharsets.UTF_8), null, URL, NOW);
    assertThat(map.entries()).extracting(FeedEntry::title).containsExactly("Newer story");
  }

  @Test
  void anIndexListsItsSitemapsNewestFirst() throws Exception {
    String index = """
        <?xml version="1.0" encoding="UTF-8"?>
        <sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
          <sitemap><loc>https://news.example/sitemap-2026-10.xml</loc><lastmod>2026-10-31</lastmod></sitemap>
          <sitemap><loc>https://news.example/sitemap-2026-11.xml</loc><lastmod>2026-11-29</lastmod></sitemap>
        </sitemapindex>
        """;
    SitemapReader.Sitemap map = SitemapReader.defaults().read(index.getBytes(StandardCharsets.UTF_8), "text/xml", URL, NOW);
    assertThat(map.isIndex()).isTrue();
    assertThat(map.children()).containsExactly(URI.create("https://news.example/sitemap-2026-11.xml"),
        URI.create("https://news.example/sitemap-2026-10.xml"));
  }

  @Test
  void garbageIsAnError() {
    assertThatThrownBy(() -> SitemapReader.defaults().read("<html><body>hi</body></html>".getBytes(StandardCharsets.UTF_8),
        "application/xml", URL, NOW)).isInstanceOf(SitemapException.class).hasMessageContaining(URL.toString());
  }

  @Test
  void externalEntitiesAreNeverRead() {
    String xxe = """
        <?xml version="1.0"?>
        <!DOCTYPE urlset [<!ENTITY x SYSTEM "file:///etc/hostname">]>
        <urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>https://news.example/&x;</loc></url></urlset>
        """;
    try {
      SitemapReader.Sitemap map = SitemapReader.defaults().read(xxe.getBytes(StandardCharsets.UTF_8), "application/xml", URL, NOW);
      assertThat(map.entries()).allSatisfy(e -> assertThat(e.link()).isEqualTo("https://news.example/"));
    } catch (SitemapException e) {
      assertThat(e).hasMessageContaining("not a readable sitemap");
    }
  }
}
