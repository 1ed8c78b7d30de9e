package newsdesk.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One article found by a search.
 *
 * @param articleId the article's public id
 * @param score     relevance, higher is better
 * @param title     the article's title
 * @param snippet   a passage of the text with the matched terms, on one line without surrounding
 *     space; matches are enclosed in {@code «} and {@code »} ({@link #plainSnippet()} without them)
 */
public record SearchHit(String articleId, float score, String title, String snippet) {
  /** Marks the start of a matched term in a {@link #snippet()}. */
  public static final String MATCH_START = "\u00ab";
  /** Marks the end of a matched term in a {@link #snippet()}. */
  public static final String MATCH_END = "\u00bb";

  private static final Pattern SPACE = Pattern.compile("\\s+");
  private static final Pattern MARKERS = Pattern.compile("[" + MATCH_START + MATCH_END + "]");

  /** The snippet as plain text, without match markers. */
  public String plainSnippet() {
    return MARKERS.matcher(snippet).replaceAll("");
  }

  /** The matched terms as they appear in the snippet, each once, in order of appearance. */
  public List<String> matches() {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (true) {
      int start = snippet.indexOf(MATCH_START, i);
      int end = start < 0 ? -1 : snippet.indexOf(MATCH_END, start);
      if (end < 0) return out;
      String term = snippet.substring(start + 1, end);
      if (!out.contains(term)) out.add(term);
      i = end + 1;
    }
  }

  /** A passage as a snippet: runs of white space (paragraph breaks too) become one space, none at the ends. */
  static String tidy(String passage) {
    return passage == null ? "" : SPACE.matcher(passage).replaceAll(" ").strip();
  }
}
