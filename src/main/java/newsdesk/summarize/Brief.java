package newsdesk.summarize;

import java.util.List;

/**
 * A story's brief: a headline and short paragraphs of traceable sentences.
 *
 * @param headline   at most 14 words, built from the articles' titles
 * @param paragraphs the summary, each paragraph a list of sentences in reading order
 * @param headlineArticleId the id of the article whose title is the headline, or null when the
 *                   headline was built from a sentence (or the brief was stored without it): the
 *                   "Read more" link prefers it, so that headline and link name one report
 */
public record Brief(String headline, List<List<SummarySentence>> paragraphs, String headlineArticleId) {
  public Brief {
    paragraphs = paragraphs == null ? List.of() : paragraphs.stream().map(List::copyOf).toList();
  }

  /** A brief whose headline's article is not known. */
  public Brief(String headline, List<List<SummarySentence>> paragraphs) {
    this(headline, paragraphs, null);
  }

  /** All sentences in reading order. */
  public List<SummarySentence> sentences() {
    return paragraphs.stream().flatMap(List::stream).toList();
  }
}
