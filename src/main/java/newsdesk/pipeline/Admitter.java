package newsdesk.pipeline;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import newsdesk.cluster.AnalyzedDocument;
import newsdesk.cluster.StoryAssignment;
import newsdesk.dedup.ContentVerdict;
import newsdesk.feed.FeedEntry;
import newsdesk.store.NewsStore;
import newsdesk.store.StoredArticle;
import newsdesk.store.StoredEntity;
import newsdesk.store.StoryRecord;
import newsdesk.text.LanguageTags;

/**
 * Admits candidates one at a time, in arrival order: recognises articles already stored, attaches
 * exact and near duplicates to the article they copy (or, when the article copied was itself a copy
 * that declared the newcomer its {@code rel=canonical}, makes the newcomer the original in its
 * place: {@link #replaceOriginal}), keeps content-free pages out of stories,
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
 * A stage that fails on one article (the analyzer, the clusterer) degrades that article instead of
 * rolling its admission back: it is stored in a story of its own ({@link #placeInTransaction}), so
 * its source commits its poll and is not failed on the same entry at every poll.
 * What a candidate is stored as is {@link CandidateArticles}'s; an article already stored that is
 * read again is rewritten by the {@link ArticleUpdater}, not here.
 */
final class Admitter {
  private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Admitter.class);
  /** Outcome of one admission. */
  enum Outcome {
    ADDED, DUPLICATE, NO_CONTENT, ALREADY_STORED, UPDATED,
    /** Not stored: its source was removed (by another process, or the web) while it was being read. */
    SOURCE_GONE
  }

  private final NewsStore store;
  private final Stages stages;
  private final Clock clock;
  private final StageTimer timer;
  private final OutletNames outlets;
  private final CandidateArticles articles;
  private final KnownArticles knownArticles;
  /**
   * Clusterer story keys to our story ids; restored stories use our ids as keys. Only stories of the
   * clusterer's working set are kept: the others are dropped ({@link #forgetClosedStories}).
   */
  private final Map<String, String> storyOfCluster = new HashMap<>();
  /** The size of {@link #storyOfCluster} at which closed stories are next dropped from it. */
  private int pruneAt = MIN_PRUNE;
  private static final int MIN_PRUNE = 1024;
  /** The window {@link #resume} restored, to restore the same after a failed admission. */
  private Duration activeWindow;
  /** True from a failed admission until the working set is the store's again ({@link #rebuild}). */
  private boolean stale;

  /**
   * @param outlets  the outlet names {@code articles} names articles by; the admitter counts the
   *                 names pages declare into it as it stores them
   * @param articles what a candidate is stored as (shared with the {@link ArticleUpdater})
   */
  Admitter(NewsStore store, Stages stages, Clock clock, StageTimer timer, KnownArticles knownArticles, OutletNames outlets,
      CandidateArticles articles) {
    this.store = store;
    this.knownArticles = knownArticles;
    this.stages = stages;
    this.clock = clock;
    this.timer = timer;
    this.outlets = java.util.Objects.requireNonNull(outlets, "outlets");
    this.articles = java.util.Objects.requireNonNull(articles, "articles");
  }

  /**
   * Looks ahead at the candidates about to be admitted, so that the outlet names their pages
   * declare also name the entries of the same outlets admitted before them (see {@link OutletNames}).
   */
  void preview(List<Candidate> candidates) {
    outlets.preview(candidates, articles::canonicalUrl);
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

  /**
   * An article whose analysis or clustering fails here (as it may have failed when it was admitted,
   * see {@link #placeInTransaction}) is left out of the clusterer, so no later article joins its
   * story this run; the others are restored, and a start never fails on one article.
   */
  private void restoreFromStore() {
    Instant newest = store.newestArticleTime();
    if (newest == null) return;
    for (StoredArticle a : store.storyArticlesSince(newest.minus(activeWindow))) {
      try {
        AnalyzedDocument analyzed = timer.time("cluster", () -> stages.analyzer().analyze(CandidateArticles.document(a)));
        timer.time("cluster", () -> { stages.clusterer().restore(analyzed, a.storyId()); return null; });
      } catch (RuntimeException | StackOverflowError e) {
        LOG.warn("article {} of story {} is left out of the stories later articles may join: {}", a.url(), a.storyId(),
            Failures.describe(e));
      }
      storyOfCluster.put(a.storyId(), a.storyId());
      timer.time("dedup", () -> stages.nearDuplicates().add(a.publicId(), dedupText(a)));
    }
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
      if (holder.isPresent()) out = a.withGuid(null);
    }
    return store.articleByCanonicalUrl(a.canonicalUrl()).isPresent() ? null : out;
  }

  Outcome admit(Candidate c) {
    if (stale) rebuild();
    return admitOnce(c);
  }

  /**
   * Runs {@code transaction}, a store transaction that places articles in the working set
   * ({@link #placeInTransaction}). When it fails, the working set may hold what the store rolled
   * back, and is rebuilt from the store before the failure is thrown on; when it commits although
   * the clusterer failed in it, the working set is rebuilt too (see {@link #rebuildIfStale}).
   */
  <T> T changingWorkingSet(java.util.function.Supplier<T> transaction) {
    if (stale) rebuild();
    T result;
    try {
      result = transaction.get();
    } catch (RuntimeException | Error e) {
      stale = true;
      if (e instanceof RuntimeException || e instanceof StackOverflowError) {
        try {
          rebuild();
        } catch (RuntimeException | StackOverflowError again) {
          e.addSuppressed(again); // still stale: the next admission tries again
        }
      }
      throw e;
    }
    rebuildIfStale();
    return result;
  }

  /**
   * Whether a text with {@code verdict} under {@code title} has content to place in a story. A short
   * text (a brief item, a feed summary kept because the page failed) and a headline with no text at
   * all are no cookie wall: they still make (or join) a story, as headline feeds do.
   */
  static boolean hasContent(ContentVerdict verdict, String title) {
    return verdict.isArticle() || isShort(verdict, title);
  }

  /** Whether a text with {@code verdict} is too short to fingerprint: it skips the duplicate checks. */
  static boolean isShort(ContentVerdict verdict, String title) {
    return verdict.status() == ContentVerdict.Status.TOO_SHORT
        || verdict.status() == ContentVerdict.Status.EMPTY && !title.isBlank();
  }

  /**
   * Rebuilds the working set after an admission that committed although the clusterer failed in it
   * (its state is unknown); the article is stored, so a rebuild that fails is logged, not thrown,
   * and the next admission tries it again first.
   */
  private void rebuildIfStale() {
    if (!stale) return;
    try {
      rebuild();
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("could not rebuild the stories in memory; the next article tries again", e);
    }
  }

  /**
   * The analysis of {@code article}, or null when the analyzer fails on it: the article is then
   * stored without language, entities or clustering rather than lost (see {@link #placeInTransaction}).
   */
  AnalyzedDocument analyzeOrNull(StoredArticle article) {
    try {
      return timer.time("cluster", () -> stages.analyzer().analyze(CandidateArticles.document(article)));
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("analysis failed on {}; it is stored without entities, in a story of its own when it is new: {}", article.url(),
          Failures.describe(e), e);
      return null;
    }
  }

  /** One admission; a failed transaction leaves the working set {@link #stale}. */
  private Outcome admitOnce(Candidate c) {
    String canonical = timer.time("dedup", () -> articles.canonicalUrl(c));
    StoredArticle article = articles.article(c, canonical);
    // Read outside the transaction only to skip the analysis of a re-polled entry; the
    // transaction checks again.
    if (unlessStored(c.entry(), article) == null) return Outcome.ALREADY_STORED;
    Candidate usable = articles.withUsableText(c);
    StoredArticle stored = usable == c ? article : articles.article(usable, canonical);
    ContentVerdict verdict = timer.time("dedup", () -> stages.contentCheck().check(stored.text()));
    boolean shortText = isShort(verdict, stored.title());
    boolean content = hasContent(verdict, stored.title());
    AnalyzedDocument analyzed = content ? analyzeOrNull(stored) : null;
    OutletNames.Declared declared = OutletNames.declared(c.article(), canonical);
    long start = System.nanoTime();
    long[] inner = new long[1];
    try {
      return changingWorkingSet(() -> store.inTransaction(() -> {
        Outcome outcome = admitInTransaction(c.entry(), stored, content, analyzed, !shortText, inner);
        if (outcome != Outcome.ALREADY_STORED && outcome != Outcome.SOURCE_GONE) {
          outlets.count(declared); // once per stored article, even after a crash
          // What the feed said of the entry, to tell a later correction of it from a repeat.
          store.articleByCanonicalUrl(canonical).ifPresent(a -> {
            store.saveEntryVersion(a.id(), EntryVersions.of(c.entry()));
            // Kept with the feed's text because the page failed for now: read it again later (DeadLinks).
            if (CandidateArticles.retryPage(c, usable.textSource())) store.savePageRetries(a.id(), 0);
          });
        }
        return outcome;
      }));
    } finally {
      timer.add("store", System.nanoTime() - start - inner[0]);
    }
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
   * Stores {@code candidate}, the article of {@code entry} (see {@link #unlessStored}); {@code content}
   * is false when the page has no article content, {@code analyzed} is null when it has but its
   * analysis failed, and {@code checkCopies} false skips the duplicate checks (a text too short to
   * tell a copy by).
   */
  private Outcome admitInTransaction(FeedEntry entry, StoredArticle candidate, boolean content, AnalyzedDocument analyzed,
      boolean checkCopies, long[] inner) {
    // Checked in the transaction, before the clusterer sees the article: the insert would fail on
    // the missing source, and the rollback would cost a rebuild of the working set for each entry.
    if (candidate.sourceId() != null && store.source(candidate.sourceId()).isEmpty()) return Outcome.SOURCE_GONE;
    StoredArticle article = unlessStored(entry, candidate);
    if (article == null) return Outcome.ALREADY_STORED;
    if (!content) {
      store.insertArticle(article);
      return Outcome.NO_CONTENT;
    }
    return placeInTransaction(article, analyzed, checkCopies, inner, store::insertArticle);
  }

  /**
   * Places {@code article}, an article with content in no story yet, inside the caller's
   * transaction: a copy of a stored original joins the original's story as its duplicate, any
   * other article the story the clusterer puts it in, with its entities. {@code save} writes the
   * article as placed (story, duplicate, language set) and returns it as stored: an insert for a
   * new article, an update for one stored before without a story ({@link ArticleUpdater}).
   *
   * <p>A failing stage degrades the article instead of losing it (a rollback would fail on it
   * again on every poll): without its analysis ({@code analyzed} null) it is stored in a story of
   * its own, without entities; when the clusterer throws, the same, and the working set, whose
   * state the failure left unknown, is rebuilt from the store once the transaction is over.
   * Returns {@link Outcome#DUPLICATE} or {@link Outcome#ADDED}.
   */
  Outcome placeInTransaction(StoredArticle article, AnalyzedDocument analyzed, boolean checkCopies, long[] inner,
      java.util.function.UnaryOperator<StoredArticle> save) {
    Optional<StoredArticle> original = !checkCopies ? Optional.empty()
        : step("dedup", inner, () -> store.originalByContentHash(article.contentHash()).filter(o -> o.id() != article.id())
            .or(() -> stages.nearDuplicates().add(article.publicId(), dedupText(article)).flatMap(store::articleByPublicId)));
    if (original.isPresent()) {
      // The near-duplicate index still names an original that a later one replaced (below).
      StoredArticle o = original.get().duplicateOf() == null ? original.get()
          : store.article(original.get().duplicateOf()).orElse(original.get());
      if (o.storyId() != null && o.declaredCanonical() != null && CandidateArticles.sameAddress(o.declaredCanonical(), article.canonicalUrl())) {
        return replaceOriginal(o, article, analyzed, save);
      }
      save.apply(article.withDuplicateOf(o.id()).withStory(o.storyId()));
      if (o.storyId() != null) store.storyGained(o.storyId(), article.time(), clock.instant());
      return Outcome.DUPLICATE;
    }
    StoryAssignment assignment = analyzed == null ? null : clusterOrNull(article, analyzed, inner);
    String storyId = assignment == null ? Ids.story(article.canonicalUrl())
        : storyOfCluster.computeIfAbsent(assignment.storyId(), key -> Ids.story(article.canonicalUrl()));
    if (store.story(storyId).isEmpty()) {
      store.insertStory(new StoryRecord(storyId, clock.instant(), article.time(), article.time(), clock.instant(), 0, null));
    }
    String language = analyzed == null ? article.language() : LanguageTags.resolve(article.language(), analyzed.language());
    StoredArticle stored = save.apply(article.withStory(storyId).withLanguage(language));
    if (analyzed != null) {
      store.saveEntities(stored.id(), stages.analyzer().shownEntities(analyzed).stream()
          .map(e -> new StoredEntity(e.name(), e.type().name(), e.mentions(), 1)).toList());
    }
    store.storyGained(storyId, article.time(), clock.instant());
    if (assignment == null) return Outcome.ADDED;
    for (String moved : assignment.moved()) refile(moved, storyId);
    for (String absorbed : assignment.absorbed()) {
      String gone = storyOfCluster.remove(absorbed);
      if (gone != null && !gone.equals(storyId)) store.mergeStory(gone, storyId, clock.instant());
    }
    forgetClosedStories(); // after the merges, which read the keys of the stories absorbed
    return Outcome.ADDED;
  }

  /**
   * Stores {@code article} as the original of {@code copy}'s story in its place: the copy, stored
   * first, declared {@code article} its canonical (a syndicated copy naming the report it carries),
   * so the copy and its own copies become {@code article}'s copies, "Read more" goes to
   * {@code article}, and both outlets stay in the story. The story's entities are the original's,
   * as for any copy. The clusterer keeps the copy's words for the story, the same words; a rebuild
   * restores the original's.
   */
  private Outcome replaceOriginal(StoredArticle copy, StoredArticle article, AnalyzedDocument analyzed,
      java.util.function.UnaryOperator<StoredArticle> save) {
    String language = analyzed == null ? article.language() : LanguageTags.resolve(article.language(), analyzed.language());
    StoredArticle stored = save.apply(article.withDuplicateOf(null).withStory(copy.storyId()).withLanguage(language));
    store.becomeCopiesOf(copy.id(), stored.id());
    if (analyzed != null) {
      store.saveEntities(stored.id(), stages.analyzer().shownEntities(analyzed).stream()
          .map(e -> new StoredEntity(e.name(), e.type().name(), e.mentions(), 1)).toList());
      store.saveEntities(copy.id(), List.of());
    }
    store.storyGained(copy.storyId(), article.time(), clock.instant());
    return Outcome.ADDED;
  }

  /**
   * Drops the keys of stories that left the clusterer's working set (no document joins them again),
   * once the map has doubled since it was last pruned: it stays within twice the working set, at
   * a cost spread over the admissions.
   */
  private void forgetClosedStories() {
    if (storyOfCluster.size() < pruneAt) return;
    storyOfCluster.keySet().removeIf(key -> !stages.clusterer().isActive(key));
    pruneAt = Math.max(MIN_PRUNE, 2 * storyOfCluster.size());
  }

  /** The clusterer's placement of {@code analyzed}, or null when it throws (the working set is then {@link #stale}). */
  private StoryAssignment clusterOrNull(StoredArticle article, AnalyzedDocument analyzed, long[] inner) {
    try {
      return step("cluster", inner, () -> stages.clusterer().add(analyzed));
    } catch (RuntimeException | StackOverflowError e) {
      LOG.warn("clustering failed on {}; it is stored in a story of its own and the stories in memory are rebuilt: {}",
          article.url(), Failures.describe(e), e);
      stale = true;
      return null;
    }
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

  /** Headline and body: what the near-duplicate index was measured on. */
  private static String dedupText(StoredArticle a) {
    return a.title() + "\n\n" + a.text();
  }
}
