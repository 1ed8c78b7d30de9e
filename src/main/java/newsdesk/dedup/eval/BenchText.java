package newsdesk.dedup.eval;

import java.util.List;

/**
 * A text given to the detector in the benchmark: headline and paragraphs, as a page's extracted
 * article would be.
 *
 * @param id         unique id in the benchmark
 * @param familyId   the corpus article it derives from
 * @param title      the headline
 * @param paragraphs the body
 */
public record BenchText(String id, String familyId, String title, List<String> paragraphs) {
  public BenchText {
    paragraphs = List.copyOf(paragraphs);
  }

  /** Headline and body, paragraphs separated by a blank line. */
  public String fullText() {
    return title + "\n\n" + String.join("\n\n", paragraphs);
  }

  static BenchText of(CorpusArticle article) {
    return new BenchText(article.id(), article.id(), article.title(), article.paragraphs());
  }
}
