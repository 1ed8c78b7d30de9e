package newsdesk.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import newsdesk.demo.DemoCorpus;
import newsdesk.demo.DemoSite;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.Source;

/** A demo site on loopback and a fresh data folder with the standard pipeline over it. */
final class DemoFixture implements AutoCloseable {
  final DemoCorpus corpus = DemoCorpus.load();
  final DemoSite site = DemoSite.start(corpus, 0);
  final SqliteNewsStore store;
  final LuceneArticleIndex index;
  final HttpFetcher fetcher;

  DemoFixture(Path dir) {
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
    // Tests also serve other outlets from loopback, which the fetcher refuses by default.
    fetcher = new HttpFetcher(FetchConfig.defaults().withMirrors(Map.of(DemoCorpus.ORIGIN, site.baseUrl().toString()))
        .withAllowPrivateNetwork(true));
  }

  Pipeline pipeline() {
    return new Pipeline(store, index, fetcher, StandardStages.create(), Pipeline.Config.defaults(), Clock.systemUTC(),
        Progress.NONE);
  }

  List<Source> subscribe(String... slugs) {
    return java.util.Arrays.stream(slugs)
        .map(slug -> store.addSource(site.feedUrl(slug).toString(), "demo", "demo:wikinews:" + slug, null)).toList();
  }

  @Override
  public void close() {
    fetcher.close();
    index.close();
    store.close();
    site.close();
  }
}
