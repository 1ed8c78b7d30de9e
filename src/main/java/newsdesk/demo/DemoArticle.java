package newsdesk.demo;

import java.time.Instant;
import java.util.List;

/**
 * One article of the bundled demo corpus (Wikinews, CC BY 2.5).
 *
 * @param id         corpus id
 * @param url        the original en.wikinews.org URL
 * @param title      headline
 * @param published  publication time; midnight UTC of its day when {@code dayOnly}
 * @param author     author credit
 * @param paragraphs body paragraphs
 * @param section    the corpus' section guess
 * @param dayOnly    whether the corpus knows only the day of publication ({@code "published_precision": "day"}):
 *                   the demo site then writes the day without a time of day, in its feeds and pages
 */
public record DemoArticle(
    String id, String url, String title, Instant published, String author, List<String> paragraphs, String section,
    boolean dayOnly) {

  /** An article whose publication time is known to the second. */
  public DemoArticle(
      String id, String url, String title, Instant published, String author, List<String> paragraphs, String section) {
    this(id, url, title, published, author, paragraphs, section, false);
  }

  /** The URL path of the article, e.g. {@code /wiki/Some_title}. */
  public String path() {
    return java.net.URI.create(url).getRawPath();
  }
}
