package newsdesk.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.search.LuceneArticleIndex;

/**
 * A search hit as the pages, the API and the saved-search feeds show it.
 *
 * @param articleId the article's public id
 * @param storyId   its story, or null
 * @param title     the article's title
 * @param outlet    the outlet
 * @param url       the article's URL when it is http(s) and its page is not gone, else null
 * @param time      the article's time, or null
 * @param snippet   the passage, split into plain and matched parts (escaped when rendered)
 * @param language  the article's BCP 47 language tag, or null when unknown
 * @param linkGone  whether the article's page answered 404 or 410 when last fetched (then {@code url} is null)
 */
public record SearchResult(String articleId, String storyId, String title, String outlet, String url, Instant time,
    List<Part> snippet, String language, boolean linkGone) {

  /** A run of snippet text; {@code match} when it is a matched term. */
  public record Part(String text, boolean match) {}

  /** The snippet as plain text, without match markers. */
  public String snippetText() {
    StringBuilder b = new StringBuilder();
    snippet.forEach(p -> b.append(p.text()));
    return b.toString();
  }

  /** "2020-03-02", or "" without a time. */
  public String day() {
    return time == null ? "" : time.toString().substring(0, 10);
  }

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
