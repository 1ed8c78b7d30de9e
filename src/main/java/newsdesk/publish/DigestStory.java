package newsdesk.publish;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import newsdesk.store.WebUrls;

/**
 * A story as every output shows it (text card, Markdown, JSON, web page, API): the STORY object.
 *
 * @param id        stable story id, the same in the digest, the web pages and the API
 * @param headline  the brief's headline
 * @param summary   the brief's paragraphs
 * @param sentences every summary sentence with the article and character span it came from
 * @param readMore  the best original to read
 * @param outlets   every article that covered the story, earliest first
 * @param related   related stories, best first, each with its own {@code updated} time
 * @param published time of the story's first article (its publication time, else when newsdesk first
 *                  read it: see {@link Coverage#firstSeen})
 * @param updated   time of its newest article, or of the last correction of one of its articles
 *                  when later: when it last changed, as the feeds out date it for feed readers
 * @param language  the BCP 47 tag of its articles' language (a story never mixes languages), or null
 *                  when unknown
 * @param lastPublished time of its newest article (as {@code published} counts it), the day every
 *                  card dates the story at ({@link #cardTime}); a correction days later does not
 *                  move it (the brief keeps its articles' "today"), it adds an "updated" note
 *                  ({@link #correctedAfter}); null when not known (then {@code updated} stands in)
 */
public record DigestStory(
    String id,
    String headline,
    List<String> summary,
    List<Sentence> sentences,
    @JsonProperty("read_more") Link readMore,
    List<Coverage> outlets,
    List<Related> related,
    Instant published,
    Instant updated,
    String language,
    @JsonProperty("last_published") Instant lastPublished) {

  /**
   * What every output says in place of the brief of a story with none: no article text could be
   * read (a page that was gone or unreadable, a feed entry with only a title, a text that was only
   * a date), so the reader is sent to the original.
   */
  public static final String NO_TEXT_NOTE = "The article text could not be read.";

  /**
   * What precedes the day (or time) of a story or article dated by when newsdesk first read an
   * article that gives no publication time ({@link Coverage#firstSeen}), in every output that dates it.
   */
  public static final String FIRST_SEEN = "first seen ";

  /**
   * Whether the story has no brief because no article text could be read ({@code summary} is
   * empty); written {@code "text_unavailable": true} in JSON, and left out when false.
   */
  @JsonProperty("text_unavailable")
  @JsonInclude(JsonInclude.Include.NON_DEFAULT)
  public boolean textUnavailable() {
    return summary == null || summary.isEmpty();
  }

  /** A story whose newest article's time is not known apart from {@code updated}. */
  public DigestStory(String id, String headline, List<String> summary, List<Sentence> sentences, Link readMore,
      List<Coverage> outlets, List<Related> related, Instant published, Instant updated, String language) {
    this(id, headline, summary, sentences, readMore, outlets, related, published, updated, language, null);
  }

  /**
   * The time the story's card is dated at: its newest article ({@code lastPublished}), else
   * {@code updated} when that is not known; null when neither is.
   */
  public Instant cardTime() {
    return lastPublished != null ? lastPublished : updated;
  }

  /**
   * Whether {@link #cardTime} is only a first sighting: an article without a publication time was
   * first read then ({@link Coverage#firstSeen}) and no article was published then. Every card
   * then says "first seen DAY", and so does every related line naming the story ({@link Related#firstSeen}).
   */
  public boolean cardFirstSeen() {
    Instant time = cardTime();
    if (time == null) return false;
    boolean firstSeen = outlets.stream().anyMatch(c -> c.published() == null && time.equals(c.firstSeen()));
    boolean dated = outlets.stream().anyMatch(c -> time.equals(c.published()));
    return firstSeen && !dated;
  }

  /**
   * The last correction of one of its articles when it falls on a later day (UTC) than
   * {@link #cardTime}, for the card's "updated" note; else null.
   */
  public Instant correctedAfter() {
    Instant card = cardTime();
    if (card == null || updated == null) return null;
    return updated.truncatedTo(java.time.temporal.ChronoUnit.DAYS).isAfter(card.truncatedTo(java.time.temporal.ChronoUnit.DAYS))
        ? updated : null;
  }

  /** A story whose language is unknown. */
  public DigestStory(String id, String headline, List<String> summary, List<Sentence> sentences, Link readMore,
      List<Coverage> outlets, List<Related> related, Instant published, Instant updated) {
    this(id, headline, summary, sentences, readMore, outlets, related, published, updated, null);
  }

  /**
   * A summary sentence and where it came from: {@code article.text[start:end]}; {@code paragraph}
   * is the index of the summary paragraph it belongs to.
   */
  public record Sentence(String text, @JsonProperty("article_id") String articleId, int start, int end, int paragraph) {}

  /**
   * Where to read more.
   *
   * @param outlet   the outlet's name
   * @param url      the article's address, or null when there is none to send a reader to: the
   *                 feed entry had no link, the link is no http(s) URL (made null here), or the page
   *                 is gone ({@code linkGone})
   * @param linkGone whether the article had a link whose page answered 404 or 410 when last
   *                 fetched (then {@code url} is null); written {@code "link_gone": true} in JSON,
   *                 and left out when false
   */
  public record Link(String outlet, String url,
      @JsonProperty("link_gone") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean linkGone) {
    /** Keeps only a {@link WebUrls#isWebUrl web URL}: whatever renders the link may write it as it is. */
    public Link {
      url = WebUrls.webUrlOrNull(url);
    }

    /** A link whose page is not known to be gone. */
    public Link(String outlet, String url) {
      this(outlet, url, false);
    }
  }

  /**
   * One article of the story.
   *
   * @param url       as {@link Link#url}: null when there is no link or its page is gone
   * @param published its publication time, or null when neither its feed nor its page gave one
   * @param firstSeen for an article without a publication time, when newsdesk first read it: the
   *                  time the story places it at (its {@code published} and {@code updated} count
   *                  it, as Miniflux dates an undated entry); null when {@code published} is given
   * @param linkGone  as {@link Link#linkGone}
   * @param publishedPrecision {@value #DAY} when {@code published} was given as a day without a time of
   *                  day (it is then midnight UTC of that day, and outputs that show a time show the day
   *                  alone), else null (left out of JSON)
   * @param creditedAgency the news agency whose report this outlet's article is (its dateline, sign-off
   *                  or byline credits it: "via Associated Press"), else null (left out of JSON): no
   *                  credit, the agency's own page, or an article stored before schema V21
   * @param contributingAgency the agency that contributed reporting to the outlet's own text (a
   *                  contribution footer; never with {@code creditedAgency}), else null (left out of JSON)
   */
  public record Coverage(String name, String url, String title, Instant published,
      @JsonProperty("first_seen") Instant firstSeen,
      @JsonProperty("link_gone") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean linkGone,
      @JsonProperty("published_precision") @JsonInclude(JsonInclude.Include.NON_NULL) String publishedPrecision,
      @JsonProperty("credited_agency") @JsonInclude(JsonInclude.Include.NON_NULL) String creditedAgency,
      @JsonProperty("agency_contributed") @JsonInclude(JsonInclude.Include.NON_NULL) String contributingAgency) {
    /** The {@code publishedPrecision} of a publication day given without a time of day. */
    public static final String DAY = "day";

    /** An article that credits no agency. */
    public Coverage(String name, String url, String title, Instant published, Instant firstSeen, boolean linkGone,
        String publishedPrecision) {
      this(name, url, title, published, firstSeen, linkGone, publishedPrecision, null, null);
    }

    /** An article whose publication time, when it has one, was given with a time of day. */
    public Coverage(String name, String url, String title, Instant published, Instant firstSeen, boolean linkGone) {
      this(name, url, title, published, firstSeen, linkGone, null);
    }

    /** Keeps only a {@link WebUrls#isWebUrl web URL}: whatever renders the article may link it as it is. */
    public Coverage {
      url = WebUrls.webUrlOrNull(url);
    }

    /** A dated article (or one whose first sighting is not shown) whose page is not known to be gone. */
    public Coverage(String name, String url, String title, Instant published) {
      this(name, url, title, published, null, false);
    }

    /** An article whose page is not known to be gone. */
    public Coverage(String name, String url, String title, Instant published, Instant firstSeen) {
      this(name, url, title, published, firstSeen, false);
    }

    /** A dated article (or one whose first sighting is not shown). */
    public Coverage(String name, String url, String title, Instant published, boolean linkGone) {
      this(name, url, title, published, null, linkGone);
    }
  }

  /**
   * A related story, so that a reader sees what it is about and how recent it is.
   *
   * @param id       its story id
   * @param headline its brief's headline
   * @param summary  the first sentence of its brief, or "" when it has none
   * @param updated  its own {@link DigestStory#updated} time (its newest article, or the last
   *                 correction of one of its articles when later); null when unknown
   * @param lastPublished its own {@link DigestStory#lastPublished} (its newest article): the day its
   *                 own card is dated at, which every output writes on the related line
   *                 ({@link #cardTime}), so a related line and the story's card agree; null when unknown
   * @param firstSeen whether {@code lastPublished} is only the first sighting of an article that gives
   *                 no publication time, as its own card says ({@link DigestStory#cardFirstSeen}):
   *                 every related line then writes "first seen DAY"; written
   *                 {@code "last_published_first_seen": true} in JSON, and left out when false
   * @param lastPublishedPrecision {@value Coverage#DAY} when every article published at
   *                 {@code lastPublished} gave only its day ({@link Coverage#publishedPrecision}): its
   *                 card and every related line then date it by the day alone, {@code <time datetime>}
   *                 included; else null (left out of JSON)
   */
  public record Related(String id, String headline, String summary, Instant updated,
      @JsonProperty("last_published") Instant lastPublished,
      @JsonProperty("last_published_first_seen") @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean firstSeen,
      @JsonProperty("last_published_precision") @JsonInclude(JsonInclude.Include.NON_NULL) String lastPublishedPrecision) {
    /** A related story whose newest article, if dated, was given with a time of day. */
    public Related(String id, String headline, String summary, Instant updated, Instant lastPublished, boolean firstSeen) {
      this(id, headline, summary, updated, lastPublished, firstSeen, null);
    }

    /** A related story whose time is unknown. */
    public Related(String id, String headline, String summary) {
      this(id, headline, summary, null, null, false);
    }

    /** A related story whose newest article's time is not known apart from {@code updated}. */
    public Related(String id, String headline, String summary, Instant updated) {
      this(id, headline, summary, updated, null, false);
    }

    /** A related story dated by the publication time of its newest article. */
    public Related(String id, String headline, String summary, Instant updated, Instant lastPublished) {
      this(id, headline, summary, updated, lastPublished, false);
    }

    /** The day its own card is dated at ({@link DigestStory#cardTime}): {@code lastPublished}, else {@code updated}. */
    public Instant cardTime() {
      return lastPublished != null ? lastPublished : updated;
    }

    /** Whether {@link #cardTime} is a day given without a time of day ({@code lastPublishedPrecision}). */
    public boolean cardTimeIsDayOnly() {
      return lastPublished != null && Coverage.DAY.equals(lastPublishedPrecision);
    }
  }
}
