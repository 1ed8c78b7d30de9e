package newsdesk.web;

import java.util.ArrayList;
import java.util.List;
import newsdesk.search.LuceneArticleIndex;

/**
 * A search hit as the pages show it.
 *
 * @param articleId the article's public id
 * @param storyId   its story, or null
 * @param title     the article's title
 * @param outlet    the outlet
 * @param url       the article's URL
 * @param snippet   the passage, split into plain and matched parts (escaped when rendered)
 */
public record SearchResult(String articleId, String storyId, String title, String outlet, String url, List<Part> snippet) {
  /** A run of snippet text; {@code match} when it is a matched term. */
  public record Part(String text, boolean match) {}

  /** Splits a snippet with {@code «match»} markers into parts. */
  public static List<Part> parts(String snippet) {
    List<Part> out = new ArrayList<>();
    int i = 0;
    while (i < snippet.length()) {
      int start = snippet.indexOf(LuceneArticleIndex.MATCH_START, i);
      if (start < 0) {
        out.add(new Part(snippet.substring(i), false));
        break;
      }
      int end = snippet.indexOf(LuceneArticleIndex.MATCH_END, start);
      if (end < 0) {
        out.add(new Part(snippet.substring(i), false));
        break;
      }
      if (start > i) out.add(new Part(snippet.substring(i, start), false));
      out.add(new Part(snippet.substring(start + 1, end), true));
      i = end + 1;
    }
    return out;
  }
}
