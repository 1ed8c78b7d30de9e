package newsdesk.publish;

import java.text.BreakIterator;
import java.util.Locale;

/**
 * What a feed reader expects as an entry's summary: the article's own description (its
 * {@code og:description} or feed summary), else the first sentences of its text, never a passage
 * from the middle. Sentences are taken whole (JDK {@link BreakIterator}) from the first paragraph
 * until {@value #TARGET_CHARS} characters; a first sentence longer than {@value #MAX_CHARS} is cut
 * at a word with an ellipsis.
 */
public final class ArticleLead {
  static final int TARGET_CHARS = 200;
  static final int MAX_CHARS = 400;

  private ArticleLead() {}

  /** The lead of an article with {@code description} and {@code text} (either may be null); "" when both are blank. */
  public static String of(String description, String text) {
    if (description != null && !description.isBlank()) return description.strip();
    if (text == null || text.isBlank()) return "";
    String paragraph = text.strip().lines().filter(l -> !l.isBlank()).findFirst().orElse("").strip();
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(paragraph);
    int end = sentences.first();
    for (int next = sentences.next(); next != BreakIterator.DONE; next = sentences.next()) {
      if (next > MAX_CHARS && end > 0) break;
      end = next;
      if (end >= TARGET_CHARS) break;
    }
    String lead = paragraph.substring(0, end).strip();
    if (lead.length() <= MAX_CHARS) return lead;
    int space = lead.lastIndexOf(' ', MAX_CHARS);
    return lead.substring(0, space > 0 ? space : MAX_CHARS).strip() + "\u2026";
  }
}
