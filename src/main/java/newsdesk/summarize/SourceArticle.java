package newsdesk.summarize;

import java.time.Instant;
import java.util.Objects;

/**
 * One article of a story, as the summarizer reads it.
 *
 * @param id        caller's article id, echoed in each sentence's provenance
 * @param title     headline, possibly empty
 * @param text      body, paragraphs separated by blank lines
 * @param outlet    outlet name, or null
 * @param published publication time, or null
 */
public record SourceArticle(String id, String title, String text, String outlet, Instant published) {
  public SourceArticle {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
  }
}
