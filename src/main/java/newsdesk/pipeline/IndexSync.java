package newsdesk.pipeline;

import java.util.List;
import newsdesk.search.ArticleIndex;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;

/**
 * Keeps the search index in step with the store: indexes every article above the index's
 * committed high-water mark, then replaces the documents of articles rewritten since (an updated
 * feed entry; {@link NewsStore#articlesToReindex}). After a crash this indexes exactly the missing
 * tail and every rewritten article whose new document was not committed.
 *
 * <p>Catch-ups and rebuilds of one index run one at a time, whichever {@code IndexSync} asks (serve's
 * periodic thread, {@code Retention} and the {@code Pipeline} each have their own): they lock the
 * {@link ArticleIndex} instance. Otherwise one could read an article from the store, another read
 * and index its newer version (a pruned body, a rewritten entry) and clear its mark, and the first
 * then write the stale document over it, bringing deleted text back into search.
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
   * {@linkplain #rebuild() rebuilt} whole, since its documents would not match current queries; so
   * is an index {@linkplain #indexAhead() ahead of the store} (the database was restored from an
   * older backup), whose high-water mark would otherwise skip every article stored since.
   */
  public int catchUp() {
    if (index.readOnly()) return 0;
    synchronized (index) {
      if (index.outdated() || indexAhead()) return rebuild();
      int total = 0;
      while (true) {
        List<StoredArticle> batch = store.articlesAfter(index.indexedThrough(), BATCH);
        if (batch.isEmpty()) break;
        index.add(batch);
        total += batch.size();
      }
      return total + reindexRewritten();
    }
  }

  /**
   * Whether the index holds articles this store does not: its high-water mark is above the store's
   * highest article id, or the store's article of that id is not the one the index recorded (a
   * database restored from an older backup and written since, reusing the ids). Article rows are
   * never deleted, so neither happens to an index built from this store.
   */
  public boolean indexAhead() {
    long through = index.indexedThrough();
    if (through == 0) return false;
    if (through > store.maxArticleId()) return true;
    String recorded = index.indexedThroughPublicId();
    return recorded != null && !store.article(through).map(StoredArticle::publicId).orElse("").equals(recorded);
  }

  /**
   * Replaces the documents of articles rewritten from an updated feed entry. Only those the index
   * has reached: adding a later one would move the high-water mark past articles not indexed yet
   * (the tail indexes it, and a later call clears its mark). The marks are cleared after the index
   * committed, so a crash in between indexes them again, never loses one; and only for the versions
   * indexed, so an article rewritten again meanwhile (a {@code fetch} beside {@code serve}) keeps
   * its mark.
   */
  private int reindexRewritten() {
    int total = 0;
    while (true) {
      List<StoredArticle> batch = store.articlesToReindex(index.indexedThrough(), BATCH);
      if (batch.isEmpty()) return total;
      index.add(batch);
      store.reindexed(batch);
      total += batch.size();
    }
  }

  /**
   * Builds the index again from the store, in one commit ({@link ArticleIndex#replaceAll}): readers
   * see the old index until the new one is complete. Returns how many articles were indexed.
   */
  public int rebuild() {
    synchronized (index) {
      return index.replaceAll(after -> store.articlesAfter(after, BATCH));
    }
  }
}
