package newsdesk.pipeline;

import java.util.List;
import newsdesk.search.ArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;

/**
 * Keeps the search index in step with the store: indexes every article above the index's
 * committed high-water mark. After a crash this indexes exactly the missing tail.
 */
public final class IndexSync {
  private static final int BATCH = 500;

  private final NewsStore store;
  private final ArticleIndex index;

  public IndexSync(NewsStore store, ArticleIndex index) {
    this.store = store;
    this.index = index;
  }

  /**
   * Indexes what the index lacks; returns how many articles were indexed. A {@linkplain
   * ArticleIndex#readOnly() read-only} index is left to the process that writes it (0). An
   * {@linkplain ArticleIndex#outdated() outdated} index (built by an older text analysis) is
   * {@linkplain #rebuild() rebuilt} whole, since its documents would not match current queries.
   */
  public int catchUp() {
    if (index.readOnly()) return 0;
    if (index.outdated()) return rebuild();
    int total = 0;
    while (true) {
      List<StoredArticle> batch = store.articlesAfter(index.indexedThrough(), BATCH);
      if (batch.isEmpty()) return total;
      index.add(batch);
      total += batch.size();
    }
  }

  /**
   * Builds the index again from the store, in one commit ({@link ArticleIndex#replaceAll}): readers
   * see the old index until the new one is complete. Returns how many articles were indexed.
   */
  public int rebuild() {
    return index.replaceAll(after -> store.articlesAfter(after, BATCH));
  }
}
