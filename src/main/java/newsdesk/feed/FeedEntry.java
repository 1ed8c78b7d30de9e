package newsdesk.feed;

import java.time.Instant;
import java.util.List;

/**
 * One item of a feed. Strings are null when the feed does not give them; HTML fields
 * ({@code summary}, {@code content}) are sanitized HTML (see {@link HtmlSanitizer}).
 *
 * @param id            the guid / atom:id / JSON Feed id, or null
 * @param link          the item's permalink, resolved against xml:base and the document URL
 * @param title         plain-text title
 * @param summary       sanitized HTML summary / description (plain text is HTML-escaped)
 * @param content       sanitized HTML full content (plain text is HTML-escaped)
 * @param authors       author names ("name (email)" when only both identify the person)
 * @param published     publication time
 * @param updated       last update time
 * @param categories    category terms
 * @param titleDetail   the title as given, with its type, or null
 * @param summaryDetail the summary as given, with its type, or null
 * @param contents      every content body as given (Atom allows several), with type and src
 * @param links         all links, resolved (enclosures included, as rel=enclosure)
 * @param authorDetails the authors with name, e-mail and URI
 * @param contributors  the contributors
 * @param tags          categories with scheme and label
 * @param enclosures    attached media
 * @param comments      the comments page URL, or null
 * @param created       creation time (dcterms:created, Atom 0.3 created), or null
 * @param rights        the entry's rights statement, or null
 * @param source        the feed the entry was copied from, or null
 * @param publishedDayOnly whether {@code published} was given as a day without a time of day
 *                      ({@code 2020-08-25}): it is then midnight UTC of that day, a time the feed
 *                      never stated, and readers show the day alone
 * @param updatedDayOnly whether {@code updated} was given as a day without a time of day, as
 *                      {@code publishedDayOnly} says of {@code published}: an entry with no other date
 *                      is stored with its last update, and keeps that it is a day
 */
public record FeedEntry(
    String id,
    String link,
    String title,
    String summary,
    String content,
    List<String> authors,
    Instant published,
    Instant updated,
    List<String> categories,
    TextConstruct titleDetail,
    TextConstruct summaryDetail,
    List<TextConstruct> contents,
    List<FeedLink> links,
    List<Person> authorDetails,
    List<Person> contributors,
    List<Category> tags,
    List<Enclosure> enclosures,
    String comments,
    Instant created,
    TextConstruct rights,
    FeedSource source,
    boolean publishedDayOnly,
    boolean updatedDayOnly) {
  public FeedEntry {
    authors = authors == null ? List.of() : List.copyOf(authors);
    categories = categories == null ? List.of() : List.copyOf(categories);
    contents = contents == null ? List.of() : List.copyOf(contents);
    links = links == null ? List.of() : List.copyOf(links);
    authorDetails = authorDetails == null ? List.of() : List.copyOf(authorDetails);
    contributors = contributors == null ? List.of() : List.copyOf(contributors);
    tags = tags == null ? List.of() : List.copyOf(tags);
    enclosures = enclosures == null ? List.of() : List.copyOf(enclosures);
  }

  /** An entry whose last update, when it has one, was given with a time of day. */
  public FeedEntry(
      String id, String link, String title, String summary, String content, List<String> authors,
      Instant published, Instant updated, List<String> categories, TextConstruct titleDetail,
      TextConstruct summaryDetail, List<TextConstruct> contents, List<FeedLink> links, List<Person> authorDetails,
      List<Person> contributors, List<Category> tags, List<Enclosure> enclosures, String comments, Instant created,
      TextConstruct rights, FeedSource source, boolean publishedDayOnly) {
    this(id, link, title, summary, content, authors, published, updated, categories, titleDetail, summaryDetail,
        contents, links, authorDetails, contributors, tags, enclosures, comments, created, rights, source,
        publishedDayOnly, false);
  }

  /** An entry whose publication time and last update, when it has them, were given with a time of day. */
  public FeedEntry(
      String id, String link, String title, String summary, String content, List<String> authors,
      Instant published, Instant updated, List<String> categories, TextConstruct titleDetail,
      TextConstruct summaryDetail, List<TextConstruct> contents, List<FeedLink> links, List<Person> authorDetails,
      List<Person> contributors, List<Category> tags, List<Enclosure> enclosures, String comments, Instant created,
      TextConstruct rights, FeedSource source) {
    this(id, link, title, summary, content, authors, published, updated, categories, titleDetail, summaryDetail,
        contents, links, authorDetails, contributors, tags, enclosures, comments, created, rights, source, false);
  }

  /** The original nine-field form; every added field is empty. */
  public FeedEntry(
      String id, String link, String title, String summary, String content, List<String> authors,
      Instant published, Instant updated, List<String> categories) {
    this(id, link, title, summary, content, authors, published, updated, categories, null, null, null, null,
        null, null, null, null, null, null, null, null, false);
  }
}
