package newsdesk.pipeline;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.fetch.LocalServer;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.SqliteNewsStore;

/** A loopback server for hand-made feeds and pages, and a fresh data folder to ingest them into. */
final class LoopbackFixture implements AutoCloseable {
  final LocalServer server = new LocalServer();
  final HttpFetcher fetcher = new HttpFetcher(FetchConfig.defaults().withAllowPrivateNetwork(true)
      .withRetries(0, Duration.ZERO, Duration.ZERO).withPoliteness(4, Duration.ZERO));
  final SqliteNewsStore store;
  final LuceneArticleIndex index;

  LoopbackFixture(Path dir) {
    store = SqliteNewsStore.open(dir.resolve("newsdesk.db"));
    index = new LuceneArticleIndex(dir.resolve("index"));
  }

  /** A pipeline over this folder with {@code stages} (a new run: it resumes from the store). */
  Pipeline pipeline(Stages stages) {
    return new Pipeline(store, index, fetcher, stages, Pipeline.Config.defaults(), Clock.systemUTC(), Progress.NONE);
  }

  @Override
  public void close() {
    index.close();
    store.close();
    fetcher.close();
    server.close();
  }
}
