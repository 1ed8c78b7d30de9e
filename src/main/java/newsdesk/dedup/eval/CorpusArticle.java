package newsdesk.dedup.eval;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One article of the demo corpus, as the dedup benchmark uses it.
 *
 * @param id      the corpus id
 * @param title   the headline, possibly empty
 * @param text    the body, paragraphs separated by a blank line
 * @param section the corpus's section guess (topic), possibly empty
 */
public record CorpusArticle(String id, String title, String text, String section) {
  public CorpusArticle {
    Objects.requireNonNull(id, "id");
    title = title == null ? "" : title;
    text = text == null ? "" : text;
    section = section == null ? "" : section;
  }

  /** The body's paragraphs (lines: corpora differ in blank lines between them), blank ones dropped. */
  public List<String> paragraphs() {
    return Arrays.stream(text.split("\\R+")).map(String::strip).filter(p -> !p.isEmpty()).toList();
  }
}
