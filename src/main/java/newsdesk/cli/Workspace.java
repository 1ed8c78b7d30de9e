package newsdesk.cli;

import java.time.Clock;
import newsdesk.config.DataDir;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.pipeline.Pipeline;
import newsdesk.pipeline.Progress;
import newsdesk.pipeline.StandardStages;
import newsdesk.search.ArticleIndex;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.store.SqliteNewsStore;

/** An open data folder: the store and the index, closed together. */
final class Workspace implements AutoCloseable {
  private final NewsStore store;
  private final ArticleIndex index;

  private Workspace(NewsStore store, ArticleIndex index) {
    this.store = store;
    this.index = index;
  }

  static Workspace open(DataDir dir) {
    NewsStore store = SqliteNewsStore.open(dir.database());
    try {
      return new Workspace(store, new LuceneArticleIndex(dir.index()));
    } catch (RuntimeException e) {
      store.close();
      throw e;
    }
  }

  NewsStore store() {
    return store;
  }

  ArticleIndex index() {
    return index;
  }

  /** A pipeline over this workspace with the standard stages. */
  Pipeline pipeline(HttpFetcher fetcher, Progress progress) {
    return new Pipeline(store, index, fetcher, StandardStages.create(), Pipeline.Config.defaults(), Clock.systemUTC(), progress);
  }

  static HttpFetcher fetcher(FetchConfig config) {
    return new HttpFetcher(config);
  }

  @Override
  public void close() {
    try {
      index.close();
    } finally {
      store.close();
    }
  }
}
