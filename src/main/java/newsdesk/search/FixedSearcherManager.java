package newsdesk.search;

import java.io.IOException;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ReferenceManager;

/**
 * Hands out one searcher over a reader that never changes: the snapshot a read-only
 * {@link LuceneArticleIndex} searches. Closing it closes the reader once no search holds it.
 */
final class FixedSearcherManager extends ReferenceManager<IndexSearcher> {
  FixedSearcherManager(IndexSearcher searcher) {
    current = searcher;
  }

  @Override
  protected void decRef(IndexSearcher reference) throws IOException {
    reference.getIndexReader().decRef();
  }

  @Override
  protected IndexSearcher refreshIfNeeded(IndexSearcher referenceToRefresh) {
    return null; // a snapshot: nothing to refresh
  }

  @Override
  protected boolean tryIncRef(IndexSearcher reference) {
    return reference.getIndexReader().tryIncRef();
  }

  @Override
  protected int getRefCount(IndexSearcher reference) {
    return reference.getIndexReader().getRefCount();
  }
}
