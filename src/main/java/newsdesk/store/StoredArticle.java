package newsdesk.store;

import java.time.Instant;
import java.util.List;

/**
 * An article as stored.
 *
 * @param id           database id (0 before insert); increases with insertion order
 * @param publicId     stable id shown in URLs and JSON, derived from the canonical URL
 * @param sourceId     the source it came through, or null
 * @param guid         the feed entry's id, or null
 * @param url          the URL it was read from (or its original URL when served by a mirror)
 * @param canonicalUrl the canonical URL (tracking parameters removed, rel=canonical honoured)
 * @param outlet       the outlet's name
 * @param title        the publisher's title
 * @param authors      authors
 * @param published    publication time, or null
 * @param fetchedAt    when newsdesk read it
 * @param language     language tag, or null
 * @param description  summary from the page or feed, or null
 * @param image        lead image URL, or null
 * @param text         body, paragraphs separated by blank lines
 * @param textSource   {@code page} (extracted) or {@code feed} (the feed's text, kept because the
 *                     page gave less)
 * @param contentHash  hash of the normalized text, for exact copies
 * @param duplicateOf  the article this one copies, or null
 * @param storyId      its story, or null when it joins none (no content)
 * @param updatedAt    when newsdesk last rewrote it from a corrected feed entry, or null (schema V8)
 */
public record StoredArticle(
    long id,
    String publicId,
    Long sourceId,
    String guid,
    String url,
    String canonicalUrl,
    String outlet,
    String title,
    List<String> authors,
    Instant published,
    Instant fetchedAt,
    String language,
    String description,
    String image,
    String text,
    String textSource,
    String contentHash,
    Long duplicateOf,
    String storyId,
    Instant updatedAt) {
  public StoredArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
    title = title == null ? "" : title;
  }

  /** An article never rewritten from a corrected entry ({@code updatedAt} null). */
  public StoredArticle(long id, String publicId, Long sourceId, String guid, String url, String canonicalUrl, String outlet,
      String title, List<String> authors, Instant published, Instant fetchedAt, String language, String description,
      String image, String text, String textSource, String contentHash, Long duplicateOf, String storyId) {
    this(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published, fetchedAt, language,
        description, image, text, textSource, contentHash, duplicateOf, storyId, null);
  }

  /**
   * When it last changed as readers see it: its correction time when it was corrected after its
   * {@link #time()}, else that time. Feeds out write it as the entry's updated time, so that a
   * reader sees a correction.
   */
  public Instant updated() {
    Instant time = time();
    return updatedAt != null && (time == null || updatedAt.isAfter(time)) ? updatedAt : time;
  }

  /** The time the article is placed at: its publication time, else when it was fetched. */
  public Instant time() {
    return published != null ? published : fetchedAt;
  }

  public StoredArticle withStory(String story) {
    return new StoredArticle(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published,
        fetchedAt, language, description, image, text, textSource, contentHash, duplicateOf, story, updatedAt);
  }
}
