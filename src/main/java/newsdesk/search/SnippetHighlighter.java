package newsdesk.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * A unified highlighter whose snippets are the {@link SnippetFormatter}'s parts, not strings (Lucene
 * offers the formatter's objects only to subclasses).
 */
final class SnippetHighlighter extends UnifiedHighlighter {
  SnippetHighlighter(Builder builder) {
    super(builder);
  }

  /**
   * The best passage of {@code field} in each of {@code docIds} (in that order) as parts; null for a
   * document with nothing to show.
   */
  @SuppressWarnings("unchecked")
  List<SearchHit.Part>[] snippets(String field, Query query, int[] docIds) throws IOException {
    int[] one = {1};
    Object[] formatted = highlightFieldsAsObjects(new String[] {field}, query, docIds, one).get(field);
    List<SearchHit.Part>[] out = new List[docIds.length];
    for (int i = 0; i < out.length; i++) out[i] = (List<SearchHit.Part>) formatted[i];
    return out;
  }
}
