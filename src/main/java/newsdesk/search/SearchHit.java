package newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One article found by a search.
 *
 * @param articleId the article's public id
 * @param score     relevance, higher is better
 * @param title     the article's title
 * @param parts     a passage of the text with the matched terms, on one line without surrounding
 *     space, as runs of plain and matched text: the matches travel beside the text, never as marker
 *     characters in it, so a text's own quotes («, ») stay text
 */
public record SearchHit(String articleId, float score, String title, List<Part> parts) {
  /** Opens a matched term in {@link #snippet()}, a display form only. */
  public static final String MATCH_START = "\u00ab";
  /** Closes a matched term in {@link #snippet()}, a display form only. */
  public static final String MATCH_END = "\u00bb";

  private static final Pattern SPACE = Pattern.compile("\\s+");

  /** A run of snippet text; {@code match} when it is a matched term. */
  public record Part(String text, boolean match) {
    public Part {
      Objects.requireNonNull(text, "text");
    }
  }

  public SearchHit {
    parts = List.copyOf(parts);
  }

  /** A hit whose snippet has no match (found without words, or nothing to highlight). */
  public static SearchHit unmarked(String articleId, float score, String title, String snippet) {
    return new SearchHit(articleId, score, title, tidy(List.of(new Part(snippet == null ? "" : snippet, false))));
  }

  /**
   * The snippet for a reader's eyes, matches enclosed in {@code «} and {@code »}. It cannot be parsed
   * back (the text may hold guillemets of its own): programs use {@link #parts()},
   * {@link #plainSnippet()} and {@link #matches()}.
   */
  public String snippet() {
    StringBuilder b = new StringBuilder();
    for (Part p : parts) b.append(p.match() ? MATCH_START + p.text() + MATCH_END : p.text());
    return b.toString();
  }

  /** The snippet as plain text. */
  public String plainSnippet() {
    StringBuilder b = new StringBuilder();
    parts.forEach(p -> b.append(p.text()));
    return b.toString();
  }

  /** The matched terms as they appear in the snippet, each once, in order of appearance. */
  public List<String> matches() {
    List<String> out = new ArrayList<>();
    for (Part p : parts) if (p.match() && !out.contains(p.text())) out.add(p.text());
    return out;
  }

  /**
   * Parts as a snippet: runs of white space (paragraph breaks too) become one space, across parts
   * as well, none at the ends; empty parts go and neighbouring plain parts join.
   */
  static List<Part> tidy(List<Part> passage) {
    List<Part> out = new ArrayList<>();
    boolean spaceBefore = true; // true at the start: leading space is dropped
    for (Part p : passage) {
      String t = SPACE.matcher(p.text()).replaceAll(" ");
      if (spaceBefore && t.startsWith(" ")) t = t.substring(1);
      if (t.isEmpty()) continue;
      spaceBefore = t.endsWith(" ");
      Part last = out.isEmpty() ? null : out.getLast();
      if (last != null && !last.match() && !p.match()) out.set(out.size() - 1, new Part(last.text() + t, false));
      else out.add(new Part(t, p.match()));
    }
    if (!out.isEmpty()) {
      Part last = out.getLast();
      String t = last.text().stripTrailing();
      if (t.isEmpty()) out.removeLast();
      else out.set(out.size() - 1, new Part(t, last.match()));
    }
    return out;
  }
}
