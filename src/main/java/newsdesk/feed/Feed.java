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
 * @param problems       damage met while reading the document that may have cost content, each a
 *                       sentence saying what was wrong (e.g. {@code "truncated: the document ends before
 *                       its <rss> element is closed"}); the entries are those read despite it. Empty for a
 *                       well-formed document and for one that text-level repairs alone made well-formed
 *                       (undeclared HTML entities, a stray {@code &}): nothing was lost there.
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
    Generator generator,
    List<String> problems) {
  public Feed {
    problems = problems == null ? List.of() : List.copyOf(problems);
    entries = entries == null ? List.of() : List.copyOf(entries);
    links = links == null ? List.of() : List.copyOf(links);
    authors = authors == null ? List.of() : List.copyOf(authors);
    contributors = contributors == null ? List.of() : List.copyOf(contributors);
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  /** The form without problems: a document read without damage. */
  public Feed(String format, String title, String link, String description, String language, List<FeedEntry> entries,
      String encoding, String id, TextConstruct titleDetail, TextConstruct subtitleDetail, TextConstruct rightsDetail,
      List<FeedLink> links, List<Person> authors, List<Person> contributors, List<Category> tags, Instant updated,
      Instant published, FeedImage image, String icon, String logo, Generator generator) {
    this(format, title, link, description, language, entries, encoding, id, titleDetail, subtitleDetail, rightsDetail,
        links, authors, contributors, tags, updated, published, image, icon, logo, generator, List.of());
  }

  /** True when reading the document met damage that may have cost content (see {@link #problems}). */
  public boolean damaged() {
    return !problems.isEmpty();
  }

  /**
   * The damage and what was still read ({@link #readEntries()}), in one line for a user (e.g.
   * {@code "truncated: the document ends before its <rss> element is closed; 7 entries read"}), or
   * null when the document was whole.
   */
  public String damageSummary() {
    if (problems.isEmpty()) return null;
    int n = readEntries().size();
    String read = n == 0 ? "no entry could be read" : n + (n == 1 ? " entry" : " entries") + " read";
    return String.join("; ", problems) + "; " + read;
  }

  /**
   * The entries worth keeping: all of them for a whole document; for a damaged one, those that say
   * something (an id, a link, a title or text), since the entry a cut falls into may have none.
   */
  public List<FeedEntry> readEntries() {
    if (problems.isEmpty()) return entries;
    return entries.stream().filter(Feed::saysSomething).toList();
  }

  private static boolean saysSomething(FeedEntry e) {
    return notBlank(e.id()) || notBlank(e.link()) || notBlank(e.title()) || notBlank(e.summary()) || notBlank(e.content());
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }

  /** This feed with {@code problem} added first (a cause found outside the document, e.g. a cut download). */
  public Feed withProblem(String problem) {
    List<String> all = new java.util.ArrayList<>(problems.size() + 1);
    all.add(problem);
    all.addAll(problems);
    return new Feed(format, title, link, description, language, entries, encoding, id, titleDetail, subtitleDetail,
        rightsDetail, links, authors, contributors, tags, updated, published, image, icon, logo, generator, all);
  }

  /** The original six-field form; every added field is empty. */
  public Feed(String format, String title, String link, String description, String language, List<FeedEntry> entries) {
    this(format, title, link, description, language, entries, null, null, null, null, null, null, null, null,
        null, null, null, null, null, null, null);
  }
}
