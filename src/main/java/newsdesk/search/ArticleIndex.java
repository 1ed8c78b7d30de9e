package newsdesk.search;

import java.util.List;
import newsdesk.store.StoredArticle;

/**
 * Full-text index of stored articles, derived from the store: it can always be rebuilt from it.
 * {@link #indexedThrough()} is the highest article id whose document is durably committed, so
 * that after a crash the missing tail is indexed again and nothing twice.
 */
public interface ArticleIndex extends AutoCloseable {
  /** Adds or replaces the documents of {@code articles} and commits them durably. */
  void add(List<StoredArticle> articles);

  /** Highest article id committed to the index (0 when empty). */
  long indexedThrough();

  /**
   * The public id of article {@link #indexedThrough()} as the index recorded it when it committed
   * that article; null when the index is empty or does not know (built before it was recorded).
   * A store whose article of that id has another public id, or none, is not the store the index
   * was built from (restored from an older backup): the index must be rebuilt.
   */
  default String indexedThroughPublicId() {
    return null;
  }

  /** Number of documents in the index. */
  int size();

  /**
   * Whether this index can only be searched (opened without the write lock, because another process
   * writes it): {@link #add} and {@link #clear} then throw, and the writing process indexes what the
   * store holds beyond {@link #indexedThrough()}.
   */
  default boolean readOnly() {
    return false;
  }

  /**
   * Whether the index was built by an older version of its text analysis and must be rebuilt
   * ({@link #replaceAll}) to match queries as the current version does. Until then it is searched
   * as it was built, and (when writable) {@link #add} refuses to add to it.
   */
  default boolean outdated() {
    return false;
  }

  /** Deletes every document (and commits). */
  void clear();

  /**
   * Replaces every document with the articles that {@code batchAfter} gives, in one commit at the
   * end: a reader sees the old documents until all the new ones are there, never a half-built
   * index. {@code batchAfter} is given 0, then the highest id added so far, until it returns an
   * empty batch (as {@code NewsStore.articlesAfter} does). Returns how many articles were added.
   */
  int replaceAll(java.util.function.LongFunction<List<StoredArticle>> batchAfter);

  /**
   * Articles matching {@code query} (the usual query syntax: words, "phrases", AND/OR, -not; a query
   * of only exclusions matches every other article). A blank or unreadable query throws
   * {@link InvalidQueryException}.
   */
  List<SearchHit> search(String query, int limit);

  /**
   * Articles matching {@code query} and {@code filter}, skipping the first {@code offset}, at most
   * {@code limit}. A blank query matches every article the filter lets through (none when the
   * filter restricts nothing). An unreadable query throws {@link InvalidQueryException}.
   */
  List<SearchHit> search(String query, SearchFilter filter, int offset, int limit);

  /**
   * As {@link #search(String, SearchFilter, int, int)}, a page at a time by keyset: at most
   * {@code limit} hits strictly after {@code after} (null: from the first) in the search's order
   * (relevance when the query has words and the filter asks no time order, else newest first; see
   * {@link SearchCursor} for the order and what changes between pages do). A cursor of the other
   * order throws {@link SearchCursor.WrongOrderException}.
   */
  SearchPage searchAfter(String query, SearchFilter filter, SearchCursor after, int limit);

  /**
   * Throws {@link InvalidQueryException} (with a short message for the reader) when {@code query}
   * cannot be searched, as {@link #search} would; used to refuse a saved search before it is stored.
   */
  void checkQuery(String query);

  @Override
  void close();
}
