package newsdesk.store;

import java.util.function.Supplier;

/**
 * Storage of sources, articles, stories, briefs and related stories: the source of truth. The
 * embedded implementation is {@link SqliteNewsStore}; a server database can implement the same
 * interface. Implementations are thread-safe; {@link #inTransaction} makes a group of writes
 * atomic and durable (all or nothing after a crash).
 *
 * <p>The calls are grouped by role: {@link SourceStore}, {@link ArticleStore}, {@link StoryStore}
 * and {@link WebStore}.
 */
public interface NewsStore extends SourceStore, ArticleStore, StoryStore, WebStore, AutoCloseable {

  /** Runs {@code work} in one transaction: committed when it returns, rolled back when it throws. */
  <T> T inTransaction(Supplier<T> work);

  @Override
  void close();
}
