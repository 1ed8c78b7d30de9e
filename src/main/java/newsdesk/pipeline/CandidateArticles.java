package newsdesk.pipeline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import newsdesk.cluster.ClusterDocument;
import newsdesk.dedup.ContentHash;
import newsdesk.dedup.ContentVerdict;
import newsdesk.extract.Article;
import newsdesk.feed.FeedEntry;
import newsdesk.store.StoredArticle;
import newsdesk.summarize.AgencyCredits;
import newsdesk.text.CleanText;

/**
 * Turns a read {@link Candidate} into the {@link StoredArticle} it is stored as, for a new article
 * ({@link Admitter}) and for a stored one read again ({@link ArticleUpdater}) alike: its canonical
 * URL, the text to keep (the page's, or the feed's when the page is no article), a clean title,
 * authors and text, a publication time no later than its fetch, its outlet's name, and what its text
 * says of a news agency ({@link AgencyCredits#credit}). Reads
 * nothing from the store but the outlet names ({@link OutletNames}); the time the content checks
 * take is counted to the {@code dedup} stage.
 */
final class CandidateArticles {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(CandidateArticles.class);
  /** The easternmost offset in use (Kiribati): where a calendar day begins first. */
  private static final ZoneOffset EASTERNMOST = ZoneOffset.ofHours(14);
  static final String FEED = "feed";

  private final Stages stages;
  private final Clock clock;
  private final StageTimer timer;
  private final OutletNames outlets;
  /** How far after its fetch a publication time is clock skew, not a bad date (see {@link Pipeline.Config#maxFutureSkew}). */
  private final Duration maxFutureSkew;

  CandidateArticles(Stages stages, Clock clock, StageTimer timer, OutletNames outlets, Duration maxFutureSkew) {
    this.stages = Objects.requireNonNull(stages, "stages");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.timer = Objects.requireNonNull(timer, "timer");
    this.outlets = Objects.requireNonNull(outlets, "outlets");
    this.maxFutureSkew = Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
  }

  /**
   * The canonical URL a candidate is stored under: the page's declared canonical, cleaned. An
   * entry without a link (a JSON Feed item with only an id, an RSS item with only a guid that is
   * no permalink) has no page: it is keyed by {@link #entryKey its id within its source}, so that
   * each such entry is an article of its own.
   */
  String canonicalUrl(Candidate c) {
    String page = EntryLinks.hasLink(c.entry()) ? c.entry().link() : c.article().url();
    if (page.isBlank()) return entryKey(c);
    return stages.canonicalizer().resolve(page, c.article().canonicalUrl());
  }

  /**
   * The identity of a link-less entry: its source's canonical URL with {@code #entry=} and the
   * entry's id (URL-encoded), or, for an entry without an id either, a hash of its title and text.
   * The fragment keeps the key apart from every page URL (canonical page URLs have none), and the
   * source's host still names the outlet.
   */
  private String entryKey(Candidate c) {
    FeedEntry e = c.entry();
    String id = e.id() != null && !e.id().isBlank() ? e.id().strip()
        : "sha-" + Ids.hash(nonBlank(e.title(), null, "") + "\n" + ArticleReader.feedText(e)).substring(0, 16);
    return stages.canonicalizer().canonicalize(c.source().url()) + "#entry=" + URLEncoder.encode(id, StandardCharsets.UTF_8);
  }

  /**
   * Whether the page of {@code c}, stored with text from {@code textSource}, is to be read again
   * later: it failed for now and the feed's text stands in.
   */
  static boolean retryPage(Candidate c, String textSource) {
    return c.link() == DeadLinks.State.FAILED && FEED.equals(textSource);
  }

  /**
   * {@code c}, or, when its page (title and text) is no article (a cookie wall, a bot check, a stub) but the
   * feed entry has text, the candidate with the feed's text: the page failed, the feed did not. A
   * short page keeps its text against a feed text that is short as well and no longer. A page
   * that carries no-content phrases (a consent or error page) is dropped whole, its title and
   * description included, even when the feed has no text to put in its place: the entry's own
   * headline then stands alone.
   */
  Candidate withUsableText(Candidate c) {
    if (FEED.equals(c.textSource())) return c;
    // The page's title is judged with its text: a wall headed "We value your privacy" must not
    // lend that heading to the story in place of the feed's title.
    ContentVerdict page = timer.time("dedup", () -> stages.contentCheck().check(c.article().title(), c.text()));
    if (page.isArticle()) return c;
    String feedText = ArticleReader.feedText(c.entry());
    ContentVerdict feed = timer.time("dedup", () -> stages.contentCheck().check(feedText));
    boolean wall = page.status() == ContentVerdict.Status.NO_CONTENT_PAGE;
    boolean feedHasText = feed.isArticle() || feed.status() == ContentVerdict.Status.TOO_SHORT;
    if (!wall && !feedHasText) return c;
    // A short page (a brief item) is still the fuller text when the feed's is no article either and
    // no longer: "Record apples." must not stand for the page's two paragraphs.
    if (!wall && !feed.isArticle() && page.status() == ContentVerdict.Status.TOO_SHORT
        && feedText.length() <= c.text().length()) return c;
    Article article = wall ? withoutPageContent(c.article()) : c.article();
    return c.withText(article, feedHasText ? feedText : "", FEED,
        "the page has no article content (" + page.status().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ")");
  }

  /**
   * Whether {@code published} is after the fetch. A day alone (midnight UTC of the day written) is
   * after it only when that day has not begun anywhere by the fetch (UTC+14:00, the easternmost zone
   * in use): a publisher east of UTC dates its morning with a day that is still tomorrow in UTC.
   */
  private static boolean afterFetch(Instant published, boolean dayOnly, Instant fetched) {
    if (!dayOnly) return published.isAfter(fetched);
    return LocalDate.ofInstant(published, ZoneOffset.UTC).isAfter(LocalDate.ofInstant(fetched, EASTERNMOST));
  }

  /** What of a consent or error page still belongs to the article: its addresses and site name. */
  private static Article withoutPageContent(Article page) {
    return new Article(page.url(), page.canonicalUrl(), null, null, null, page.siteName(), null, null, null, "");
  }

  /**
   * {@code c} as a new article stored under {@code canonical}: not yet stored (id 0), in no story
   * and a duplicate of nothing, fetched now.
   */
  StoredArticle article(Candidate c, String canonical) {
    var a = c.article();
    var e = c.entry();
    // The last door before the store: whatever extractor or feed parser made the candidate, no
    // stored text carries a character an HTML page or an XML feed cannot (CleanText).
    String title = CleanText.of(nonBlank(a.title(), e.title(), ""));
    List<String> authors = (!a.authors().isEmpty() ? a.authors() : e.authors()).stream().map(CleanText::of).toList();
    String text = CleanText.of(c.text());
    Publication publication = Publication.of(c.entry(), c.article());
    Instant published = publication.time();
    boolean dayOnly = publication.dayOnly();
    Instant fetched = clock.instant();
    if (published != null && afterFetch(published, dayOnly, fetched)) {
      // Nothing is published after it was read. A time a little ahead is the publisher's clock (or
      // time zone) disagreeing with ours; one far ahead (a typo'd year, a scheduled post) would top
      // every ranking and move the digest's window past every other story. Either way the article
      // was published by the time it was read; only the second is worth a note (NEWSDESK_LOG=info).
      if (published.isAfter(fetched.plus(maxFutureSkew))) {
        // A note on the data, not a fault of newsdesk's: info, not a raw warning among the fetch progress.
        LOG.info("{}: publication time {} is after its fetch time {}; dated at the fetch time", canonical, published, fetched);
      } else {
        LOG.debug("{}: publication time {} is {} ahead of the fetch (clock skew); dated at the fetch time", canonical,
            published, Duration.between(fetched, published));
      }
      published = fetched;
      // The fetch time is a time of day newsdesk knows.
      dayOnly = false;
    }
    String outlet = outlets.name(c, canonical);
    // A link-less entry has no address to send a reader to: its url is empty (shown as no link).
    String link = EntryLinks.shown(nonBlank(EntryLinks.hasLink(e) ? e.link() : null, a.url(), ""));
    String declared = stages.canonicalizer().declaredUrl(pageUrl(c), a.canonicalUrl());
    String declaredKey = declared == null ? null : stages.canonicalizer().canonicalize(declared);
    String outletName = CleanText.of(outlet);
    // Read once here, so that outputs name the agency without reading texts (schema V21).
    AgencyCredits.Credit credit = stages.bestOriginal().credits().credit(outletName, text, authors);
    return new StoredArticle(0, Ids.article(canonical), c.source().id(), e.id(), link,
        canonical, outletName, title, authors, published, fetched, a.language(),
        CleanText.of(nonBlank(a.description(), null, null)), a.image(), text, c.textSource(), ContentHash.of(text), null, null,
        null, c.pageStatus(), c.link() == DeadLinks.State.GONE, shownUrl(link, canonical, declared, declaredKey),
        declaredKey == null || sameAddress(declaredKey, canonical) ? null : declaredKey, dayOnly, credit.reportOf(),
        credit.contributor());
  }

  /** The page a candidate's canonical is declared by and resolved against (see {@link #canonicalUrl}). */
  private static String pageUrl(Candidate c) {
    return EntryLinks.hasLink(c.entry()) ? c.entry().link() : c.article().url();
  }

  /** The address shown for an article kept under {@code link} ({@link ShownUrls#of}). */
  private String shownUrl(String link, String canonical, String declared, String declaredKey) {
    return new ShownUrls(stages.canonicalizer()).of(link, canonical, declared, declaredKey);
  }

  /** Whether two identity keys name one page; the scheme does not count (as {@link KnownArticles} has it). */
  static boolean sameAddress(String key, String other) {
    return other != null && withoutScheme(key).equals(withoutScheme(other));
  }

  private static String withoutScheme(String url) {
    int colon = url.indexOf("://");
    return colon < 0 ? url : url.substring(colon + 3);
  }

  /**
   * The time a candidate read at {@code now} is stored at ({@link StoredArticle#time()}): its
   * {@link Publication#of publication}, no later than {@code now}, else {@code now}. Admission goes
   * in this order.
   */
  static Instant placement(Candidate c, Instant now) {
    Instant published = Publication.of(c.entry(), c.article()).time();
    return published == null || published.isAfter(now) ? now : published;
  }

  /**
   * What the clusterer and the analyzer read of an article, dated by the time the store places it
   * at ({@link StoredArticle#time()}: its publication, else its fetch), when it is admitted and
   * when it is restored alike. An undated article is news of the day it was read: without a date
   * its story would have no time to go quiet by.
   */
  static ClusterDocument document(StoredArticle a) {
    return new ClusterDocument(a.publicId(), a.time(), a.title(), a.text(), a.outlet());
  }

  private static String nonBlank(String a, String b, String fallback) {
    if (a != null && !a.isBlank()) return a.strip();
    if (b != null && !b.isBlank()) return b.strip();
    return fallback;
  }
}
