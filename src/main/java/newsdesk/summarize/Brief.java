package newsdesk.summarize;

import java.util.List;

/**
 * A story's brief: a headline and short paragraphs of traceable sentences.
 *
 * @param headline   at most 14 words, built from the articles' titles
 * @param paragraphs the summary, each paragraph a list of sentences in reading order
 */
public record Brief(String headline, List<List<SummarySentence>> paragraphs) {
  public Brief {
    paragraphs = paragraphs == null ? List.of() : paragraphs.stream().map(List::copyOf).toList();
  }

  /** All sentences in reading order. */
  public List<SummarySentence> sentences() {
    return paragraphs.stream().flatMap(List::stream).toList();
  }
}
