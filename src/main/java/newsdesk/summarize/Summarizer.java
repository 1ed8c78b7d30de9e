package newsdesk.summarize;

import java.util.List;

/**
 * Writes an extractive brief of a story from its articles. Deterministic and thread-safe; empty
 * input (or articles without text) gives a brief with no paragraphs.
 */
public interface Summarizer {
  Brief summarize(List<SourceArticle> articles, SummaryLength length);
}
