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
 * @param pageStatus   the HTTP status of the last fetch of its page that got an answer (200 when it
 *                     was read), or null when none did, it has no link, or it was stored before
 *                     newsdesk kept it
 * @param linkGone     whether its page answered a status that means gone for good (404, 410) when
 *                     last fetched with an answer that settled it: no output sends a reader there
 *                     ({@link #readableUrl}). A transient failure never sets it; a page read again
 *                     clears it.
 * @param shownUrl     the address shown to readers when it is not {@code url} (schema V18): for an AMP
 *                     variant, the page's declared canonical or the link without its AMP markers; null
 *                     when {@code url} is shown. {@code url} stays the link the entry is known by.
 * @param declaredCanonical the identity key of the {@code rel=canonical} the page declares when it is not
 *                     {@code canonicalUrl} (a copy naming another site's original), or null (schema V18)
 * @param publishedDayOnly whether {@code published} was given as a day without a time of day (schema
 *                     V20): it is then midnight UTC of that day, a time its source never stated, and
 *                     every output that shows a time shows the day alone. False for an undated
 *                     article and for articles stored before V20 (shown with their time, as before).
 * @param creditedAgency the news agency whose report the text is, by its dateline, sign-off or byline
 *                     ({@code AgencyCredits.credit}), so that readers see an outlet's article is an
 *                     agency text ("via Associated Press"); null when it credits none, when the outlet
 *                     is that agency itself, and for articles stored before schema V21 (not read for
 *                     credits then; their stories' "Read more" still reads the credit from the text)
 * @param contributingAgency the agency a contribution footer names ("The Associated Press contributed to
 *                     this report") when the text is no agency's report: the outlet's own writing with
 *                     the agency's reporting, a weaker mark than {@code creditedAgency}; null otherwise
 *                     and before V21
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
    Instant updatedAt,
    Integer pageStatus,
    boolean linkGone,
    String shownUrl,
    String declaredCanonical,
    boolean publishedDayOnly,
    String creditedAgency,
    String contributingAgency) {
  public StoredArticle {
    authors = authors == null ? List.of() : List.copyOf(authors);
    title = title == null ? "" : title;
  }

  /** An article whose agency credits are not known (before schema V21). */
  public StoredArticle(long id, String publicId, Long sourceId, String guid, String url, String canonicalUrl, String outlet,
      String title, List<String> authors, Instant published, Instant fetchedAt, String language, String description,
      String image, String text, String textSource, String contentHash, Long duplicateOf, String storyId, Instant updatedAt,
      Integer pageStatus, boolean linkGone, String shownUrl, String declaredCanonical, boolean publishedDayOnly) {
    this(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published, fetchedAt, language,
        description, image, text, textSource, contentHash, duplicateOf, storyId, updatedAt, pageStatus, linkGone, shownUrl,
        declaredCanonical, publishedDayOnly, null, null);
  }

  /** An article whose publication time, when it has one, was given with a time of day (before schema V20). */
  public StoredArticle(long id, String publicId, Long sourceId, String guid, String url, String canonicalUrl, String outlet,
      String title, List<String> authors, Instant published, Instant fetchedAt, String language, String description,
      String image, String text, String textSource, String contentHash, Long duplicateOf, String storyId, Instant updatedAt,
      Integer pageStatus, boolean linkGone, String shownUrl, String declaredCanonical) {
    this(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published, fetchedAt, language,
        description, image, text, textSource, contentHash, duplicateOf, storyId, updatedAt, pageStatus, linkGone, shownUrl,
        declaredCanonical, false);
  }

  /** An article without a shown address or a declared canonical of its own (before schema V18). */
  public StoredArticle(long id, String publicId, Long sourceId, String guid, String url, String canonicalUrl, String outlet,
      String title, List<String> authors, Instant published, Instant fetchedAt, String language, String description,
      String image, String text, String textSource, String contentHash, Long duplicateOf, String storyId, Instant updatedAt,
      Integer pageStatus, boolean linkGone) {
    this(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published, fetchedAt, language,
        description, image, text, textSource, contentHash, duplicateOf, storyId, updatedAt, pageStatus, linkGone, null, null);
  }

  /** An article never rewritten from a corrected entry, whose page's answer is not known. */
  public StoredArticle(long id, String publicId, Long sourceId, String guid, String url, String canonicalUrl, String outlet,
      String title, List<String> authors, Instant published, Instant fetchedAt, String language, String description,
      String image, String text, String textSource, String contentHash, Long duplicateOf, String storyId) {
    this(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published, fetchedAt, language,
        description, image, text, textSource, contentHash, duplicateOf, storyId, null, null, false, null, null);
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

  /**
   * The address to send a reader to: {@link #shownUrl} when there is one, else {@link #url}; or null when there is none, because the feed
   * entry had no link, its link is no {@link WebUrls#isWebUrl web URL} (a {@code javascript:} link
   * is never one to follow), or the page is {@link #linkGone gone}.
   */
  public String readableUrl() {
    if (linkGone || !WebUrls.isWebUrl(url)) return null;
    return WebUrls.isWebUrl(shownUrl) ? shownUrl : url;
  }

  /** Whether {@link #time()} is a day alone: a publication day given without a time of day. */
  public boolean timeIsDayOnly() {
    return published != null && publishedDayOnly;
  }

  /** The time the article is placed at: its publication time, else when it was fetched. */
  public Instant time() {
    return published != null ? published : fetchedAt;
  }

  public StoredArticle withStory(String story) {
    return new StoredArticle(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published,
        fetchedAt, language, description, image, text, textSource, contentHash, duplicateOf, story, updatedAt, pageStatus,
        linkGone, shownUrl, declaredCanonical, publishedDayOnly, creditedAgency, contributingAgency);
  }

  /** This article with the feed entry id {@code guid} (null: known by its link alone). */
  public StoredArticle withGuid(String guid) {
    return new StoredArticle(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published,
        fetchedAt, language, description, image, text, textSource, contentHash, duplicateOf, storyId, updatedAt, pageStatus,
        linkGone, shownUrl, declaredCanonical, publishedDayOnly, creditedAgency, contributingAgency);
  }

  /** This article with the language tag {@code language} (null: not known). */
  public StoredArticle withLanguage(String language) {
    return new StoredArticle(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published,
        fetchedAt, language, description, image, text, textSource, contentHash, duplicateOf, storyId, updatedAt, pageStatus,
        linkGone, shownUrl, declaredCanonical, publishedDayOnly, creditedAgency, contributingAgency);
  }

  /** This article as a copy of the article with id {@code original} (null: an original). */
  public StoredArticle withDuplicateOf(Long original) {
    return new StoredArticle(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published,
        fetchedAt, language, description, image, text, textSource, contentHash, original, storyId, updatedAt, pageStatus,
        linkGone, shownUrl, declaredCanonical, publishedDayOnly, creditedAgency, contributingAgency);
  }

  /** This article with its content rewritten; everything else (ids, story, page answer, correction time) kept. */
  public StoredArticle withContent(String title, String description, String text, String textSource, String contentHash) {
    return new StoredArticle(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published,
        fetchedAt, language, description, image, text, textSource, contentHash, duplicateOf, storyId, updatedAt, pageStatus,
        linkGone, shownUrl, declaredCanonical, publishedDayOnly, creditedAgency, contributingAgency);
  }

  /** This article with what its page answered: {@code status} (null for no answer) and whether it is gone. */
  public StoredArticle withPage(Integer status, boolean gone) {
    return new StoredArticle(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published,
        fetchedAt, language, description, image, text, textSource, contentHash, duplicateOf, storyId, updatedAt, status, gone,
        shownUrl, declaredCanonical, publishedDayOnly, creditedAgency, contributingAgency);
  }

  /** This article with the agency credits of its text ({@link #creditedAgency}, {@link #contributingAgency}; null: none). */
  public StoredArticle withAgencies(String credited, String contributing) {
    return new StoredArticle(id, publicId, sourceId, guid, url, canonicalUrl, outlet, title, authors, published,
        fetchedAt, language, description, image, text, textSource, contentHash, duplicateOf, storyId, updatedAt, pageStatus,
        linkGone, shownUrl, declaredCanonical, publishedDayOnly, credited, contributing);
  }
}
