package newsdesk.demo;

import java.time.Instant;
import java.util.List;

/**
 * One article of the bundled demo corpus (Wikinews, CC BY 2.5).
 *
 * @param id         corpus id
 * @param url        the original en.wikinews.org URL
 * @param title      headline
 * @param published  publication day (00:00Z)
 * @param author     author credit
 * @param paragraphs body paragraphs
 * @param section    the corpus' section guess
 */
public record DemoArticle(
    String id, String url, String title, Instant published, String author, List<String> paragraphs, String section) {

  /** The URL path of the article, e.g. {@code /wiki/Some_title}. */
  public String path() {
    return java.net.URI.create(url).getRawPath();
  }
}
