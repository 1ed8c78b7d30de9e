package newsdesk.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * How an index is searched: the {@link IndexAnalysis} version that built it, its analyzer (for the
 * query and the highlighter) and the query parser over the article fields. Matches are the
 * offsets the index recorded, so in the text as written, carried as {@link SearchHit.Part}s.
 */
record QueryAnalysis(int version, Analyzer analyzer, UserQueryParser queryParser) {
  /** The analysis of {@code version}, searching the title (weight 2) and the text (weight 1). */
  static QueryAnalysis of(int version) {
    Analyzer analyzer = IndexAnalysis.of(version);
    return new QueryAnalysis(version, analyzer, new UserQueryParser(analyzer, Map.of(ArticleFields.TITLE, 2f, ArticleFields.TEXT, 1f)));
  }

  /**
   * The analysis to search an index with: the one that built its documents (as its last commit
   * says), or the current one when it has none (an empty index is filled with the current one).
   */
  static QueryAnalysis forIndex(int documents, CommitData committed) {
    return of(documents == 0 ? IndexAnalysis.CURRENT : committed.analysisVersion());
  }

  /** Whether this is the analysis this code indexes with. */
  boolean current() {
    return version == IndexAnalysis.CURRENT;
  }

  /** A highlighter over {@code searcher}'s documents, giving {@link SnippetFormatter} parts. */
  SnippetHighlighter highlighter(IndexSearcher searcher) {
    // Lucene looks only at a body's first 10,000 characters by default, so a long article matched
    // further in showed its opening with nothing highlighted; bodies are capped at fetch time.
    return new SnippetHighlighter(UnifiedHighlighter.builder(searcher, analyzer).withMaxLength(Integer.MAX_VALUE - 1)
        .withFormatter(new SnippetFormatter()));
  }
}
