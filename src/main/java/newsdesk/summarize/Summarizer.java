package newsdesk.summarize;

import java.util.List;

/**
 * Writes an extractive brief of a story from its articles. Deterministic and thread-safe; empty
 * input (or articles without text) gives a brief with no paragraphs.
 */
public interface Summarizer {
  Brief summarize(List<SourceArticle> articles, SummaryLength length);

  /**
   * The brief of a story whose wire report is known: {@code report} (nullable; the id of one of
   * {@code articles}, see {@link BestOriginal#wireReport}) is the report the story's link will name,
   * the agency's text most outlets carry. A summarizer heads the brief with its title when that
   * title can be a headline, so that headline, lead and "Read more" name that report. The default
   * ignores it.
   */
  default Brief summarize(List<SourceArticle> articles, SummaryLength length, String report) {
    return summarize(articles, length);
  }
}
