package newsdesk.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import newsdesk.search.SearchHit;

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
 * @param dayOnly   whether {@code time} is a publication day given without a time of day
 * @param creditedAgency the agency whose report the article is ({@code StoredArticle.creditedAgency}), or null
 * @param contributingAgency the agency that contributed reporting to its own text, or null
 */
public record SearchResult(String articleId, String storyId, String title, String outlet, String url, Instant time,
    List<Part> snippet, String language, boolean linkGone, boolean dayOnly, String creditedAgency, String contributingAgency) {

  /** A hit whose article credits no agency. */
  public SearchResult(String articleId, String storyId, String title, String outlet, String url, Instant time,
      List<Part> snippet, String language, boolean linkGone, boolean dayOnly) {
    this(articleId, storyId, title, outlet, url, time, snippet, language, linkGone, dayOnly, null, null);
  }

  /** A hit whose time, when it has one, is known with its time of day. */
  public SearchResult(String articleId, String storyId, String title, String outlet, String url, Instant time,
      List<Part> snippet, String language, boolean linkGone) {
    this(articleId, storyId, title, outlet, url, time, snippet, language, linkGone, false);
  }

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

  /** The hit's snippet parts, as the index found them (never parsed back from marked text). */
  public static List<Part> parts(SearchHit hit) {
    List<Part> out = new ArrayList<>();
    for (SearchHit.Part p : hit.parts()) out.add(new Part(p.text(), p.match()));
    return out;
  }
}
