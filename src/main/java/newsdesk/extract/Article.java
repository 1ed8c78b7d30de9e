package newsdesk.extract;

import java.time.Instant;
import java.util.List;

/**
 * What {@link ArticleExtractor} pulls out of a {@link Page}. Every field but {@code url},
 * {@code authors} and {@code text} may be null when the page does not say.
 *
 * @param url          the page's URL
 * @param canonicalUrl the page's {@code rel=canonical} / {@code og:url}, resolved, or null
 * @param title        the real headline (not the {@code <title>} with a site suffix)
 * @param authors      author names, possibly empty
 * @param published    publication time
 * @param siteName     the outlet's name
 * @param language     BCP 47 language tag such as {@code en}
 * @param description  the page's summary / meta description
 * @param image        the lead image URL, resolved
 * @param text         the body as plain text, paragraphs separated by a blank line; empty when no
 *                     article was found
 * @param publishedDayOnly whether {@code published} was given as a day without a time of day: it is
 *                     then midnight UTC of that day, and readers show the day alone
 */
public record Article(
    String url,
    String canonicalUrl,
    String title,
    List<String> authors,
    Instant published,
    String siteName,
    String language,
    String description,
    String image,
    String text,
    boolean publishedDayOnly) {
  public Article {
    authors = authors == null ? List.of() : List.copyOf(authors);
    text = text == null ? "" : text;
  }

  /** An article whose publication time, when it has one, was given with a time of day. */
  public Article(String url, String canonicalUrl, String title, List<String> authors, Instant published, String siteName,
      String language, String description, String image, String text) {
    this(url, canonicalUrl, title, authors, published, siteName, language, description, image, text, false);
  }

  /** True when no article body was found on the page. */
  public boolean isEmpty() {
    return text.isBlank();
  }
}
