package newsdesk.cli;

import java.time.Clock;
import java.util.function.Supplier;
import newsdesk.config.DataDir;
import newsdesk.fetch.FetchConfig;
import newsdesk.fetch.HttpFetcher;
import newsdesk.pipeline.IndexSync;
import newsdesk.pipeline.Pipeline;
import newsdesk.pipeline.Progress;
import newsdesk.pipeline.StandardStages;
import newsdesk.search.ArticleIndex;
import newsdesk.search.IndexInUseException;
import newsdesk.search.LuceneArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.store.SqliteNewsStore;
import newsdesk.store.StoreException;

/**
 * An open data folder: the store and the index, closed together. How it opens depends on what the
 * command does, because only one process can write the Lucene index (a running {@code serve} or
 * {@code run} holds it) while SQLite serves several processes:
 * <ul>
 *   <li>{@link #forReading}: index read-only and only when asked for; database read-only when
 *       this process cannot write it;
 *   <li>{@link #forDatabase}: database only (changing sources needs no index);
 *   <li>{@link #forIngest}: database and index writer, the index caught up on open; when another
 *       process holds the index the command can still fill the database and leave indexing to it;
 *   <li>{@link #forReindex}: the index rebuilt in one commit, whatever state it is in, its lock held
 *       throughout.
 * </ul>
 * Every factory takes the command's {@link Clock}: the store stamps what it records itself with it
 * and {@link #pipeline} runs on it, so nothing below a command reads the system clock on its own.
 */
final class Workspace implements AutoCloseable {
  private final DataDir dir;
  private final NewsStore store;
  private final Supplier<ArticleIndex> opener;
  private final Clock clock;
  private ArticleIndex index;

  private Workspace(DataDir dir, NewsStore store, Supplier<ArticleIndex> opener, Clock clock) {
    this.dir = dir;
    this.store = store;
    this.opener = opener;
    this.clock = clock;
  }

  /**
   * For commands that only read: the index read-only, so they work while another process writes it.
   * The database opens as usual when this process can write it (so that an older schema is migrated
   * first), else read-only, so that a read-only copy of a data folder can still be read.
   */
  static Workspace forReading(DataDir dir, Clock clock) {
    NewsStore store;
    if (java.nio.file.Files.isWritable(dir.root()) && java.nio.file.Files.isWritable(dir.database())) {
      store = SqliteNewsStore.open(dir.database(), clock);
    } else {
      try {
        store = SqliteNewsStore.openReadOnly(dir.database());
      } catch (StoreException e) {
        throw new UserError(e.getMessage(), e);
      }
    }
    return new Workspace(dir, store, () -> LuceneArticleIndex.openReadOnly(dir.index()), clock);
  }

  /** The database only, for writing; {@link #index()} must not be called. */
  static Workspace forDatabase(DataDir dir, Clock clock) {
    return new Workspace(dir, SqliteNewsStore.open(dir.database(), clock), () -> {
      throw new IllegalStateException("this command opened the database only");
    }, clock);
  }

  /**
   * The database and the index writer, the index caught up with the database. When another process
   * holds the index: with {@code indexRequired} this fails with {@link IndexInUseException}, else
   * the index is opened read-only (the pipeline then leaves indexing to that process) and a note
   * says so on stderr.
   */
  static Workspace forIngest(DataDir dir, boolean indexRequired, Clock clock) {
    return withIndex(dir, clock, () -> {
      try {
        return new LuceneArticleIndex(dir.index());
      } catch (IndexInUseException e) {
        if (indexRequired) throw e;
        System.err.println("newsdesk: another newsdesk process (serve, run or reindex) is using " + dir.index()
            + "; new articles go to the database, and that process (or the next to open the index) indexes them.");
        return LuceneArticleIndex.openReadOnly(dir.index());
      }
    });
  }

  /**
   * The database and a new, empty index writer in place of the old index (even a damaged one), for
   * {@link IndexSync#rebuild}. The index is opened at once, and holds the folder's write lock until
   * {@link #close()}, so no {@code serve} or {@code run} can take it during the rebuild; it is not
   * caught up here, since the rebuild fills it in one commit.
   */
  static Workspace forReindex(DataDir dir, Clock clock) {
    Workspace ws = new Workspace(dir, SqliteNewsStore.open(dir.database(), clock), () -> LuceneArticleIndex.recreate(dir.index()), clock);
    try {
      ws.index();
      return ws;
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
  }

  private static Workspace withIndex(DataDir dir, Clock clock, Supplier<ArticleIndex> opener) {
    NewsStore store = SqliteNewsStore.open(dir.database(), clock);
    Workspace ws = new Workspace(dir, store, opener, clock);
    try {
      if (ws.index().outdated() && !ws.index().readOnly()) {
        System.err.println("newsdesk: the search index " + dir.index() + " was built by an older version of newsdesk; "
            + "rebuilding it from the database (searches answer from the old index until it is done)");
      } else if (!ws.index().readOnly() && new IndexSync(store, ws.index()).indexAhead()) {
        System.err.println("newsdesk: the search index " + dir.index() + " holds articles the database does not (was the "
            + "database restored from a backup?); rebuilding it from the database");
      }
      new IndexSync(store, ws.index()).catchUp();
      return ws;
    } catch (RuntimeException e) {
      ws.close();
      throw e;
    }
  }

  DataDir dir() {
    return dir;
  }

  NewsStore store() {
    return store;
  }

  /** The clock the command was given: the store stamps with it and the pipeline reads it. */
  Clock clock() {
    return clock;
  }

  /** The index, opened on first use. */
  synchronized ArticleIndex index() {
    if (index == null) index = opener.get();
    return index;
  }

  /** A pipeline over this workspace with the standard stages. */
  Pipeline pipeline(HttpFetcher fetcher, Progress progress) {
    return new Pipeline(store, index(), fetcher, StandardStages.create(), Pipeline.Config.defaults(), clock, progress);
  }

  static HttpFetcher fetcher(FetchConfig config) {
    return new HttpFetcher(config);
  }

  @Override
  public synchronized void close() {
    try {
      if (index != null) index.close();
    } finally {
      store.close();
    }
  }
}
