package newsdesk.pipeline;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.ClusterDocument;
import newsdesk.cluster.StoryAssignment;
import newsdesk.dedup.ContentHash;
import newsdesk.dedup.ContentVerdict;
import newsdesk.extract.Article;
import newsdesk.feed.FeedEntry;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredEntity;
import newsdesk.store.StoryRecord;
import newsdesk.text.CleanText;
import newsdesk.text.LanguageTags;

/**
 * Admits candidates one at a time, in arrival order: recognises articles already stored, attaches
 * exact and near duplicates to the article they copy, keeps content-free pages out of stories,
 * and places every other article in a story with its named entities. Each admission is one
 * transaction, so a crash loses at most the article being admitted, and a rerun admits it again
 * exactly once. The working set in memory (clusterer, near-duplicate index, which cluster is which
 * story) changes inside that transaction, as placing the article decides what to store; when the
 * transaction rolls back, those changes cannot be taken back one by one (a merge, the term
 * statistics), so the working set is rebuilt from the store as at start-up ({@link #resume}): memory
 * never keeps a story, merge or document that the store does not have, and a retried article is
 * placed once. Failures are rare (a full disk, a bug), and a rebuild costs what a start does.
 * The article is analysed (language, terms, entities, sentence embedding; the model
 * may load on first need) before that transaction opens: the store serves the web pages through
 * the same lock, and analysis needs nothing from it. The duplicate check and the clustering do run
 * inside it (pages wait for them), as their outcome must be stored atomically with the rows it decides.
 */
final class Admitter {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Admitter.class);
  private static final String FEED = "feed";
  /** Outcome of one admission. */
  enum Outcome { ADDED, DUPLICATE, NO_CONTENT, ALREADY_STORED, UPDATED }

  private final NewsStore store;
  private final Stages stages;
  private final Clock clock;
  private final StageTimer timer;
  private final OutletNames outlets;
  private final KnownArticles knownArticles;
  /** How far after its fetch a publication time is clock skew, not a bad date (see {@link Pipeline.Config#maxFutureSkew}). */
  private final Duration maxFutureSkew;
  /** Clusterer story keys to our story ids; restored stories use our ids as keys. */
  private final Map<String, String> storyOfCluster = new HashMap<>();
  /** The window {@link #resume} restored, to restore the same after a failed admission. */
  private Duration activeWindow;
  /** True from a failed admission until the working set is the store's again ({@link #rebuild}). */
  private boolean stale;

  Admitter(NewsStore store, Stages stages, Clock clock, StageTimer timer, KnownArticles knownArticles, Duration maxFutureSkew) {
    this.store = store;
    this.maxFutureSkew = java.util.Objects.requireNonNull(maxFutureSkew, "maxFutureSkew");
    this.knownArticles = knownArticles;
    this.stages = stages;
    this.clock = clock;
    this.timer = timer;
    this.outlets = new OutletNames(store);
  }

  /**
   * Looks ahead at the candidates about to be admitted, so that the outlet names their pages
   * declare also name the entries of the same outlets admitted before them (see {@link OutletNames}).
   */
  void preview(List<Candidate> candidates) {
    outlets.preview(candidates, this::canonicalUrl);
  }

  /**
   * Puts the stories still active back into the clusterer and the near-duplicate index, so a new
   * run continues where the last one stopped.
   */
  void resume(Duration activeWindow) {
    this.activeWindow = activeWindow;
    restoreFromStore();
  }

  /**
   * Forgets the working set and restores it from the store (see the class comment); until that
   * succeeds every admission tries it again first, and fails if it fails.
   */
  private void rebuild() {
    if (activeWindow == null) throw new IllegalStateException("the working set was never resumed");
    stale = true;
    stages.clusterer().clear();
    stages.nearDuplicates().clear();
    storyOfCluster.clear();
    restoreFromStore();
    stale = false;
  }

  private void restoreFromStore() {
    Instant newest = store.newestArticleTime();
    if (newest == null) return;
    for (StoredArticle a : store.storyArticlesSince(newest.minus(activeWindow))) {
      AnalyzedDocument analyzed = timer.time("cluster", () -> stages.analyzer().analyze(document(a)));
      timer.time("cluster", () -> { stages.clusterer().restore(analyzed, a.storyId()); return null; });
      storyOfCluster.put(a.storyId(), a.storyId());
      timer.time("dedup", () -> stages.nearDuplicates().add(a.publicId(), dedupText(a)));
    }
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
   * {@code a}, the article of {@code entry}, as it is to be stored: without its guid when another
   * article of the source holds that guid for another link (entries that share one id; the unique
   * (source, guid) index keeps the first, and the others are known by their links). Null when the
   * entry is stored already: under its guid with a link that agrees, or under its canonical URL.
   */
  private StoredArticle unlessStored(FeedEntry entry, StoredArticle a) {
    StoredArticle out = a;
    if (a.guid() != null && a.sourceId() != null) {
      Optional<StoredArticle> holder = store.articleByGuid(a.sourceId(), a.guid());
      if (holder.isPresent() && knownArticles.sameLink(holder.get(), entry)) return null;
      if (holder.isPresent()) out = withGuid(a, null);
    }
    return store.articleByCanonicalUrl(a.canonicalUrl()).isPresent() ? null : out;
  }

  Outcome admit(Candidate c) {
    if (stale) rebuild();
    try {
      return admitOnce(c);
    } catch (RuntimeException | StackOverflowError e) {
      if (stale) {
        try {
          rebuild();
        } catch (RuntimeException | StackOverflowError again) {
          e.addSuppressed(again); // still stale: the next admission tries again
        }
      }
      throw e;
    }
  }

  /** One admission; a failed transaction leaves the working set {@link #stale}. */
  private Outcome admitOnce(Candidate c) {
    String canonical = timer.time("dedup", () -> canonicalUrl(c));
    StoredArticle article = article(c, canonical);
    // Read outside the transaction only to skip the analysis of a re-polled entry; the
    // transaction checks again.
    if (unlessStored(c.entry(), article) == null) return Outcome.ALREADY_STORED;
    Candidate usable = withUsableText(c);
    StoredArticle stored = usable == c ? article : article(usable, canonical);
    ContentVerdict verdict = timer.time("dedup", () -> stages.contentCheck().check(stored.text()));
    // A short text (a brief item, a feed summary kept because the page failed) and a headline with
    // no text at all are no cookie wall: they still make (or join) a story, as headline feeds do.
    // Too short to fingerprint, they skip the duplicate checks.
    boolean shortText = verdict.status() == ContentVerdict.Status.TOO_SHORT
        || verdict.status() == ContentVerdict.Status.EMPTY && !stored.title().isBlank();
    boolean content = verdict.isArticle() || shortText;
    AnalyzedDocument analyzed = content ? timer.time("cluster", () -> stages.analyzer().analyze(document(stored))) : null;
    OutletNames.Declared declared = OutletNames.declared(c.article(), canonical);
    long start = System.nanoTime();
    long[] inner = new long[1];
    try {
      return store.inTransaction(() -> {
        Outcome outcome = admitInTransaction(c.entry(), stored, analyzed, !shortText, inner);
        if (outcome != Outcome.ALREADY_STORED) {
          outlets.count(declared); // once per stored article, even after a crash
          // What the feed said of the entry, to tell a later correction of it from a repeat.
          store.articleByCanonicalUrl(canonical).ifPresent(a -> {
            store.saveEntryVersion(a.id(), EntryVersions.of(c.entry()));
            // Kept with the feed's text because the page failed for now: read it again later (DeadLinks).
            if (retryPage(c, usable.textSource())) store.savePageRetries(a.id(), 0);
          });
        }
        return outcome;
      });
    } catch (RuntimeException | Error e) {
      stale = true;
      throw e;
    } finally {
      timer.add("store", System.nanoTime() - start - inner[0]);
    }
  }

  /**
   * Rewrites {@code known}, the article stored from {@code c}'s entry, from the entry's new version
   * (see {@link EntryVersions}): title, description, text and entities, in one transaction that
   * also marks it for re-indexing and bumps its story's version, so that the next briefing rewrites
   * the brief. The article keeps its id, URLs and story (no re-clustering: a corrected headline is
   * the same event). When the page cannot be read this time, a text read from the page before is
   * kept rather than replaced by the feed's shorter one. What the page answered is recorded: a page
   * read clears a gone mark (the page came back), a 404 or 410 sets it, a transient failure leaves it;
   * a mark that moves re-briefs the story too, as its "Read more" may have to move. A transient
   * failure that leaves the feed's text counts one more read of the page again
   * ({@link DeadLinks#retries}); anything else ends those reads. This is also how a page that failed
   * for a while and reads now replaces the feed's text. Returns
   * {@link Outcome#UPDATED}, or {@link Outcome#ALREADY_STORED} when title, text, description and
   * gone mark came out as they were (the new version is recorded either way, so the entry is not
   * read again).
   */
  Outcome update(Candidate c, StoredArticle known) {
    Candidate usable = withUsableText(c);
    StoredArticle fresh = article(usable, known.canonicalUrl());
    boolean pageLost = FEED.equals(usable.textSource()) && "page".equals(known.textSource());
    String text = pageLost ? known.text() : fresh.text();
    String textSource = pageLost ? known.textSource() : fresh.textSource();
    String title = fresh.title().isBlank() ? known.title() : fresh.title();
    String description = fresh.description() != null ? fresh.description() : known.description();
    boolean changed = !title.equals(known.title()) || !text.equals(known.text())
        || !java.util.Objects.equals(description, known.description());
    boolean gone = switch (c.link()) {
      case LIVE -> false;
      case GONE -> true;
      case FAILED, UNKNOWN -> known.linkGone();
    };
    boolean retry = retryPage(c, textSource);
    StoredArticle rewritten = new StoredArticle(known.id(), known.publicId(), known.sourceId(), known.guid(), known.url(),
        known.canonicalUrl(), known.outlet(), title, known.authors(), known.published(), known.fetchedAt(), known.language(),
        description, known.image(), text, textSource,
        ContentHash.of(text), known.duplicateOf(), known.storyId());
    AnalyzedDocument analyzed = changed && known.storyId() != null
        ? timer.time("cluster", () -> stages.analyzer().analyze(document(rewritten))) : null;
    long start = System.nanoTime();
    try {
      return store.inTransaction(() -> {
        store.saveEntryVersion(known.id(), EntryVersions.of(c.entry()));
        boolean markMoved = store.savePageStatus(known.id(), c.pageStatus(), gone, clock.instant());
        Integer retried = store.pageRetries(known.id());
        store.savePageRetries(known.id(), !retry ? null : retried == null ? 0 : retried + 1);
        if (!changed) {
          if (markMoved && known.storyId() != null) store.storyChanged(known.storyId(), clock.instant());
          return markMoved ? Outcome.UPDATED : Outcome.ALREADY_STORED;
        }
        store.updateArticleContent(known.id(), rewritten.title(), rewritten.description(), rewritten.text(),
            rewritten.textSource(), rewritten.contentHash(), clock.instant());
        if (analyzed != null) {
          store.saveEntities(known.id(), stages.analyzer().shownEntities(analyzed).stream()
              .map(e -> new StoredEntity(e.name(), e.type().name(), e.mentions(), 1)).toList());
        }
        if (known.storyId() != null) store.storyChanged(known.storyId(), clock.instant());
        return Outcome.UPDATED;
      });
    } finally {
      timer.add("store", System.nanoTime() - start);
    }
  }

  /** Whether the page of {@code c}, stored with text from {@code textSource}, is to be read again later: it failed for now and the feed's text stands in. */
  private static boolean retryPage(Candidate c, String textSource) {
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
  private Candidate withUsableText(Candidate c) {
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

  /** What of a consent or error page still belongs to the article: its addresses and site name. */
  private static Article withoutPageContent(Article page) {
    return new Article(page.url(), page.canonicalUrl(), null, null, null, page.siteName(), null, null, null, "");
  }

  /** Runs one stage step, adding its time to the stage and to {@code inner} (not storage time). */
  private <T> T step(String stage, long[] inner, java.util.function.Supplier<T> work) {
    long t = System.nanoTime();
    try {
      return work.get();
    } finally {
      long spent = System.nanoTime() - t;
      timer.add(stage, spent);
      inner[0] += spent;
    }
  }

  /**
   * Stores {@code candidate}, the article of {@code entry} (see {@link #unlessStored}); {@code analyzed}
   * is null when the page has no article content, and {@code checkCopies} false skips the duplicate
   * checks (a text too short to tell a copy by).
   */
  private Outcome admitInTransaction(FeedEntry entry, StoredArticle candidate, AnalyzedDocument analyzed, boolean checkCopies,
      long[] inner) {
    StoredArticle article = unlessStored(entry, candidate);
    if (article == null) return Outcome.ALREADY_STORED;
    if (analyzed == null) {
      store.insertArticle(article);
      return Outcome.NO_CONTENT;
    }
    Optional<StoredArticle> original = !checkCopies ? Optional.empty()
        : step("dedup", inner, () -> store.originalByContentHash(article.contentHash())
            .or(() -> stages.nearDuplicates().add(article.publicId(), dedupText(article)).flatMap(store::articleByPublicId)));
    if (original.isPresent()) {
      StoredArticle o = original.get();
      store.insertArticle(withDuplicate(article, o));
      if (o.storyId() != null) store.storyGained(o.storyId(), article.time(), clock.instant());
      return Outcome.DUPLICATE;
    }
    StoryAssignment assignment = step("cluster", inner, () -> stages.clusterer().add(analyzed));
    String storyId = storyOfCluster.computeIfAbsent(assignment.storyId(), key -> Ids.story(article.canonicalUrl()));
    if (store.story(storyId).isEmpty()) {
      store.insertStory(new StoryRecord(storyId, clock.instant(), article.time(), article.time(), clock.instant(), 0, null));
    }
    String language = LanguageTags.resolve(article.language(), analyzed.language());
    StoredArticle stored = store.insertArticle(withLanguage(article.withStory(storyId), language));
    store.saveEntities(stored.id(), stages.analyzer().shownEntities(analyzed).stream()
        .map(e -> new StoredEntity(e.name(), e.type().name(), e.mentions(), 1)).toList());
    store.storyGained(storyId, article.time(), clock.instant());
    for (String moved : assignment.moved()) refile(moved, storyId);
    for (String absorbed : assignment.absorbed()) {
      String gone = storyOfCluster.remove(absorbed);
      if (gone != null && !gone.equals(storyId)) store.mergeStory(gone, storyId, clock.instant());
    }
    return Outcome.ADDED;
  }

  /**
   * Files the stored article {@code publicId}, which the clusterer moved, under {@code storyId}
   * (with its duplicates; both stories are rebriefed). A story the move left empty is marked merged
   * into {@code storyId}, as an absorbed one, and its cluster key now leads to {@code storyId}.
   */
  private void refile(String publicId, String storyId) {
    store.moveArticle(publicId, storyId, clock.instant()).ifPresent(left -> {
      if (store.story(left).map(StoryRecord::mergedInto).isEmpty()) return;
      storyOfCluster.replaceAll((key, story) -> story.equals(left) ? storyId : story);
    });
  }

  private StoredArticle article(Candidate c, String canonical) {
    var a = c.article();
    var e = c.entry();
    // The last door before the store: whatever extractor or feed parser made the candidate, no
    // stored text carries a character an HTML page or an XML feed cannot (CleanText).
    String title = CleanText.of(nonBlank(a.title(), e.title(), ""));
    List<String> authors = (!a.authors().isEmpty() ? a.authors() : e.authors()).stream().map(CleanText::of).toList();
    String text = CleanText.of(c.text());
    Instant published = e.published() != null ? e.published() : a.published() != null ? a.published() : e.updated();
    Instant fetched = clock.instant();
    if (published != null && published.isAfter(fetched)) {
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
    }
    String outlet = outlets.name(c, canonical);
    // A link-less entry has no address to send a reader to: its url is empty (shown as no link).
    String link = EntryLinks.shown(nonBlank(EntryLinks.hasLink(e) ? e.link() : null, a.url(), ""));
    return new StoredArticle(0, Ids.article(canonical), c.source().id(), e.id(), link,
        canonical, CleanText.of(outlet), title, authors, published, fetched, a.language(),
        CleanText.of(nonBlank(a.description(), null, null)), a.image(), text, c.textSource(), ContentHash.of(text), null, null,
        null, c.pageStatus(), c.link() == DeadLinks.State.GONE);
  }

  private static StoredArticle withDuplicate(StoredArticle a, StoredArticle original) {
    return new StoredArticle(a.id(), a.publicId(), a.sourceId(), a.guid(), a.url(), a.canonicalUrl(), a.outlet(), a.title(),
        a.authors(), a.published(), a.fetchedAt(), a.language(), a.description(), a.image(), a.text(), a.textSource(),
        a.contentHash(), original.id(), original.storyId(), a.updatedAt(), a.pageStatus(), a.linkGone());
  }

  private static StoredArticle withGuid(StoredArticle a, String guid) {
    return new StoredArticle(a.id(), a.publicId(), a.sourceId(), guid, a.url(), a.canonicalUrl(), a.outlet(), a.title(),
        a.authors(), a.published(), a.fetchedAt(), a.language(), a.description(), a.image(), a.text(), a.textSource(),
        a.contentHash(), a.duplicateOf(), a.storyId(), a.updatedAt(), a.pageStatus(), a.linkGone());
  }

  private static StoredArticle withLanguage(StoredArticle a, String language) {
    return new StoredArticle(a.id(), a.publicId(), a.sourceId(), a.guid(), a.url(), a.canonicalUrl(), a.outlet(), a.title(),
        a.authors(), a.published(), a.fetchedAt(), language, a.description(), a.image(), a.text(), a.textSource(),
        a.contentHash(), a.duplicateOf(), a.storyId(), a.updatedAt(), a.pageStatus(), a.linkGone());
  }

  /** Headline and body: what the near-duplicate index was measured on. */
  private static String dedupText(StoredArticle a) {
    return a.title() + "\n\n" + a.text();
  }

  private static ClusterDocument document(StoredArticle a) {
    return new ClusterDocument(a.publicId(), a.published(), a.title(), a.text(), a.outlet());
  }

  private static String nonBlank(String a, String b, String fallback) {
    if (a != null && !a.isBlank()) return a.strip();
    if (b != null && !b.isBlank()) return b.strip();
    return fallback;
  }
}
