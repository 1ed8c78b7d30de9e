package newsdesk.feed;

import java.time.Instant;
import java.util.List;

/**
 * A parsed feed of any format (RSS 0.9x-2.0, RSS 1.0, Atom 0.3/1.0, JSON Feed 1.x).
 *
 * @param format         feedparser's version id: {@code rss090}, {@code rss091n}, {@code rss091u},
 *                       {@code rss092}-{@code rss094}, {@code rss10}, {@code rss20}, {@code rss} (no version
 *                       named), {@code atom03}, {@code atom10}, {@code atom} (unknown namespace),
 *                       {@code cdf}, {@code json1}, {@code json11}; "" for a document without elements
 * @param title          plain-text title, or null
 * @param link           the site's home page, resolved, or null
 * @param description    plain-text description (subtitle, tagline), or null
 * @param language       language tag, or null
 * @param entries        the items in document order
 * @param encoding       the character encoding the document was decoded with (lower case)
 * @param id             the Atom id / JSON Feed feed_url, or null
 * @param titleDetail    the title as given, with its type (HTML sanitized), or null
 * @param subtitleDetail the subtitle / description as given, or null
 * @param rightsDetail   the copyright / rights statement, or null
 * @param links          all links, resolved; the RSS {@code link} appears as rel=alternate
 * @param authors        authors (RSS managingEditor, dc:creator, Atom author)
 * @param contributors   contributors
 * @param tags           categories
 * @param updated        last update time, or null
 * @param published      publication time, or null
 * @param image          the RSS image, or null
 * @param icon           the Atom icon / JSON Feed favicon, resolved, or null
 * @param logo           the Atom logo / JSON Feed icon, resolved, or null
 * @param generator      the generator, or null
 */
public record Feed(
    String format,
    String title,
    String link,
    String description,
    String language,
    List<FeedEntry> entries,
    String encoding,
    String id,
    TextConstruct titleDetail,
    TextConstruct subtitleDetail,
    TextConstruct rightsDetail,
    List<FeedLink> links,
    List<Person> authors,
    List<Person> contributors,
    List<Category> tags,
    Instant updated,
    Instant published,
    FeedImage image,
    String icon,
    String logo,
    Generator generator) {
  public Feed {
    entries = entries == null ? List.of() : List.copyOf(entries);
    links = links == null ? List.of() : List.copyOf(links);
    authors = authors == null ? List.of() : List.copyOf(authors);
    contributors = contributors == null ? List.of() : List.copyOf(contributors);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** The original six-field form; every added field is empty. */
  public Feed(String format, String title, String link, String description, String language, List<FeedEntry> entries) {
    this(format, title, link, description, language, entries, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);
  }
}
