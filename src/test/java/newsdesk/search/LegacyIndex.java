package newsdesk.search;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import newsdesk.store.StoredArticle;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;

/**
 * Writes an index as newsdesk did before the analysis version was recorded: {@link EnglishAnalyzer},
 * and only the last article id in the commit data. Tests of the upgrade path start from it.
 */
public final class LegacyIndex {
  private LegacyIndex() {}

  /** Writes {@code articles} into a new index in {@code folder}, as the old code did. */
  public static void write(Path folder, List<StoredArticle> articles) throws IOException {
    try (var dir = FSDirectory.open(folder);
        var writer = new IndexWriter(dir, new IndexWriterConfig(new EnglishAnalyzer()))) {
      long last = 0;
      for (StoredArticle a : articles) {
        writer.addDocument(ArticleFields.document(a, ArticleFields.TEXT_WITH_OFFSETS));
        last = Math.max(last, a.id());
      }
      writer.setLiveCommitData(Map.of("newsdesk.last_article_id", Long.toString(last)).entrySet());
      writer.commit();
    }
  }
}
