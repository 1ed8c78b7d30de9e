package newsdesk.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ReferenceManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Runs a parsed query on the searchers of a {@link LuceneArticleIndex} and serves one page of its
 * hits: from an offset ({@link #page}) or after a cursor ({@link #after}). A search holds one
 * searcher from acquiring it to releasing it, even when it fails; an I/O failure names the index
 * folder.
 */
final class PagedSearch {
  /** How far past where it was a relevance cursor's hit is looked for again ({@link #after}). */
  static final int RELOCATE_SLACK = 100;

  private final ReferenceManager<IndexSearcher> searchers;
  private final Path folder;

  /** Searches with {@code searchers}, those of the index in {@code folder}. */
  PagedSearch(ReferenceManager<IndexSearcher> searchers, Path folder) {
    this.searchers = searchers;
    this.folder = folder;
  }

  /** A search on one acquired searcher. */
  private interface SearcherWork<T> {
    T run(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.run(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("search failed in index " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * The hits of {@code parsed} (parsed with {@code used}) within {@code filter}, {@code offset}
   * through {@code offset + limit}: newest first when the filter asks for it or the query has no
   * words, else by relevance.
   */
  List<SearchHit> page(QueryAnalysis used, UserQueryParser.UserQuery parsed, SearchFilter filter, int offset, int limit) {
    if (filter.articleIds() != null && filter.articleIds().isEmpty()) return List.of();
    boolean words = parsed.findsWords();
    Query text = parsed.query();
    return withSearcher(searcher -> {
      Query query = ArticleFields.filtered(text, filter, searcher.getIndexReader());
      int wanted = (int) Math.min(Integer.MAX_VALUE, (long) offset + limit);
      TopDocs all = filter.newestFirst() || !words
          ? searcher.search(query, wanted, new Sort(new SortField(ArticleFields.TIME, SortField.Type.LONG, true)))
          : searcher.search(query, wanted);
      ScoreDoc[] page = Arrays.copyOfRange(all.scoreDocs, Math.min(offset, all.scoreDocs.length), all.scoreDocs.length);
      return new HitReader(used, searcher).hits(text, words, page);
    });
  }

  /**
   * The page of {@link LuceneArticleIndex#searchAfter} (whose contract says how each order continues)
   * for {@code parsed}, parsed with {@code used}: throws {@link SearchCursor.WrongOrderException} when
   * {@code after} belongs to the other order.
   */
  SearchPage after(QueryAnalysis used, UserQueryParser.UserQuery parsed, SearchFilter filter, SearchCursor after, int limit) {
    boolean words = parsed.findsWords();
    SearchCursor.Order order = filter.newestFirst() || !words ? SearchCursor.Order.TIME : SearchCursor.Order.SCORE;
    if (after != null && after.order() != order) {
      throw new SearchCursor.WrongOrderException("the cursor belongs to a search in " + after.order() + " order, this one is in " + order + " order");
    }
    if (filter.articleIds() != null && filter.articleIds().isEmpty()) return new SearchPage(List.of(), null);
    SortField byId = new SortField(ArticleFields.ID, SortField.Type.STRING);
    byId.setMissingValue(SortField.STRING_LAST);
    SortField byTime = new SortField(ArticleFields.TIME, SortField.Type.LONG, true);
    byTime.setMissingValue(SearchCursor.UNDATED);
    boolean byScore = order == SearchCursor.Order.SCORE;
    Sort sort = byScore ? new Sort(SortField.FIELD_SCORE, byId) : new Sort(byTime, byId);
    Query text = parsed.query();
    return withSearcher(searcher -> {
      Query query = ArticleFields.filtered(text, filter, searcher.getIndexReader());
      ScoreDoc[] docs = null;
      int start = 0;
      if (after != null && byScore) {
        int wanted = (int) Math.min(Integer.MAX_VALUE - 2L, (long) after.served() + limit + RELOCATE_SLACK);
        ScoreDoc[] ranked = searcher.search(query, wanted, sort, true).scoreDocs;
        int at = indexOf(ranked, after.articleId());
        // Gone from the results (rewritten, or past the slack): as many as were served are skipped.
        start = at >= 0 ? at + 1 : after.served();
        if (start + limit + 1 > ranked.length && ranked.length == wanted) ranked = searcher.search(query, start + limit + 1, sort, true).scoreDocs;
        docs = ranked;
      }
      if (docs == null) {
        // Lucene breaks a tie of every sort key by document number, after the given one: the
        // highest there is, so that the cursor's own hit (same keys) is never served again.
        int lastDoc = Math.max(0, searcher.getIndexReader().maxDoc() - 1);
        FieldDoc from = after == null ? null : new FieldDoc(lastDoc, Float.NaN, new Object[] {
            byScore ? (Object) after.score() : (Object) after.value(), new BytesRef(after.articleId())});
        docs = searcher.searchAfter(from, query, limit + 1, sort, byScore).scoreDocs;
      }
      ScoreDoc[] page = Arrays.copyOfRange(docs, Math.min(start, docs.length), Math.min(start + limit, docs.length));
      List<SearchHit> hits = new HitReader(used, searcher).hits(text, words, page);
      SearchCursor next = null;
      if (docs.length > start + limit) {
        FieldDoc last = (FieldDoc) page[page.length - 1];
        String id = hits.getLast().articleId();
        int served = (int) Math.min(Integer.MAX_VALUE, (after == null ? 0L : after.served()) + page.length);
        next = byScore ? SearchCursor.afterScore((Float) last.fields[0], served, id) : SearchCursor.afterTime((Long) last.fields[0], served, id);
      }
      return new SearchPage(hits, next);
    });
  }

  /** Where the hit of {@code articleId} is among {@code ranked} (sorted with the id as last key), or -1. */
  private static int indexOf(ScoreDoc[] ranked, String articleId) {
    BytesRef id = new BytesRef(articleId);
    for (int i = 0; i < ranked.length; i++) {
      if (id.equals(((FieldDoc) ranked[i]).fields[1])) return i;
    }
    return -1;
  }
}
