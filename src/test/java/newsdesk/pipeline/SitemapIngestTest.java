package newsdesk.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import newsdesk.demo.DemoArticle;
import newsdesk.demo.DemoCorpus;
import newsdesk.demo.DemoSite;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.Source;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoredArticle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A site without a feed, followed through its news sitemap, ingests the pages the sitemap lists. */
class SitemapIngestTest {
  @TempDir Path dir;

  @Test
  void aSitemapSourceIngestsTheListedPages() {
    DemoCorpus corpus = DemoCorpus.load();
    List<DemoArticle> listed = corpus.articles().subList(0, 3);
    try (DemoSite site = DemoSite.start(corpus, 0);
        LocalServer maps = new LocalServer();
        SqliteNewsStore store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
        LuceneArticleIndex index = new LuceneArticleIndex(dir.resolve("index"));
        HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
            .withPoliteness(4, java.time.Duration.ZERO))) {
      StringBuilder xml = new StringBuilder("<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">");
      for (DemoArticle a : listed) {
        xml.append("<url><loc>").append(site.baseUrl().resolve(a.path().substring(1))).append("</loc><lastmod>")
            .append(Instant.now().minusSeconds(3600)).append("</lastmod></url>");
      }
      maps.route("/sitemap.xml", LocalServer.text(200, "application/xml", xml.append("</urlset>").toString()));
      Source source = store.addSource(maps.url("/sitemap.xml").toString(), SourcePoller.SITEMAP, null, null);

      Pipeline pipeline = new Pipeline(store, index, fetcher, StandardStages.create(), Pipeline.Config.defaults(),
          Clock.systemUTC(), Progress.NONE);
      IngestReport report = pipeline.ingest(List.of(source));

      assertThat(report.sourceErrors()).isEmpty();
      assertThat(report.added()).isEqualTo(3);
      assertThat(store.articlesAfter(0, 10)).extracting(StoredArticle::title)
          .containsExactlyInAnyOrderElementsOf(listed.stream().map(DemoArticle::title).toList());
      assertThat(store.articlesAfter(0, 10)).allSatisfy(a -> assertThat(a.textSource()).isEqualTo("page"));
      assertThat(pipeline.ingest(store.sources()).added()).isZero();
    }
  }
}
