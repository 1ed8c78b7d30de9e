package newsdesk.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;

/**
 * Reads a page of search results as {@link SearchHit}s: each document's stored id and title, and a
 * snippet, the best passage of its text highlighted when the query has words, else the text's lead.
 */
final class HitReader {
  private final QueryAnalysis analysis;
  private final IndexSearcher searcher;

  /** Reads the documents of {@code searcher}, highlighting with {@code analysis} (the one the query was parsed with). */
  HitReader(QueryAnalysis analysis, IndexSearcher searcher) {
    this.analysis = analysis;
    this.searcher = searcher;
  }

  /** The hits of {@code page}, with snippets highlighted when the query has words. */
  List<SearchHit> hits(Query text, boolean words, ScoreDoc[] page) throws IOException {
    int[] docIds = Arrays.stream(page).mapToInt(s -> s.doc).toArray();
    @SuppressWarnings("unchecked")
    List<SearchHit.Part>[] snippets = words ? analysis.highlighter(searcher).snippets(ArticleFields.TEXT, text, docIds) : new List[page.length];
    List<SearchHit> hits = new ArrayList<>();
    var stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      Document d = stored.document(page[i].doc);
      float score = Float.isNaN(page[i].score) ? 0f : page[i].score;
      hits.add(snippets[i] != null
          ? new SearchHit(d.get(ArticleFields.ID), score, d.get(ArticleFields.TITLE), SearchHit.tidy(snippets[i]))
          : SearchHit.unmarked(d.get(ArticleFields.ID), score, d.get(ArticleFields.TITLE), ArticleFields.leadOf(d.get(ArticleFields.TEXT))));
    }
    return hits;
  }
}
